package dev.aftermath.app.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The looks the app offers: AtlantaFX's Primer light and dark, and a high-contrast look (Primer dark made black
 * and white with bright accents by one more stylesheet) for projectors and low vision. Each names the timeline
 * theme that goes with it.
 */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet(), null, dev.aftermath.timeline.Theme.LIGHT),
    DARK("Dark", new PrimerDark().getUserAgentStylesheet(), null, dev.aftermath.timeline.Theme.DARK),
    CONTRAST("High contrast", new PrimerDark().getUserAgentStylesheet(), "/dev/aftermath/app/contrast.css",
            dev.aftermath.timeline.Theme.CONTRAST);

    private final String label;
    private final String stylesheet;
    private final String extraStylesheet;
    private final dev.aftermath.timeline.Theme timeline;

    Theme(String label, String stylesheet, String extraStylesheet, dev.aftermath.timeline.Theme timeline) {
        this.label = label;
        this.stylesheet = stylesheet;
        this.extraStylesheet = extraStylesheet == null ? null
                : Objects.requireNonNull(Theme.class.getResource(extraStylesheet), extraStylesheet).toExternalForm();
        this.timeline = timeline;
    }

    public String label() {
        return label;
    }

    /** The timeline's colours for this look. */
    public dev.aftermath.timeline.Theme timeline() {
        return timeline;
    }

    /** Makes this the application's look, for the main window's scene and every dialog opened over it. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(stylesheet);
        useExtraStylesheet(scene);
    }

    /** Gives one scene this look whatever the application's look is, as presentation mode does. */
    public void applyTo(Scene scene) {
        scene.setUserAgentStylesheet(stylesheet);
        useExtraStylesheet(scene);
    }

    private void useExtraStylesheet(Scene scene) {
        List<String> extras = Arrays.stream(values()).map(theme -> theme.extraStylesheet)
                .filter(Objects::nonNull).toList();
        scene.getStylesheets().removeAll(extras);
        if (extraStylesheet != null) {
            scene.getStylesheets().add(extraStylesheet);
        }
    }

    public static Optional<Theme> named(String name) {
        return Arrays.stream(values()).filter(theme -> theme.name().equals(name)).findFirst();
    }
}
