package dev.aftermath.bench;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * What a frame costs JavaFX itself on this machine: a canvas of the same size that is only cleared each frame.
 * The timeline's figures are read against it; on a shared machine it moves with the load.
 */
final class EmptyCanvasBaseline {

    private EmptyCanvasBaseline() {
    }

    static void run(Stage stage, FrameMeter meter, Runnable next) {
        StackPane root = (StackPane) stage.getScene().getRoot();
        Node[] shown = root.getChildren().toArray(Node[]::new);
        Canvas canvas = new Canvas(TimelineFxBenchmark.WIDTH, TimelineFxBenchmark.HEIGHT);
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        root.getChildren().setAll(canvas);
        TimelineFxBenchmark.pan(meter, "empty canvas (JavaFX alone)", seconds -> {
            graphics.setFill(seconds % 1 < 0.5 ? Color.WHITE : Color.WHITESMOKE);
            graphics.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        }, () -> {
            root.getChildren().setAll(shown);
            next.run();
        });
    }
}
