package dev.aftermath.app.importing;

/** Shows an import preview; the window closes itself when the preview is confirmed or cancelled. */
@FunctionalInterface
public interface PreviewOpener {

    void open(ImportPreviewViewModel preview);
}
