package dev.aftermath.app.shell;

import dev.aftermath.Version;
import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.Dialogs;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.workspace.SampleLibrary;
import dev.aftermath.workspace.SampleLibrary.SamplesAdded;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Help menu and the first window's tip: loading the sample incidents again, telling what this Aftermath is and
 * where its workspace lives, and a one-line tip about the three main actions until the user dismisses it.
 */
public final class HelpViewModel {

    static final String TIP = "Import files with Ctrl+O · present an incident to a room with F5 · export it to "
            + "Word, Markdown or a web page with Ctrl+E";

    private final SampleLibrary samples;
    private final IncidentStore store;
    private final MainViewModel main;
    private final Dialogs dialogs;
    private final AppPreferences preferences;
    private final Path workspace;
    private final BooleanProperty tipWanted;
    private final BooleanBinding tipShown;

    public HelpViewModel(SampleLibrary samples, IncidentStore store, MainViewModel main, Dialogs dialogs,
                         AppPreferences preferences, Path workspace) {
        this.samples = samples;
        this.store = store;
        this.main = main;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.workspace = workspace;
        this.tipWanted = new SimpleBooleanProperty(!preferences.tipDismissed());
        // An empty workspace shows its own welcome, which names the first steps already.
        this.tipShown = Bindings.createBooleanBinding(
                () -> tipWanted.get() && main.loadedProperty().get() && !main.list().emptyProperty().get(),
                tipWanted, main.loadedProperty(), main.list().emptyProperty());
    }

    /**
     * Adds the samples the workspace lacks, in the background, and shows the most recent one. Samples already in
     * the workspace (by id) are kept as they are, so that loading them again never undoes the user's changes.
     */
    public void loadSamples() {
        main.status().run("Adding the sample incidents…", "Sample incidents added",
                "Could not add the sample incidents", progress -> samples.addMissing(store, progress),
                added -> main.reload(added.newest(), outcome(added)));
    }

    static String outcome(SamplesAdded added) {
        int count = added.added().size();
        if (count == 0) {
            return "All " + added.alreadyThere() + " sample incidents are in the workspace already; "
                    + "they were left as they are";
        }
        String text = "Added " + count + " sample incident" + (count == 1 ? "" : "s");
        return added.alreadyThere() == 0 ? text
                : text + "; " + added.alreadyThere() + " already in the workspace were left as they are";
    }

    public void showAbout() {
        dialogs.inform("About Aftermath", aboutText());
    }

    String aboutText() {
        return "Aftermath " + Version.current() + "\n"
                + "Incident timelines and reviews, on your desktop and offline.\n\n"
                + "Workspace: " + workspace.toAbsolutePath() + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version");
    }

    public String tipText() {
        return TIP;
    }

    /** True while the tip should show: not dismissed, and the workspace holds incidents to act on. */
    public BooleanBinding tipShownProperty() {
        return tipShown;
    }

    public void dismissTip() {
        tipWanted.set(false);
        preferences.setTipDismissed(true);
    }
}
