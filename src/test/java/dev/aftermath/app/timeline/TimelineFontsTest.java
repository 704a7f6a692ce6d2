package dev.aftermath.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftermath.timeline.TextStyle;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

class TimelineFontsTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Error-rate alert pages the on-call engineer", "AV Wa To 11:52:30", "Café Zürich … ≈ 8 %",
        "e\u0301te\u0301", "👍 done"})
    void aWidthSummedFromCharactersIsTheWidthJavaFxLaysOut(String label) {
        for (TextStyle style : new TextStyle[] {TextStyle.regular(12), TextStyle.bold(17.4)}) {
            double[] widths = new double[2];
            robot.interact(() -> {
                Text text = new Text(label);
                text.setFont(TimelineFonts.font(style));
                widths[0] = text.getLayoutBounds().getWidth();
                widths[1] = TimelineFonts.width(label, style);
            });
            assertEquals(widths[0], widths[1], 0.01, label + " in " + style);
        }
    }
}
