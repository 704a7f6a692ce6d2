package dev.aftermath.app.importing;

import dev.aftermath.app.fx.FxDialogs;
import dev.aftermath.timeline.Theme;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** File > Export picture…: format, size and theme, then where to save it. */
public final class PictureDialog {

    private PictureDialog() {
    }

    /** Asks for the choices and the file, then has the view model paint it; nothing happens when cancelled. */
    public static void exportPicture(Window owner, PictureViewModel pictures) {
        if (choose(owner, pictures).isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export picture");
        PictureViewModel.Format format = pictures.formatProperty().get();
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(
                format.label() + " (*." + format.extension() + ")", "*." + format.extension()));
        pictures.folder().filter(Files::isDirectory).map(Path::toFile)
                .ifPresent(chooser::setInitialDirectory);
        chooser.setInitialFileName(pictures.suggestedFileName());
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            String name = file.getName().toLowerCase(Locale.ROOT).endsWith("." + format.extension())
                    ? file.getName() : file.getName() + "." + format.extension();
            pictures.export(file.toPath().resolveSibling(name));
        }
    }

    private static Optional<ButtonType> choose(Window owner, PictureViewModel pictures) {
        Dialog<ButtonType> dialog = new Dialog<>();
        FxDialogs.ownedBy(dialog, owner);
        dialog.setTitle("Export picture");
        dialog.setHeaderText("A picture of the timeline");
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, new Label("Format"), combo(PictureViewModel.Format.values(), pictures.formatProperty(),
                PictureViewModel.Format::label));
        form.addRow(1, new Label("Size"), combo(PictureViewModel.Size.values(), pictures.sizeProperty(),
                PictureViewModel.Size::label));
        form.addRow(2, new Label("Theme"), combo(Theme.ALL.toArray(Theme[]::new), pictures.themeProperty(),
                PictureDialog::themeName));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.setPrefWidth(420);
        dialog.getDialogPane().setContent(form);
        ButtonType next = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(next, ButtonType.CANCEL);
        return dialog.showAndWait().filter(next::equals);
    }

    private static String themeName(Theme theme) {
        return switch (theme.name()) {
            case "dark" -> "Dark";
            case "contrast" -> "High contrast (projectors)";
            default -> "Light (documents)";
        };
    }

    private static <T> ComboBox<T> combo(T[] values, ObjectProperty<T> chosen,
                                         Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>();
        combo.getItems().setAll(values);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        });
        combo.valueProperty().bindBidirectional(chosen);
        return combo;
    }
}
