package coop.poruka.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of the startup benchmark: the least a JavaFX program can show (one label in a
 * window the size of Poruka's), started from the same jar and measured by the same probe.
 */
public final class TrivialWindow {
    private TrivialWindow() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Not the main class itself: a main class that extends Application needs the JavaFX modules on the module path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Poruka"), PorukaWindow.WIDTH, PorukaWindow.HEIGHT);
            stage.setScene(scene);
            stage.show();
            StartupProbe.whenDrawn(scene);
        }
    }
}
