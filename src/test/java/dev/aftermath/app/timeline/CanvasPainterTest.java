package dev.aftermath.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.timeline.Rgba;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

class CanvasPainterTest {

    private static final Rgba WHITE = Rgba.rgb(0xFFFFFF);
    private static final Rgba RED = Rgba.rgb(0xFF0000);
    private static final Rgba BLUE = Rgba.rgb(0x0000FF);

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aDashedLineAlternatesDashAndGapFromItsStart() {
        Image picture = paint(painter -> painter.strokeLine(10, 5.5, 60, 5.5, 1, 4, RED));

        for (int x = 10; x < 60; x++) {
            boolean inDash = (x - 10) % 8 < 4;
            assertEquals(inDash ? 0xFFFF0000 : 0xFFFFFFFF, argb(picture, x, 5), "x = " + x);
        }
        assertEquals(0xFFFFFFFF, argb(picture, 9, 5));
        assertEquals(0xFFFFFFFF, argb(picture, 60, 5));
        assertEquals(0xFFFFFFFF, argb(picture, 20, 4));
    }

    @Test
    void aVerticalDashedLineRunsDownItsColumn() {
        Image picture = paint(painter -> painter.strokeLine(30.5, 2, 30.5, 30, 1, 3, BLUE));

        for (int y = 2; y < 30; y++) {
            assertEquals((y - 2) % 6 < 3 ? 0xFF0000FF : 0xFFFFFFFF, argb(picture, 30, y), "y = " + y);
        }
    }

    @Test
    void aColourAfterADashedLineFillsSolid() {
        Image picture = paint(painter -> {
            painter.strokeLine(0, 5.5, 80, 5.5, 1, 4, RED);
            painter.fillRect(0, 10, 80, 10, RED);
        });

        for (int x = 0; x < 80; x++) {
            assertEquals(0xFFFF0000, argb(picture, x, 15), "x = " + x);
        }
    }

    @Test
    void rectanglesAreFilledOnWholePixels() {
        Image picture = paint(painter -> painter.fillRect(10.4, 10.6, 5.2, 4.8, BLUE));

        assertEquals(0xFF0000FF, argb(picture, 10, 11));
        assertEquals(0xFF0000FF, argb(picture, 15, 14));
        assertEquals(0xFFFFFFFF, argb(picture, 9, 12));
        assertEquals(0xFFFFFFFF, argb(picture, 16, 12));
        assertEquals(0xFFFFFFFF, argb(picture, 12, 10));
        assertEquals(0xFFFFFFFF, argb(picture, 12, 15));
    }

    @Test
    void aSmallDiscIsSolidInsideClearOutsideAndSoftAtItsEdge() {
        Image picture = paint(painter -> painter.fillCircle(40, 20, 6, BLUE));

        assertEquals(0xFF0000FF, argb(picture, 40, 20));
        assertEquals(0xFF0000FF, argb(picture, 36, 20));
        assertEquals(0xFFFFFFFF, argb(picture, 33, 20));
        assertEquals(0xFFFFFFFF, argb(picture, 34, 14));
        int edge = argb(picture, 34, 17);
        assertTrue(edge != 0xFFFFFFFF && edge != 0xFF0000FF, Integer.toHexString(edge));
    }

    @Test
    void aTranslucentBadgeBlendsOnceWithWhatIsUnderIt() {
        Image picture = paint(painter -> painter.fillRoundRect(10, 10, 40, 18, 9, RED.withOpacity(0.5)));

        int middle = argb(picture, 30, 19);
        assertEquals(0xFF, (middle >>> 16) & 0xFF);
        assertEquals(0x80, middle & 0xFF, 2);
        assertEquals(0xFFFFFFFF, argb(picture, 10, 10));
        assertEquals(middle, argb(picture, 12, 19));
    }

    private interface Drawing {
        void on(CanvasPainter painter);
    }

    private Image paint(Drawing drawing) {
        Image[] picture = new Image[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(80, 40);
            CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
            painter.fillRect(0, 0, 80, 40, WHITE);
            drawing.on(painter);
            painter.flush();
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            picture[0] = canvas.snapshot(parameters, null);
        });
        return picture[0];
    }

    private static int argb(Image picture, int x, int y) {
        return picture.getPixelReader().getArgb(x, y);
    }
}
