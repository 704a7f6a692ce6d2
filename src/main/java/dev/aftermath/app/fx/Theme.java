package dev.aftermath.app.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Optional;
import javafx.application.Application;

/** The two AtlantaFX themes the app offers. */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet()),
    DARK("Dark", new PrimerDark().getUserAgentStylesheet());

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    public String label() {
        return label;
    }

    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
    }

    public static Optional<Theme> named(String name) {
        return Arrays.stream(values()).filter(theme -> theme.name().equals(name)).findFirst();
    }
}
