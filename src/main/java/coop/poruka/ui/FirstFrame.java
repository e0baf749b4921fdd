package coop.poruka.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, right after the scene's next layout: when what is in it was first drawn. */
final class FirstFrame {
    private FirstFrame() {}

    static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * Runs something once the scene's next frame has been handed over for drawing, so that it
     * does not hold that frame up.
     */
    static void after(Scene scene, Runnable action) {
        then(scene, () -> Platform.runLater(action));
    }
}
