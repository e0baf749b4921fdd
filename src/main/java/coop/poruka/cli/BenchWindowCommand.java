package coop.poruka.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The startup benchmark of docs/performance.md: time from starting Java to a usable window on a
 * given ledger, against the least JavaFX window there is, alternately in the same run, and the
 * heap the window uses once open. Needs a display (on a server: xvfb-run).
 */
@Command(name = "bench-window", mixinStandardHelpOptions = true, description = {
    "Measure the time from starting Java to a usable window on a ledger, against a trivial",
    "JavaFX window started the same way, and the heap in use once the window is open.",
    "Needs a display; on a machine without one, run it under xvfb-run."})
final class BenchWindowCommand implements Callable<Integer> {
    /** The system property and class the window side uses; kept as text so cli needs no JavaFX. */
    private static final String PROBE = "poruka.probe";
    private static final String TRIVIAL = "coop.poruka.ui.TrivialWindow";

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "The ledger to open (e.g. one kept by 'bench --dir').")
    Path db;
    @Option(names = "--runs", defaultValue = "5", description = "Starts of each window (default: ${DEFAULT-VALUE}); the median is reported.")
    int runs;
    @Option(names = "--max-heap", defaultValue = "512m", paramLabel = "SIZE", description = "-Xmx for both windows (default: ${DEFAULT-VALUE}).")
    String maxHeap;

    BenchWindowCommand(CliContext ctx) {
        // no ledger is opened in this process: each window is its own program
    }

    @Override
    public Integer call() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> trivial = List.of(java, "-Xmx" + maxHeap, "-cp", cp, TRIVIAL);
        List<String> poruka = List.of(java, "-Xmx" + maxHeap, "-cp", cp, "coop.poruka.Launcher", "window", "--db",
                db.toString());
        long[][] t = new long[runs][];
        long[][] p = new long[runs][];
        for (int i = 0; i < runs; i++) { // alternately, so both see the same machine
            t[i] = probe(trivial);
            p[i] = probe(poruka);
        }
        long tMs = median(t, 0);
        long pMs = median(p, 0);
        System.out.printf(Locale.ROOT, "%-42s %8d ms   (median of %d)%n", "trivial JavaFX window, usable", tMs, runs);
        System.out.printf(Locale.ROOT, "%-42s %8d ms   %.2fx the trivial window%n", "Poruka on " + db.getFileName() + ", usable",
                pMs, (double) pMs / tMs);
        System.out.printf(Locale.ROOT, "%-42s %8.1f MB   (after a collection; -Xmx%s)%n", "heap in use, Poruka window open",
                median(p, 1) / 1048576.0, maxHeap);
        // Every start, in order: the first after a new build also makes the start's archive (decision 0041).
        System.out.printf(Locale.ROOT, "%-42s %s ms%n", "each start: trivial window", column(t, 0));
        System.out.printf(Locale.ROOT, "%-42s %s ms%n", "each start: Poruka", column(p, 0));
        return 0;
    }

    /** Starts one window with the probe on, waits for it to report and end; {millis, heap bytes}. */
    private long[] probe(List<String> command) throws IOException, InterruptedException {
        Path file = Files.createTempFile("poruka-probe", ".txt");
        try {
            List<String> cmd = new ArrayList<>(command);
            cmd.add(1, "-D" + PROBE + "=" + file);
            // From here, not from when Java says it started: whatever runs before (the launcher, a
            // second Java it starts) counts too.
            long started = System.currentTimeMillis();
            Process process = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("The window did not open within 5 minutes: " + String.join(" ", command));
            }
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length != 2) {
                throw new IllegalStateException("The window ended without opening (is there a display?): "
                        + String.join(" ", command));
            }
            return new long[] {Long.parseLong(parts[0]) - started, Long.parseLong(parts[1])};
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String column(long[][] runs, int column) {
        StringBuilder b = new StringBuilder();
        for (long[] run : runs) {
            b.append(b.length() == 0 ? "" : " ").append(run[column]);
        }
        return b.toString();
    }

    private static long median(long[][] runs, int column) {
        long[] v = new long[runs.length];
        for (int i = 0; i < runs.length; i++) {
            v[i] = runs[i][column];
        }
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }
}
