package dev.aftermath.app.timeline;

import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state behind the threshold field: the typed text, the number it means, or why it means none. People type
 * "1500", "1,500", "1.5", "1,5" or "1500 ms"; a unit after the number is ignored. A comma followed by exactly three
 * digits groups thousands, any other single comma is a decimal comma. An empty field removes the threshold.
 */
public final class ThresholdInput {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Double> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> error.get().isEmpty(), error);

    public ThresholdInput(Double initial) {
        text.addListener((observable, old, typed) -> validate(typed));
        text.set(initial == null ? "" : plain(initial));
    }

    private static String plain(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                : String.valueOf(number);
    }

    private void validate(String typed) {
        String cleaned = typed == null ? "" : typed.strip().replaceAll("[\\s_]+", " ");
        if (cleaned.isEmpty()) {
            value.set(null);
            error.set("");
            return;
        }
        String number = cleaned.replaceFirst("\\s*[\\p{L}%/µ°]+.*$", "").replace(" ", "");
        if (THOUSANDS_COMMA.matcher(number).matches()) {
            number = number.replace(",", "");
        } else if (number.indexOf(',') == number.lastIndexOf(',') && number.indexOf('.') < 0) {
            number = number.replace(',', '.');
        }
        if (NUMBER.matcher(number).matches() && Double.isFinite(Double.parseDouble(number))) {
            value.set(Double.parseDouble(number));
            error.set("");
        } else {
            value.set(null);
            error.set("'" + typed.strip() + "' is not a number. Type one such as 1500 or 2.5, or leave the field "
                    + "empty for no threshold.");
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The threshold typed; null for none (an empty field) or while the text is not a number. */
    public ReadOnlyObjectProperty<Double> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
