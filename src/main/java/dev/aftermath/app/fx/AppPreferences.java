package dev.aftermath.app.fx;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Dimension2D;

/**
 * What the app remembers between runs: theme, window bounds, divider positions, tabs, the last incident and whether
 * the first window's tip was dismissed. The node
 * comes from the system property {@code aftermath.prefs.node} so that tests never overwrite a user's settings.
 */
public final class AppPreferences {

    public static final String NODE_PROPERTY = "aftermath.prefs.node";

    private static final String THEME = "theme";
    private static final String LAST_INCIDENT = "lastIncident";
    private static final String TIP_DISMISSED = "tipDismissed";

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "dev/aftermath")));
    }

    public Theme theme() {
        return Theme.named(node.get(THEME, "")).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
    }

    public Optional<UUID> lastIncident() {
        try {
            String value = node.get(LAST_INCIDENT, "");
            return value.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException corrupt) {
            return Optional.empty();
        }
    }

    public void setLastIncident(UUID id) {
        if (id == null) {
            node.remove(LAST_INCIDENT);
        } else {
            node.put(LAST_INCIDENT, id.toString());
        }
    }

    public boolean tipDismissed() {
        return node.getBoolean(TIP_DISMISSED, false);
    }

    public void setTipDismissed(boolean dismissed) {
        node.putBoolean(TIP_DISMISSED, dismissed);
    }

    public Optional<WindowBounds> windowBounds() {
        double width = node.getDouble("window.width", -1);
        double height = node.getDouble("window.height", -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), width,
                height, node.getBoolean("window.maximized", false)));
    }

    public void setWindowBounds(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
    }

    /** The size a resizable dialog was last closed at, such as the import preview's; empty when never saved. */
    public Optional<Dimension2D> dialogSize(String key) {
        double width = node.getDouble("dialog." + key + ".width", -1);
        double height = node.getDouble("dialog." + key + ".height", -1);
        return width > 0 && height > 0 ? Optional.of(new Dimension2D(width, height)) : Optional.empty();
    }

    public void setDialogSize(String key, double width, double height) {
        node.putDouble("dialog." + key + ".width", width);
        node.putDouble("dialog." + key + ".height", height);
    }

    /** The divider position saved under {@code key}, or {@code fallback}. */
    public double divider(String key, double fallback) {
        double value = node.getDouble("divider." + key, fallback);
        return value > 0 && value < 1 ? value : fallback;
    }

    public void setDivider(String key, double position) {
        node.putDouble("divider." + key, position);
    }

    /** The folder a kind of file was last saved to or opened from, such as "picture". */
    public Optional<Path> folder(String kind) {
        String value = node.get("folder." + kind, "");
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(Path.of(value));
        } catch (InvalidPathException corrupt) {
            return Optional.empty();
        }
    }

    public void setFolder(String kind, Path folder) {
        node.put("folder." + kind, folder.toString());
    }

    /** A choice remembered by name, such as the last picture size; {@code fallback} when none was saved. */
    public String choice(String key, String fallback) {
        return node.get("choice." + key, fallback);
    }

    public void setChoice(String key, String value) {
        node.put("choice." + key, value);
    }

    /** The tab last shown under {@code key}, or {@code fallback}. */
    public String tab(String key, String fallback) {
        return node.get("tab." + key, fallback);
    }

    public void setTab(String key, String tab) {
        node.put("tab." + key, tab);
    }

    /** Writes to disk now; the JVM would otherwise flush at some later point, or not at all on a crash. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // Losing a window position is not worth bothering the user about.
        }
    }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
