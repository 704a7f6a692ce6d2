package dev.aftermath.app.fx;

/** Where a copied picture goes: the system clipboard in the app, a recorder in tests. */
public interface PictureClipboard {

    /** Puts an image on the clipboard; {@code argb} holds its pixels row by row, 0xAARRGGBB. */
    void putImage(int width, int height, int[] argb);
}
