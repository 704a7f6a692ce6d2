package dev.aftermath.app.rca;

import dev.aftermath.app.incidents.IncidentViewModel;
import dev.aftermath.export.report.MarkdownText;
import dev.aftermath.export.report.TextBlock;
import dev.aftermath.model.Incident;
import dev.aftermath.model.ReviewSection;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One Markdown section of the review. Typing changes only {@link #textProperty()}; {@link #commit()} turns what was
 * typed since the last commit into one undoable edit, so undo takes back a burst of typing, not a keystroke. The
 * view commits after a pause and when the field loses focus; any other edit commits first.
 */
public final class TextSectionViewModel {

    private final ReviewSection section;
    private final IncidentViewModel incident;
    private final BooleanExpression readOnly;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<List<TextBlock>> preview = new ReadOnlyObjectWrapper<>(List.of());
    private boolean showing;

    TextSectionViewModel(ReviewSection section, IncidentViewModel incident, BooleanExpression readOnly) {
        this.section = section;
        this.incident = incident;
        this.readOnly = readOnly;
        text.addListener((observable, old, typed) -> {
            preview.set(MarkdownText.parse(typed == null ? "" : typed));
            if (!showing) {
                dirty.set(true);
            }
        });
        incident.addPendingEdits(this::commit);
    }

    void show(Incident shown) {
        showing = true;
        try {
            text.set(shown == null ? "" : shown.rca().text(section));
            dirty.set(false);
        } finally {
            showing = false;
        }
    }

    /** Saves what was typed as one edit; nothing when nothing changed. */
    public void commit() {
        if (!dirty.get()) {
            return;
        }
        dirty.set(false);
        Incident shown = incident.incidentProperty().get();
        String typed = text.get();
        if (shown == null || readOnly.get() || shown.rca().text(section).equals(typed)) {
            return;
        }
        incident.change("Edit " + section.heading().toLowerCase(Locale.ROOT),
                changed -> changed.withRca(changed.rca().withText(section, typed)));
    }

    public ReviewSection section() {
        return section;
    }

    public String heading() {
        return section.heading();
    }

    public String prompt() {
        return SectionPrompts.of(section);
    }

    /** Bound both ways to the editor. */
    public StringProperty textProperty() {
        return text;
    }

    /** True while typed text waits to be committed. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The text read as Markdown blocks, for the live preview. */
    public ReadOnlyObjectProperty<List<TextBlock>> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
