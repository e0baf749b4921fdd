package coop.poruka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's second Java, run for real: a small jar stands in for the program, so each run takes
 * a second rather than the window's start. What the second Java was given is written by it to a file.
 */
class RelaunchTest {
    @TempDir
    Path dir;
    Path jar;
    Path cache;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    /** The program of the second Java: writes its options and arguments to args[0], ends with args[1]. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            List<String> lines = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
            lines.add("cp=" + System.getProperty("java.class.path"));
            lines.add("args=" + String.join(" ", args));
            Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
            System.exit(Integer.parseInt(args[1]));
        }
    }

    @BeforeEach
    void makeJar() throws IOException {
        jar = dir.resolve("program.jar");
        cache = dir.resolve("cache");
        writeJar(jar);
    }

    private static void writeJar(Path jar) throws IOException {
        String name = Child.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
                InputStream in = RelaunchTest.class.getResourceAsStream("/" + name)) {
            j.putNextEntry(new JarEntry(name));
            in.transferTo(j);
            j.closeEntry();
        }
    }

    private OptionalInt run(Path report, int exit, String... options) {
        return Relaunch.run(java, List.of(jar), List.of(options), cache, Relaunch.WINDOW, Child.class.getName(),
                List.of(report.toString(), Integer.toString(exit)));
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theFirstRunMakesTheArchiveAndLaterRunsStartWithIt() throws Exception {
        Path report = dir.resolve("first.txt");
        assertThat(run(report, 0, "-Xmx200m", "-Dporuka.test=да")).hasValue(0);
        List<String> first = Files.readAllLines(report);
        // The second Java has this one's options, the tuning, and the program's own arguments.
        assertThat(first).contains("-Xmx200m", "-Dporuka.test=да", "-XX:Tier4InvocationThreshold=50000",
                "args=" + report + " 0");
        assertThat(first).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        List<Path> made = archives();
        assertThat(made).hasSize(1);
        assertThat(made.get(0).getFileName().toString()).startsWith("window-").endsWith(".jsa");
        assertThat(Files.size(made.get(0))).isPositive();

        Path second = dir.resolve("second.txt");
        assertThat(run(second, 0)).hasValue(0);
        assertThat(Files.readAllLines(second)).contains("-XX:SharedArchiveFile=" + made.get(0));
        assertThat(archives()).isEqualTo(made);
        // And Java can really start from it: with -Xshare:on an archive it cannot map is an error.
        Process strict = new ProcessBuilder(java.toString(), "-Xshare:on", "-XX:SharedArchiveFile=" + made.get(0),
                "-cp", jar.toString(), Child.class.getName(), dir.resolve("strict.txt").toString(), "0")
                .redirectErrorStream(true).start();
        String said = new String(strict.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(strict.waitFor()).as(said).isZero();
    }

    /** The start the second Java's trace counts from is this Java's, not a moment well before it. */
    @Test
    void theStartPassedOnIsWhenThisJavaStarted() {
        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime(); // a little after the process began
        long started = Relaunch.startedAt();
        assertThat(started).isLessThanOrEqualTo(jvm + 20).isGreaterThan(jvm - 150);
    }

    @Test
    void theExitCodeComesBackAndAFailedFirstRunLeavesNoArchive() throws Exception {
        assertThat(run(dir.resolve("r.txt"), 3)).hasValue(3);
        assertThat(archives()).isEmpty();
    }

