package dev.aftermath.app.incidents;

import dev.aftermath.work.UserFacingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The state behind a date-time field: the typed text, the instant it means, or why it means none. */
public final class TimeInput {

    private final ZoneId zone;
    private final LocalDate day;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Instant> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public TimeInput(Instant initial, ZoneId zone) {
        this.zone = zone;
        this.day = DateTimeInput.dayOf(initial, zone);
        text.addListener((observable, old, typed) -> validate(typed));
        text.set(TimeFormats.dateTime(initial, zone));
    }

    private void validate(String typed) {
        try {
            value.set(DateTimeInput.parse(typed, zone, day));
            error.set("");
        } catch (UserFacingException invalid) {
            value.set(null);
            error.set(invalid.getMessage());
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The instant typed, or null while the text is not a valid time. */
    public ReadOnlyObjectProperty<Instant> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Why the text is not a time, or "" when it is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String zoneName() {
        return zone.getId();
    }
}
