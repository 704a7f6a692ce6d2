package dev.aftermath.app.rca;

import dev.aftermath.app.incidents.IncidentViewModel;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.ActionType;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Priority;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The action items table: every field editable, each change one undoable edit; filtered by state and owner;
 * overdue and owner-less items counted so the toolbar can say so.
 */
public final class ActionItemsViewModel {

    private final IncidentViewModel incident;
    private final BooleanExpression readOnly;
    private final Clock clock;
    private final ObservableList<ActionItem> items = FXCollections.observableArrayList();
    private final FilteredList<ActionItem> shown = new FilteredList<>(items);
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObjectProperty<ActionFilter> filter = new SimpleObjectProperty<>(ActionFilter.ALL);
    private final StringProperty owner = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper ownerless = new ReadOnlyIntegerWrapper();

    ActionItemsViewModel(IncidentViewModel incident, BooleanExpression readOnly, Clock clock) {
        this.incident = incident;
        this.readOnly = readOnly;
        this.clock = clock;
        filter.addListener((observable, old, chosen) -> refilter());
        owner.addListener((observable, old, chosen) -> refilter());
    }

    void show(Incident current) {
        List<ActionItem> latest = current == null ? List.of() : current.rca().actionItems();
        if (sameIds(latest)) {
            for (int index = 0; index < latest.size(); index++) {
                if (!items.get(index).equals(latest.get(index))) {
                    items.set(index, latest.get(index));
                }
            }
        } else {
            items.setAll(latest);
        }
        owners.setAll(latest.stream().filter(ActionItem::hasOwner).map(item -> item.owner().strip()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList());
        LocalDate today = today();
        overdue.set((int) latest.stream().filter(item -> item.isOverdue(today)).count());
        ownerless.set((int) latest.stream().filter(item -> item.isPending() && !item.hasOwner()).count());
        refilter();
    }

    /** Updating rows in place keeps the table's selection and scroll position while a field is edited. */
    private boolean sameIds(List<ActionItem> latest) {
        if (latest.size() != items.size()) {
            return false;
        }
        for (int index = 0; index < latest.size(); index++) {
            if (!latest.get(index).id().equals(items.get(index).id())) {
                return false;
            }
        }
        return true;
    }

    private void refilter() {
        LocalDate today = today();
        ActionFilter state = filter.get() == null ? ActionFilter.ALL : filter.get();
        String who = owner.get() == null ? "" : owner.get().strip();
        shown.setPredicate(item -> state.accepts(item, today)
                && (who.isEmpty() || item.hasOwner() && item.owner().strip().equalsIgnoreCase(who)));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isOverdue(ActionItem item) {
        return item.isOverdue(today());
    }

    /** The rows the table shows, after filtering; the table sorts its own view of them. */
    public ObservableList<ActionItem> shown() {
        return shown;
    }

    public ObservableList<ActionItem> all() {
        return items;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObjectProperty<ActionFilter> filterProperty() {
        return filter;
    }

    /** Shows only this owner's items; "" for everyone's. */
    public StringProperty ownerFilterProperty() {
        return owner;
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    /** Open or in-progress items that nobody owns. */
    public ReadOnlyIntegerProperty ownerlessProperty() {
        return ownerless.getReadOnlyProperty();
    }

    /** Clears the filters, so that a jump to an item always finds it. */
    public void showAll() {
        filter.set(ActionFilter.ALL);
        owner.set("");
    }

    /** Adds an open item and returns its id; blank text adds nothing. */
    public UUID add(String text) {
        String action = text == null ? "" : text.strip();
        if (action.isEmpty() || readOnly.get()) {
            return null;
        }
        ActionItem item = ActionItem.open(action);
        incident.change("Add action item '" + IncidentViewModel.shorten(action) + "'",
                current -> current.withRca(current.rca().withActionItem(item)));
        return item.id();
    }

    public void remove(UUID id) {
        find(id).ifPresent(item -> edit("Remove action item '" + IncidentViewModel.shorten(item.text()) + "'", id,
                null));
    }

    public void setText(UUID id, String text) {
        String action = text == null ? "" : text.strip();
        if (!action.isEmpty()) {
            change(id, "Change action item text", item -> item.withText(action));
        }
    }

    public void setOwner(UUID id, String name) {
        String cleaned = name == null || name.isBlank() ? null : name.strip();
        change(id, "Change owner", item -> item.withOwner(cleaned));
    }

    public void setPriority(UUID id, Priority priority) {
        change(id, "Change priority", item -> item.withPriority(priority));
    }

    public void setDue(UUID id, LocalDate due) {
        change(id, "Change due date", item -> item.withDue(due));
    }

    public void setStatus(UUID id, ActionStatus status) {
        change(id, "Change status", item -> item.withStatus(status));
    }

    public void setType(UUID id, ActionType type) {
        change(id, "Change type", item -> item.withType(type));
    }

    public void setLink(UUID id, String link) {
        String cleaned = link == null || link.isBlank() ? null : link.strip();
        change(id, "Change tracker link", item -> item.withLink(cleaned));
    }

    private void change(UUID id, String what, UnaryOperator<ActionItem> edit) {
        find(id).ifPresent(item -> {
            ActionItem changed = edit.apply(item);
            if (!Objects.equals(changed, item)) {
                edit(what + " of '" + IncidentViewModel.shorten(item.text()) + "'", id, changed);
            }
        });
    }

    /** Replaces the item with {@code changed}, or removes it when {@code changed} is null. */
    private void edit(String description, UUID id, ActionItem changed) {
        if (readOnly.get()) {
            return;
        }
        incident.change(description, current -> current.withRca(changed == null
                ? current.rca().withoutActionItem(id) : current.rca().withActionItem(changed)));
    }

    private Optional<ActionItem> find(UUID id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }
}