    @Test
    void anArchiveHalfMadeByAJavaThatIsGoneIsDeletedByTheNextFirstRun() throws Exception {
        Files.createDirectories(cache);
        // Named by a process number no process has (above Linux's largest).
        Path abandoned = Files.writeString(cache.resolve("window-9999999999.tmp"), "half");
        assertThat(run(dir.resolve("r.txt"), 0)).hasValue(0);
        assertThat(abandoned).doesNotExist();
        assertThat(archives()).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".jsa"));
    }

    @Test
    void aNewJarGetsItsOwnArchiveAndTheOldOneGoes() throws Exception {
        run(dir.resolve("a.txt"), 0);
        List<Path> old = archives();
        writeJar(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        run(dir.resolve("b.txt"), 0);
        assertThat(Files.readAllLines(dir.resolve("b.txt"))).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        List<Path> now = archives();
        assertThat(now).hasSize(1).doesNotContainAnyElementsOf(old);
    }

    @Test
    void everyJarOfTheInstalledProgramGoesToTheSecondJavaAndAnyOfThemChangedMakesANewArchive() throws Exception {
        Path library = Files.writeString(dir.resolve("library.jar"), "not read by the child");
        List<Path> jars = List.of(jar, library);
        Path report = dir.resolve("i.txt");
        Relaunch.run(java, jars, List.of(), cache, Relaunch.WINDOW, Child.class.getName(), List.of(report.toString(), "0"));
        assertThat(Files.readAllLines(report)).contains("cp=" + jar + File.pathSeparator + library);
        List<Path> first = archives();
        assertThat(first).hasSize(1);
        Files.setLastModifiedTime(library, FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() + 60_000));
        Relaunch.run(java, jars, List.of(), cache, Relaunch.WINDOW, Child.class.getName(), List.of(report.toString(), "0"));
        assertThat(Files.readAllLines(report)).anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(archives()).hasSize(1).doesNotContainAnyElementsOf(first);
    }

    /** Started by the installed program's launcher, which names itself: its jars; otherwise only one jar. */
    @Test
    void theInstalledProgramOnLinuxRunsFromAllItsJarsAndABuildFromNone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        Path library = Files.writeString(dir.resolve("library.jar"), "");
        String classPath = System.getProperty("java.class.path");
        String installed = System.getProperty(Relaunch.INSTALLED);
        try {
            System.setProperty("java.class.path", jar + File.pathSeparator + library);
            System.setProperty(Relaunch.INSTALLED, dir.resolve("bin").resolve("Poruka").toString());
            assertThat(Relaunch.ownClassPath()).containsExactly(jar, library);
            System.setProperty("java.class.path", jar + File.pathSeparator + dir.resolve("classes"));
            assertThat(Relaunch.ownClassPath()).as("a folder of classes").isNull();
            System.clearProperty(Relaunch.INSTALLED);
            System.setProperty("java.class.path", jar + File.pathSeparator + library);
            assertThat(Relaunch.ownClassPath()).as("not installed: more than one jar").isNull();
            System.setProperty("java.class.path", jar.toString());
            assertThat(Relaunch.ownClassPath()).containsExactly(jar);
        } finally {
            System.setProperty("java.class.path", classPath);
            if (installed == null) {
                System.clearProperty(Relaunch.INSTALLED);
            } else {
                System.setProperty(Relaunch.INSTALLED, installed);
            }
        }
    }

    /** A Java without the archive of its own classes cannot make one of the program's: no second Java then. */
    @Test
    void onlyAJavaWithTheArchiveOfItsOwnClassesCanMakeTheWindowsArchive() throws Exception {
        Path home = dir.resolve("jdk");
        Files.createDirectories(home.resolve("lib").resolve("server"));
        assertThat(Relaunch.hasBaseArchive(home)).isFalse();
        Files.writeString(home.resolve("lib").resolve("server").resolve("classes.jsa"), "");
        assertThat(Relaunch.hasBaseArchive(home)).isTrue();
        Path windows = dir.resolve("jdk-windows");
        Files.createDirectories(windows.resolve("bin").resolve("server"));
        Files.writeString(windows.resolve("bin").resolve("server").resolve("classes.jsa"), "");
        assertThat(Relaunch.hasBaseArchive(windows)).isTrue();
    }

    @Test
    void aCacheThatCannotBeMadeLeavesTheWindowToThisJava() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        assertThat(Relaunch.run(java, List.of(jar), List.of(), file.resolve("cache"), Relaunch.WINDOW, Child.class.getName(),
                List.of(dir.resolve("x.txt").toString(), "0"))).isEmpty();
        assertThat(dir.resolve("x.txt")).doesNotExist();
    }

    @Test
    void theOptionsOfACommandLineEndWhereTheProgramStarts() {
        assertThat(Relaunch.javaOptions(List.of("-Xmx512m", "-Dporuka.probe=/tmp/p", "-cp", "poruka.jar",
                "coop.poruka.Launcher", "window", "--db", "x"))).containsExactly("-Xmx512m", "-Dporuka.probe=/tmp/p");
        assertThat(Relaunch.javaOptions(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Duser.home=/h",
                "-jar", "poruka.jar", "window", "-Dnot.an.option")))
                .containsExactly("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Duser.home=/h");
    }

    @Test
    void aLongCommandRunsInASecondJavaWithTheParallelCollector() throws Exception {
        Path report = dir.resolve("long.txt");
        assertThat(Relaunch.runLong(java, List.of(jar), List.of("-Xmx200m", "-Dporuka.test=да"),
                List.of("-XX:Tier4InvocationThreshold=50000"), Child.class.getName(),
                List.of(report.toString(), "4"))).hasValue(4);
        // This Java's options, the collector, the switch that keeps the second Java from starting a third.
        assertThat(Files.readAllLines(report)).contains("-Xmx200m", "-Dporuka.test=да", "-XX:+UseParallelGC",
                "-XX:Tier4InvocationThreshold=50000", "-Dporuka.relaunch=off", "args=" + report + " 4");
        assertThat(cache).doesNotExist();
    }

    @Test
    void aSyncImportGetsAnArchiveOfItsOwnBesideTheWindowsAndCompilesWithC1Only() throws Exception {
        run(dir.resolve("window.txt"), 0);
        Path first = dir.resolve("import-1.txt");
        assertThat(Relaunch.run(java, List.of(jar), List.of("-Xmx200m"), cache, Relaunch.SYNC_IMPORT,
                Child.class.getName(), List.of(first.toString(), "0"))).hasValue(0);
        assertThat(Files.readAllLines(first)).contains("-Xmx200m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-Dporuka.relaunch=off").noneMatch(o -> o.contains("Tier4") || o.startsWith("-Dporuka.started"))
                .anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
        List<Path> both = archives();
        assertThat(both).extracting(p -> p.getFileName().toString().replaceAll("-[0-9a-f]+\\.jsa$", ""))
                .containsExactlyInAnyOrder("sync-import", "window");

        Path second = dir.resolve("import-2.txt");
        assertThat(Relaunch.run(java, List.of(jar), List.of(), cache, Relaunch.SYNC_IMPORT, Child.class.getName(),
                List.of(second.toString(), "5"))).hasValue(5);
        Path imports = both.stream().filter(p -> p.getFileName().toString().startsWith("sync-import-")).findFirst()
                .orElseThrow();
        assertThat(Files.readAllLines(second)).contains("-XX:SharedArchiveFile=" + imports);
        // A new jar makes a new archive for imports and leaves the window's to the window's next start.
        writeJar(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Relaunch.run(java, List.of(jar), List.of(), cache, Relaunch.SYNC_IMPORT, Child.class.getName(),
                List.of(dir.resolve("import-3.txt").toString(), "0"));
        assertThat(archives()).hasSize(2).doesNotContain(imports)
                .anyMatch(p -> p.getFileName().toString().startsWith("window-"));
    }

    @Test
    void aCollectorOrCompilerSettingsChosenByTheUserAreLeftAlone() {
        Path report = dir.resolve("own.txt");
        for (String own : List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")) {
            assertThat(Relaunch.runLong(java, List.of(jar), List.of(own), List.of(), Child.class.getName(),
                    List.of(report.toString(), "0"))).as(own).isEmpty();
        }
        assertThat(report).doesNotExist();
    }

    @Test
    void onlyCommandsThatWorkThroughAWholeFileOrLedgerAreLong() {
        for (String line : List.of("import --exchanges x.csv", "join --from f", "bench", "sync import f",
                "sync export --out f", "sync bench")) {
            assertThat(Relaunch.isLong(List.of(line.split(" ")))).as(line).isTrue();
        }
        for (String line : List.of("window", "balances", "exchange --leg A:B:1", "sync status", "sync", "help import",
                "verify")) {
            assertThat(Relaunch.isLong(List.of(line.split(" ")))).as(line).isFalse();
        }
        assertThat(Relaunch.isLong(List.of())).isFalse();
        assertThat(Relaunch.compilerFor(List.of("join", "--from", "f"))).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(Relaunch.compilerFor(List.of("sync", "export", "--all", "--out", "f")))
                .containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(Relaunch.compilerFor(List.of("sync", "bench"))).contains("-XX:Tier4InvocationThreshold=50000");
        assertThat(Relaunch.compilerFor(List.of("import", "--exchanges", "x.csv")))
                .contains("-XX:Tier4InvocationThreshold=50000");
        for (String line : List.of("sync import f", "sync import --dry-run f")) {
            assertThat(Relaunch.isSyncImport(List.of(line.split(" ")))).as(line).isTrue();
        }
        for (String line : List.of("join --from f", "sync export --out f", "import --exchanges x.csv", "sync bench", "sync",
                "")) {
            assertThat(Relaunch.isSyncImport(List.of(line.split(" ")))).as(line).isFalse();
        }
    }
}
