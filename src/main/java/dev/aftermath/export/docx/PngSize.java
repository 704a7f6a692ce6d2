package dev.aftermath.export.docx;

import java.io.IOException;
import java.nio.ByteBuffer;

/** The pixel size written in a PNG's header, so the picture keeps its proportions at page width. */
record PngSize(int width, int height) {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;

    static PngSize of(byte[] png) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(png);
        if (png.length < 24 || bytes.getLong(0) != SIGNATURE) {
            throw new IOException("the timeline picture is not a PNG image");
        }
        int width = bytes.getInt(16);
        int height = bytes.getInt(20);
        if (width <= 0 || height <= 0) {
            throw new IOException("the timeline picture has no size");
        }
        return new PngSize(width, height);
    }
}
