package coop.poruka;

import coop.poruka.ui.StartupProbe;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.zip.CRC32;

/**
 * Starts the window in a second Java, tuned for starting, when the program runs as
 * {@code java -jar poruka.jar} (decision 0041). Java's own options cannot be set from a jar, and
 * two of them halve the time to a usable window: a class-data-sharing archive of the classes the
 * window loads (made by the first start, in the user's cache, when the window closes) and a later
 * start of the optimising compiler, which otherwise takes one of two cores while the window is
 * built. The installed program on Linux gets the same: its launcher cannot make or name an
 * archive in the user's cache either (decision 0046). Anything unusual (no {@code java} beside
 * this one, neither one jar nor the installed program, a Java without the archive of its own
 * classes that any other archive builds on, options of the user's own about sharing, a cache that
 * cannot be written) and the window simply starts in this Java. Long commands get a second Java too, with the collector
 * that suits long work (decision 0045); a sync import's has an archive of its own as well (decision 0048).
 */
final class Relaunch {
    /** Set in the second Java to when the first one started (epoch milliseconds). */
    private static final String STARTED = StartupProbe.STARTED;
    /** {@code -Dporuka.relaunch=off} keeps the window in the Java it was started in. */
    private static final String SWITCH = "poruka.relaunch";
    /** Set by the installed program's launcher to where it is (jpackage). */
    static final String INSTALLED = "jpackage.app-path";
    private static final String SUFFIX = ".jsa";
    /** Later C2 (tens of thousands of calls rather than thousands): long work still gets it. */
    private static final List<String> LATER_C2 = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=20000", "-XX:Tier4CompileThreshold=60000",
            "-XX:Tier4BackEdgeThreshold=400000");
    /** Class-data sharing, without its messages. */
    private static final List<String> SHARING = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /**
     * What a second Java with an archive of its own is started for: its archive's name in the cache,
     * its options, and whether it is given this Java's start (the window's start trace counts from it).
     */
    record Tuned(String prefix, List<String> options, boolean traced) {}

    /** The window: its archive and a later C2 (decision 0041). */
    static final Tuned WINDOW = new Tuned("window-", join(SHARING, LATER_C2), true);

    /**
     * The commands that work through a whole file or ledger in one go, and the collector their Java
     * gets (decision 0045): the parallel one did the same work with less CPU than the default one,
     * whose bookkeeping took a share of the two cores (docs/performance.md). They get the window's
     * later C2 too, but for a join and a sync import, which get C1 only (decision 0048).
     */
    private static final List<String> LONG = List.of("import", "join", "bench");
    private static final List<String> LONG_SYNC = List.of("import", "export", "bench");
    private static final String THROUGHPUT = "-XX:+UseParallelGC";
    /** Only the quick compiler: a file is taken in before C2's code would pay for the core it takes. */
    private static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1");
    /**
     * A sync import (decision 0048): C1 only, and an archive of its own, made by the first import;
     * the classes of a command that runs for seconds, most of them met only once, load from it.
     */
    static final Tuned SYNC_IMPORT = new Tuned("sync-import-", join(SHARING, join(List.of(THROUGHPUT), C1_ONLY)),
            false);

    private Relaunch() {}

    /**
     * Runs a long command (an import, a join, a benchmark) in a second Java with the parallel
     * collector and returns its exit code; empty: run it in this one (neither one jar nor the
     * installed program, no {@code java} beside this one, the user chose a collector, or
     * {@code -Dporuka.relaunch=off}).
     */
    static OptionalInt longCommand(String[] args) {
        if (!isLong(List.of(args)) || "off".equals(System.getProperty(SWITCH))) {
            return OptionalInt.empty();
        }
        List<Path> classPath = ownClassPath();
        Path java = ownJava();
        if (classPath == null || java == null) {
            return OptionalInt.empty();
        }
        List<String> options = javaOptions();
        if (isSyncImport(List.of(args)) && archivable(java, options) && !choosesCollectorOrCompiler(options)) {
            OptionalInt ended = run(java, classPath, options, cacheDirectory(), SYNC_IMPORT, Launcher.class.getName(),
                    List.of(args));
            if (ended.isPresent()) {
                return ended;
            }
        }
        return runLong(java, classPath, options, compilerFor(List.of(args)), Launcher.class.getName(), List.of(args));
    }

    /**
     * A long command's compiler settings: C1 only for a join, which takes in a file as a sync import
     * does but runs once, so without an archive that would cost more to make than it saves, and for
     * a sync export, whose signing thread C2 slowed (decision 0051); the window's later C2 for the
     * others (decision 0045).
     */
    static List<String> compilerFor(List<String> args) {
        boolean syncExport = args.size() > 1 && args.get(0).equals("sync") && args.get(1).equals("export");
        return !args.isEmpty() && args.get(0).equals("join") || syncExport ? C1_ONLY : LATER_C2;
    }

    /**
     * Whether a second Java may be given an archive: one made on the Java's own archive, and only when
     * the user chose nothing about sharing or compiling.
     */
    private static boolean archivable(Path java, List<String> options) {
        if (!hasBaseArchive(java.getParent().getParent())) {
            return false;
        }
        for (String o : options) {
            if (o.startsWith("-Xshare") || o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit")
                    || o.contains("Tier")) {
                return false; // the user tunes this Java: leave it alone
            }
        }
        return true;
    }

    /** Whether the user chose a collector or the compilers' settings (then their Java is left as it is). */
    private static boolean choosesCollectorOrCompiler(List<String> options) {
        for (String o : options) {
            if (o.startsWith("-XX:+Use") && o.endsWith("GC") || o.contains("Tier")) {
                return true;
            }
        }
        return false;
    }

    static boolean isSyncImport(List<String> args) {
        return args.size() > 1 && args.get(0).equals("sync") && args.get(1).equals("import");
    }

    static boolean isLong(List<String> args) {
        return !args.isEmpty() && (LONG.contains(args.get(0))
                || args.size() > 1 && args.get(0).equals("sync") && LONG_SYNC.contains(args.get(1)));
    }

    /**
     * Runs {@code main} from {@code classPath} in a second Java with {@code options} and the parallel
     * collector, unless the options already choose a collector; empty when it was not started.
     */
    static OptionalInt runLong(Path java, List<Path> classPath, List<String> options, List<String> compiler, String main,
            List<String> args) {
        if (choosesCollectorOrCompiler(options)) {
            return OptionalInt.empty(); // the user tunes this Java: leave it alone
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.add(THROUGHPUT);
        command.addAll(compiler);
        command.add(text("-D", SWITCH, "=off")); // the second Java runs the command itself
        command.addAll(List.of("-cp", joined(classPath), main));
        command.addAll(args);
        try {
            return OptionalInt.of(waitFor(new ProcessBuilder(command).inheritIO().start()));
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** Runs the window in a second Java and returns its exit code; empty: run it in this one. */
    static OptionalInt window(String[] args) {
        if (System.getProperty(STARTED) != null || "off".equals(System.getProperty(SWITCH))) {
            return OptionalInt.empty();
        }
        List<Path> classPath = ownClassPath();
        Path java = ownJava();
        if (classPath == null || java == null) {
            return OptionalInt.empty();
        }
        List<String> options = javaOptions();
        if (!archivable(java, options)) {
            return OptionalInt.empty();
        }
        return run(java, classPath, options, cacheDirectory(), WINDOW, Launcher.class.getName(), List.of(args));
    }

    /**
     * Whether a Java has the archive of its own classes: an archive of the program's classes builds
     * on it, and without it a Java asked to make one does not start at all.
     */
    static boolean hasBaseArchive(Path javaHome) {
        for (String folder : List.of("lib", "bin")) { // bin on Windows
            Path server = javaHome.resolve(folder).resolve("server");
            if (Files.isRegularFile(server.resolve("classes.jsa"))
                    || Files.isRegularFile(server.resolve("classes_nocoops.jsa"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code main} from {@code classPath} in a second Java with {@code options} and the start
     * tuning, with the archive for those jars and that Java from {@code cache} (made by this run when
     * there is none yet), and returns its exit code once it ends; empty when it could not be started.
     */
    static OptionalInt run(Path java, List<Path> classPath, List<String> options, Path cache, Tuned tuned, String main,
            List<String> args) {
        Process started;
        Path archive;
        Path made;
        boolean making;
        try {
            Files.createDirectories(cache);
            archive = cache.resolve(text(tuned.prefix(), key(classPath, java), SUFFIX));
            making = !Files.isRegularFile(archive);
            // Java cannot write a missing archive without failing at exit: a file of its own, moved in after.
            made = cache.resolve(text(tuned.prefix(), ProcessHandle.current().pid(), ".tmp"));
            if (making) {
                dropAbandoned(cache, tuned.prefix());
                Files.deleteIfExists(made);
                Files.writeString(made, ""); // can be written at all?
                Files.delete(made);
            }
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(options);
            command.addAll(tuned.options());
            command.add(making ? text("-XX:ArchiveClassesAtExit=", made) : text("-XX:SharedArchiveFile=", archive));
            if (tuned.traced()) {
                command.add(text("-D", STARTED, "=", startedAt()));
            } else {
                command.add(text("-D", SWITCH, "=off")); // the second Java runs the command itself
            }
            command.addAll(List.of("-cp", joined(classPath), main));
            command.addAll(args);
            started = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty(); // no cache, or no second Java: the window starts in this one
        }
        int code = waitFor(started);
        if (making) {
            keep(made, archive, tuned.prefix(), code == 0);
        }
        return OptionalInt.of(code);
    }

    /** The second Java's exit code, once it ends; stopped with this one. */
    private static int waitFor(Process started) {
        Thread stop = new Thread(new Stop(started)); // this Java stopped: so is the second
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return started.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.destroy();
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // this Java is already stopping: the hook runs anyway
            }
        }
    }

    /**
     * The options this Java was started with (heap size, properties), for the second one. Read from
     * the command line where the system gives it: the management bean that also has them costs
     * tens of milliseconds to load.
     */
    static List<String> javaOptions() {
        // No lambdas on the way to the second Java: each first one costs milliseconds to link.
        java.util.Optional<String[]> line = ProcessHandle.current().info().arguments();
        // The installed program's command line is its launcher's: its Java's options are not on it.
        if (line.isEmpty() || line.get().length == 0 || installedOnLinux()) {
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        }
        return javaOptions(List.of(line.get()));
    }

    /** The options in a {@code java} command line (without the program): up to the jar or main class. */
    static List<String> javaOptions(List<String> line) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            String a = line.get(i);
            if (CLASS_PATH.contains(a)) {
                i++; // the second Java is given its own
            } else if (WITH_VALUE.contains(a) && i + 1 < line.size()) {
                options.add(a);
                options.add(line.get(++i));
            } else if (a.startsWith("-") && !a.equals("-jar")) {
                options.add(a);
            } else {
                break; // -jar, or the main class: the program's own arguments follow
            }
        }
        return options;
    }

    private static final List<String> CLASS_PATH = List.of("-cp", "-classpath", "--class-path");
    private static final List<String> WITH_VALUE = List.of("-p", "--module-path", "--upgrade-module-path",
            "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens", "--patch-module",
            "--enable-native-access");

    /**
     * When this Java was started, in epoch milliseconds (for the second Java's start trace). On Linux
     * read from the kernel's uptime (hundredths of a second): Java's own process start time counts
     * from a boot time in whole seconds and came out a quarter of a second early on a test machine.
     */
    static long startedAt() {
        long now = System.currentTimeMillis();
        try {
            String uptime = Files.readString(Path.of("/proc/uptime"));
            String stat = Files.readString(Path.of("/proc/self/stat"));
            double up = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            // Field 22, the start in clock ticks after boot (100 a second); the fields after the name from 3.
            long ticks = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]);
            return now - Math.round((up - ticks / 100.0) * 1000);
        } catch (IOException | RuntimeException e) {
            java.util.Optional<java.time.Instant> started = ProcessHandle.current().info().startInstant();
            return started.isPresent() ? started.get().toEpochMilli() : now;
        }
    }

    /**
     * Moves a newly made archive in place of older ones, or drops it if the program failed. An
     * archive that cannot be kept is simply made again next time.
     */
    private static void keep(Path made, Path archive, String prefix, boolean ok) {
        try {
            if (!ok || !Files.isRegularFile(made) || Files.size(made) == 0) {
                Files.deleteIfExists(made);
                return;
            }
            Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // Archives of earlier jars or Javas are never used again.
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), text(prefix, "*", SUFFIX))) {
                for (Path p : old) {
                    if (!p.equals(archive)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            // the cache is only a cache
        }
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }

    /** Text of the parts; not {@code +}, whose first use of each shape costs milliseconds to link. */
    private static String text(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            b.append(p);
        }
        return b.toString();
    }

    /** Stops the second Java with this one (a shutdown hook). */
    private record Stop(Process window) implements Runnable {
        @Override
        public void run() {
            window.destroy();
        }
    }

    /** Deletes archives half made by a Java that is gone (its window killed, not closed). */
    private static void dropAbandoned(Path cache, String prefix) throws IOException {
        try (DirectoryStream<Path> made = Files.newDirectoryStream(cache, text(prefix, "*.tmp"))) {
            for (Path p : made) {
                String name = p.getFileName().toString();
                long pid;
                try {
                    pid = Long.parseLong(name.substring(prefix.length(), name.length() - ".tmp".length()));
                } catch (NumberFormatException e) {
                    pid = -1;
                }
                if (pid < 0 || ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The {@code java} command of the Java this program runs in, or null when there is none to start. */
    private static Path ownJava() {
        Path java = Path.of(System.getProperty("java.home"), "bin", windows() ? "java.exe" : "java");
        return Files.isExecutable(java) ? java : null;
    }

    /**
     * The jars a second Java runs this program from: the one jar of {@code java -jar}, or the
     * installed program's; null for anything else (the tests, the classes of a build).
     */
    static List<Path> ownClassPath() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.isEmpty() || !installedOnLinux() && cp.contains(java.io.File.pathSeparator)) {
            return null;
        }
        List<Path> jars = new ArrayList<>();
        for (String part : cp.split(java.io.File.pathSeparator)) {
            Path jar = Path.of(part).toAbsolutePath();
            if (!part.endsWith(".jar") || !Files.isRegularFile(jar)) {
                return null;
            }
            jars.add(jar);
        }
        return jars;
    }

    private static String joined(List<Path> classPath) {
        StringBuilder b = new StringBuilder();
        for (Path jar : classPath) {
            b.append(b.length() == 0 ? "" : java.io.File.pathSeparator).append(jar);
        }
        return b.toString();
    }

    /** An archive holds only for the jars and the Java it was made with: all of them are in its name. */
    private static String key(List<Path> classPath, Path java) throws IOException {
        Path modules = Path.of(System.getProperty("java.home"), "lib", "modules");
        StringBuilder jars = new StringBuilder();
        for (Path jar : classPath) {
            jars.append(text(jar, "|", Files.size(jar), "|", Files.getLastModifiedTime(jar).toMillis(), "|"));
        }
        String what = text(jars, java, "|", System.getProperty("java.vm.version"), "|",
                Files.exists(modules) ? Files.getLastModifiedTime(modules).toMillis() : 0);
        CRC32 crc = new CRC32();
        crc.update(what.getBytes(StandardCharsets.UTF_8));
        return text(Long.toHexString(crc.getValue()), Integer.toHexString(what.hashCode()));
    }

    /** The user's cache: XDG on Linux, %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS. */
    static Path cacheDirectory() {
        Path home = Path.of(System.getProperty("user.home"));
        if (windows()) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("Poruka")
                    .resolve("cache");
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Poruka");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".cache") : Path.of(xdg);
        return base.resolve("poruka");
    }

    /**
     * The installed program on Linux. Not elsewhere: a second Java started by the Windows or macOS
     * launcher would show as a program of its own (a console window, a second icon in the Dock).
     */
    private static boolean installedOnLinux() {
        return System.getProperty(INSTALLED) != null && System.getProperty("os.name", "").startsWith("Linux");
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }
}
