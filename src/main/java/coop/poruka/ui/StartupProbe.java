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
 * the first time a window is usable (its screen laid out and drawn once) the time (epoch
 * milliseconds) and the heap in use are written there, and the program ends.
 */
public final class StartupProbe {
    public static final String PROPERTY = "poruka.probe";
    /** When set (to anything), each step of the start is written to the error stream with its time. */
    public static final String TRACE = "poruka.trace";
    private static final boolean TRACING = System.getProperty(TRACE) != null;
    /**
     * When the window runs in a second Java started for it (the launcher's relaunch), when the first
     * one started, in epoch milliseconds: the start the user saw.
     */
    public static final String STARTED = "poruka.started";

    private StartupProbe() {}

    /** Writes "{@code what}" with the milliseconds since the program started, when tracing. */
    public static void mark(String what) {
        if (TRACING) {
            long millis = System.currentTimeMillis() - started();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.printf("startup %6d ms  (this thread's CPU %5d ms)  %-26s %s%n", millis, cpu,
                    Thread.currentThread().getName(), what);
        }
    }

    private static long started() {
        Long first = Long.getLong(STARTED);
        return first != null ? first : ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** With tracing on Linux: every thread's CPU time so far, the JVM's own (compilers, collector) included. */
    private static void threadTimes() {
        Path tasks = Path.of("/proc/self/task");
        if (!TRACING || !Files.isDirectory(tasks)) {
            return;
        }
        try (var all = Files.list(tasks)) {
            all.forEach(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
                    if (ticks > 0) {
                        System.err.printf("startup thread %-18s %6d ms CPU%n", name, ticks * 10);
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Call once the screen that counts as usable is in the scene and has the keyboard. */
    public static void whenDrawn(Scene scene) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        FirstFrame.then(scene, () -> {
            // Measured right away, then the heap after a collection: what the window needs to stay open.
            long now = System.currentTimeMillis(); // the benchmark subtracts when it started the program
            mark("usable screen drawn");
            threadTimes();
            Platform.runLater(() -> {
                System.gc();
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                try {
                    Files.writeString(Path.of(file), now + " " + heap + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Platform.exit();
            });
        });
    }
}
