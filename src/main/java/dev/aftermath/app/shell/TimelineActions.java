package dev.aftermath.app.shell;

import dev.aftermath.app.importing.PictureDialog;
import dev.aftermath.app.importing.PictureViewModel;
import dev.aftermath.app.incidents.IncidentViewModel;
import dev.aftermath.app.presentation.PresentationView;
import dev.aftermath.app.presentation.PresentationViewModel;
import dev.aftermath.app.timeline.TimelinePane;
import dev.aftermath.app.timeline.TimelineViewModel;
import dev.aftermath.timeline.PreparedTimeline;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What the window does with the timeline beyond showing it, from its toolbar and the menus: pictures of it, and
 * presentation mode, which starts at the selected entry and leaves the last entry shown selected.
 */
public final class TimelineActions implements TimelinePane.Actions {

    private final TimelineViewModel timeline;
    private final PictureViewModel pictures;
    private final IncidentViewModel incident;
    private final Supplier<Window> owner;
    private boolean presenting;

    public TimelineActions(TimelineViewModel timeline, PictureViewModel pictures, IncidentViewModel incident,
                           Supplier<Window> owner) {
        this.timeline = timeline;
        this.pictures = pictures;
        this.incident = incident;
        this.owner = owner;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    @Override
    public void copyPicture() {
        pictures.copy();
    }

    @Override
    public void exportPicture() {
        PictureDialog.exportPicture(owner.get(), pictures);
    }

    @Override
    public void present() {
        PreparedTimeline prepared = timeline.preparedProperty().get();
        if (prepared == null || presenting) {
            return;
        }
        presenting = true;
        PresentationViewModel presentation = new PresentationViewModel(prepared,
                incident.selectedEntryProperty().get());
        new PresentationView(presentation, owner.get(), last -> {
            presenting = false;
            if (last != null) {
                incident.selectedEntryProperty().set(last);
            }
        }).show();
    }
}
