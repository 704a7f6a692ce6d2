package dev.aftermath.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class AftermathApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Aftermath");
        stage.setScene(new Scene(new Label("Aftermath"), 1200, 800));
        stage.show();
    }
}
