package dev.aftermath.app.rca;

import dev.aftermath.app.incidents.IncidentViewModel;
import dev.aftermath.model.Incident;
import dev.aftermath.model.ReviewSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One list section of the review: points to add, edit, remove and reorder, each change one undoable edit. */
public final class ListSectionViewModel {

    private final ReviewSection section;
    private final IncidentViewModel incident;
    private final BooleanExpression readOnly;
    private final ObservableList<String> items = FXCollections.observableArrayList();

    ListSectionViewModel(ReviewSection section, IncidentViewModel incident, BooleanExpression readOnly) {
        this.section = section;
        this.incident = incident;
        this.readOnly = readOnly;
    }

    void show(Incident shown) {
        List<String> current = shown == null ? List.of() : shown.rca().items(section);
        if (!items.equals(current)) {
            items.setAll(current);
        }
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

    public ObservableList<String> items() {
        return items;
    }

    /** Adds a point at the end; blank text adds nothing. */
    public void add(String text) {
        String point = text == null ? "" : text.strip();
        if (!point.isEmpty()) {
            change("Add point to " + name(), points -> {
                points.add(point);
                return points;
            });
        }
    }

    /** Replaces the point's text; blank text removes the point, as clearing a line does in a list. */
    public void edit(int index, String text) {
        String point = text == null ? "" : text.strip();
        if (point.isEmpty()) {
            remove(index);
        } else if (index >= 0 && index < items.size()) {
            change("Edit point in " + name(), points -> {
                points.set(index, point);
                return points;
            });
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < items.size()) {
            change("Remove point from " + name(), points -> {
                points.remove(index);
                return points;
            });
        }
    }

    /** Moves the point at {@code from} so that it ends up at {@code to}; used by drag and by Alt+Up/Down. */
    public void move(int from, int to) {
        if (from < 0 || from >= items.size() || to < 0 || to >= items.size() || from == to) {
            return;
        }
        change("Move point in " + name(), points -> {
            points.add(to, points.remove(from));
            return points;
        });
    }

    private void change(String description, UnaryOperator<List<String>> edit) {
        if (readOnly.get()) {
            return;
        }
        incident.change(description, shown -> shown.withRca(shown.rca().withItems(section,
                edit.apply(new ArrayList<>(shown.rca().items(section))))));
    }

    private String name() {
        return "'" + section.heading().toLowerCase(Locale.ROOT) + "'";
    }
}
