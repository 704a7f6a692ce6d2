package dev.aftermath.app.timeline;

import dev.aftermath.app.incidents.TimeFormats;
import dev.aftermath.model.Milestone;
import dev.aftermath.timeline.EntryHit;
import dev.aftermath.timeline.PaintedTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

/**
 * The right-click menu: on an entry, edit, key moment, delete; on a metric strip, its threshold and a suggested
 * impact start; anywhere, add an entry or pin a milestone at the time under the pointer, and the views.
 */
final class TimelineMenus {

    private final TimelineView control;
    private ContextMenu shown;

    TimelineMenus(TimelineView control) {
        this.control = control;
    }

    void show(PaintedTimeline frame, ContextMenuEvent event) {
        if (shown != null) {
            shown.hide();
        }
        if (frame == null) {
            return;
        }
        long millis = Math.round(frame.scale().millisAt(event.getX()) / 1000.0) * 1000;
        List<MenuItem> items = new ArrayList<>();
        TimelineEditor editor = control.editor();
        if (editor != null) {
            Optional<EntryHit> hit = frame.entryAt(event.getX(), event.getY());
            hit.filter(one -> one.entryIds().size() == 1).ifPresent(one -> entryItems(one.entryIds().get(0), items));
            frame.strips().stream().filter(strip -> strip.contains(event.getY())).findFirst()
                    .ifPresent(strip -> stripItems(frame, strip, items));
            if (frame.scale().left() <= event.getX() && event.getX() <= frame.scale().right()) {
                timeItems(millis, items);
            }
        }
        viewItems(items);
        shown = new ContextMenu(items.toArray(MenuItem[]::new));
        shown.setId("timeline-menu");
        shown.show(control, event.getScreenX(), event.getScreenY());
    }

    private void entryItems(UUID id, List<MenuItem> items) {
        TimelineEditor editor = control.editor();
        control.viewModel().selectedProperty().set(id);
        boolean key = editor.isKeyMoment(id);
        items.add(item("Edit entry…", () -> editor.editEntry(id)));
        items.add(item(key ? "Unmark key moment" : "Mark as key moment", () -> editor.markKeyMoment(id, !key)));
        items.add(item("Delete entry", () -> editor.deleteEntry(id)));
        items.add(new SeparatorMenuItem());
    }

    private void stripItems(PaintedTimeline frame, PaintedTimeline.StripHit strip, List<MenuItem> items) {
        TimelineEditor editor = control.editor();
        UUID series = strip.seriesId();
        boolean hasThreshold = editor.series(series).map(one -> one.threshold() != null).orElse(false);
        items.add(item(hasThreshold ? "Change threshold…" : "Set threshold…", () -> editor.editThreshold(series)));
        if (hasThreshold) {
            items.add(item("Remove threshold", () -> editor.removeThreshold(series)));
        }
        frame.suggestions().stream().filter(hit -> hit.suggestion().seriesId().equals(series)).findFirst()
                .ifPresent(hit -> items.add(item("Impact started at " + clock(hit.suggestion().at().toEpochMilli())
                        + " (as the metric suggests)", () -> editor.accept(hit.suggestion()))));
        items.add(new SeparatorMenuItem());
    }

    private void timeItems(long millis, List<MenuItem> items) {
        TimelineEditor editor = control.editor();
        items.add(item("Add entry at " + clock(millis) + "…", () -> editor.addEntryAt(millis)));
        Menu pin = new Menu("Pin milestone at " + clock(millis));
        for (Milestone milestone : Milestone.values()) {
            pin.getItems().add(item(TimeFormats.words(milestone), () -> editor.pin(milestone, millis)));
        }
        items.add(pin);
        items.add(new SeparatorMenuItem());
    }

    private void viewItems(List<MenuItem> items) {
        TimelineViewModel viewModel = control.viewModel();
        items.add(item("Fit the incident (0)", viewModel::fit));
        items.add(item("Zoom in (+)", viewModel::zoomIn));
        items.add(item("Zoom out (−)", viewModel::zoomOut));
    }

    private String clock(long millis) {
        var timeline = control.viewModel().preparedProperty().get();
        return TimeFormats.dateTime(Instant.ofEpochMilli(millis), timeline.incident().zone()).substring(11);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
    }
}
