package dev.aftermath.app.importing;

import dev.aftermath.workspace.ImportFormat;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One file of an import and the format it is read in; the user may choose another, which reads it again. */
public final class PreviewFile {

    private final String name;
    private final ReadOnlyObjectWrapper<ImportFormat> format = new ReadOnlyObjectWrapper<>();

    PreviewFile(String name, ImportFormat format) {
        this.name = name;
        this.format.set(format);
    }

    public String name() {
        return name;
    }

    public ReadOnlyObjectProperty<ImportFormat> formatProperty() {
        return format.getReadOnlyProperty();
    }

    void setFormat(ImportFormat chosen) {
        format.set(chosen);
    }
}
