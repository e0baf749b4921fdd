package coop.poruka.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the startup benchmark only: when the system property {@code poruka.probe} names a file,
 * the first time a window is usable (its screen laid out and drawn once) the time since the
 * program started and the heap in use are written there, and the program ends.
 */
public final class StartupProbe {
    public static final String PROPERTY = "poruka.probe";

    private StartupProbe() {}

    /** Call once the screen that counts as usable is in the scene and has the keyboard. */
    public static void whenDrawn(Scene scene) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        FirstFrame.then(scene, () -> {
            // Measured right away, then the heap after a collection: what the window needs to stay open.
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            Platform.runLater(() -> {
                System.gc();
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                try {
                    Files.writeString(Path.of(file), millis + " " + heap + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Platform.exit();
            });
        });
    }
}
