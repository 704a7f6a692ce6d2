package dev.aftermath.app.incidents;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The entry dialog's state: time, kind and text, valid when the time parses and the text is not blank. */
public final class EntryEditorViewModel {

    private final String title;
    private final TimeInput time;
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanBinding valid;

    private EntryEditorViewModel(String title, Instant at, ZoneId zone, EntryKind initialKind, String initialText) {
        this.title = title;
        this.time = new TimeInput(at, zone);
        kind.set(initialKind);
        text.set(initialText);
        valid = Bindings.createBooleanBinding(
                () -> time.valueProperty().get() != null && !text.get().isBlank(), time.valueProperty(), text);
    }

    public static EntryEditorViewModel forNewEntry(Instant suggested, ZoneId zone) {
        return new EntryEditorViewModel("Add entry", suggested, zone, EntryKind.NOTE, "");
    }

    public static EntryEditorViewModel forEntry(TimelineEntry entry, ZoneId zone) {
        return new EntryEditorViewModel("Edit entry", entry.at(), zone, entry.kind(), entry.text());
    }

    public String title() {
        return title;
    }

    public TimeInput time() {
        return time;
    }

    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The edited fields, or empty while they are not valid. */
    public Optional<EntryDraft> draft() {
        return valid.get()
                ? Optional.of(new EntryDraft(time.valueProperty().get(), kind.get(), text.get().strip()))
                : Optional.empty();
    }
}
