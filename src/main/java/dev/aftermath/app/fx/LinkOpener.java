package dev.aftermath.app.fx;

/** Opens a web or mail address in the user's browser or mail program; may block while that starts. */
@FunctionalInterface
public interface LinkOpener {

    void open(String address) throws Exception;
}
