package dev.aftermath.app.fx;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A list cell that shows its item by name, for choice boxes whose items include null ("No severity", "—"): the
 * default cells show nothing for it.
 */
public final class NamedCell<T> extends ListCell<T> {

    private final StringConverter<T> converter;

    public NamedCell(StringConverter<T> converter) {
        this.converter = converter;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : converter.toString(item));
    }

    /** A one-way converter for items chosen from a list, never typed. */
    public static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from a list");
            }
        };
    }
}
