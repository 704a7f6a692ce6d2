package dev.aftermath.export.picture;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Writes rectangles and one-pixel columns straight into an opaque int-RGB image, blending translucent colours.
 * Rectangles snap to whole pixels; a column's ends get partial cover, so envelopes stay smooth.
 */
final class PixelBlender {

    private final int[] data;
    private final int width;
    private final int height;

    PixelBlender(BufferedImage image) {
        data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        width = image.getWidth();
        height = image.getHeight();
    }

    void fillRect(double x, double y, double w, double h, int argb) {
        int left = Math.max(0, (int) Math.round(x));
        int top = Math.max(0, (int) Math.round(y));
        int right = Math.min(width, (int) Math.round(x + w));
        int bottom = Math.min(height, (int) Math.round(y + h));
        int alpha = argb >>> 24;
        for (int row = top; row < bottom; row++) {
            int offset = row * width;
            if (alpha == 255) {
                Arrays.fill(data, offset + left, offset + right, argb & 0xFFFFFF);
            } else {
                for (int column = left; column < right; column++) {
                    data[offset + column] = blend(data[offset + column], argb, alpha);
                }
            }
        }
    }

    /** The pixel column under {@code x} from {@code top} to {@code bottom}, ends covered in part. */
    void fillColumn(double x, double top, double bottom, int argb) {
        int column = (int) Math.floor(x);
        if (column < 0 || column >= width || bottom <= top) {
            return;
        }
        double from = Math.max(0, top);
        double to = Math.min(height, bottom);
        int alpha = argb >>> 24;
        for (int row = (int) Math.floor(from); row < to; row++) {
            double cover = Math.min(row + 1, to) - Math.max(row, from);
            int index = row * width + column;
            data[index] = blend(data[index], argb, (int) Math.round(alpha * cover));
        }
    }

    private static int blend(int under, int argb, int alpha) {
        if (alpha >= 255) {
            return argb & 0xFFFFFF;
        }
        int keep = 255 - alpha;
        int red = (((argb >>> 16) & 0xFF) * alpha + ((under >>> 16) & 0xFF) * keep + 127) / 255;
        int green = (((argb >>> 8) & 0xFF) * alpha + ((under >>> 8) & 0xFF) * keep + 127) / 255;
        int blue = ((argb & 0xFF) * alpha + (under & 0xFF) * keep + 127) / 255;
        return (red << 16) | (green << 8) | blue;
    }
}
