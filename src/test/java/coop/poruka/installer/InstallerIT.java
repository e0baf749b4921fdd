package coop.poruka.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb that {@code -Pinstaller} builds, installed and run. As root with PORUKA_INSTALLER=install
 * (CI) it is installed with apt-get, run as {@code poruka} from the PATH and removed again; otherwise it
 * is unpacked with dpkg-deb and its launcher run from there, so a developer's machine is left alone.
 */
class InstallerIT {
    private static final String LAUNCHER = "/opt/poruka/bin/Poruka";

    @TempDir
    Path dir;

    @Test
    void debianPackageInstallsRunsDemoAndVerifyAndRemovesCleanly() throws Exception {
        String out = System.getProperty("poruka.installer.out");
        assumeTrue(out != null, "run by the installer profile after the package is built");
        Path deb;
        try (Stream<Path> files = Files.list(Path.of(out))) {
            deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        // The installer issue's limit (docs/performance.md, "The installer"; decision 0049).
        assertThat(Files.size(deb)).as("size of " + deb).isLessThanOrEqualTo(60_000_000L);
        String info = run("dpkg-deb", "--info", deb.toString());
        assertThat(info).contains("Package: poruka", "Version: 0.1.0", "libgtk-3-0", "Bookkeeping for barter");
        assertThat(run("dpkg-deb", "--contents", deb.toString()))
                .contains("./opt/poruka/bin/Poruka", "./opt/poruka/lib/poruka-Poruka.desktop",
                        "./opt/poruka/lib/runtime/lib/libjava.so", "./opt/poruka/lib/app/poruka.jar",
                        // The runtime's archive of its own classes, which the window's archive builds on.
                        "./opt/poruka/lib/runtime/lib/server/classes.jsa",
                        "./opt/poruka/lib/app/samples/README.md", "./opt/poruka/lib/app/samples/members-with-mistakes.csv");

        if (installForReal()) {
            run("apt-get", "install", "-y", "-q", deb.toAbsolutePath().toString());
            try {
                assertThat(Files.readSymbolicLink(Path.of("/usr/bin/poruka"))).isEqualTo(Path.of(LAUNCHER));
                assertThat(Path.of("/usr/share/applications")).isDirectory();
                exercise("poruka");
            } finally {
                run("apt-get", "remove", "-y", "-q", "poruka");
            }
            assertThat(Path.of("/usr/bin/poruka")).doesNotExist();
            assertThat(Path.of(LAUNCHER)).doesNotExist();
        } else {
            Path root = dir.resolve("root");
            run("dpkg-deb", "-x", deb.toString(), root.toString());
            assertThat(run("dpkg-deb", "--ctrl-tarfile", deb.toString()).length()).isPositive();
            exercise(root + LAUNCHER);
        }
    }

    /** The installed program's version, a demo co-op and its verification. */
    private void exercise(String poruka) throws Exception {
        assertThat(run(poruka, "--version").strip()).isEqualTo("poruka 0.1.0");
        Path ledger = dir.resolve("demo.mv.db");
        assertThat(run(poruka, "demo", "--db", ledger.toString(), "--members", "12"))
                .contains("Created the demo co-op", "12 members");
        // A long command: the installed program runs it in a second Java of its runtime, from all its jars.
        Path csv = Files.writeString(dir.resolve("one.csv"), "id,date,supplier,receiver,amount,memo\n"
                + UUID.randomUUID() + "," + LocalDate.now() + ",ALM-0001,ALM-0002,1.00,a loaf\n");
        assertThat(run(poruka, "import", "--db", ledger.toString(), "--exchanges", csv.toString()))
                .contains("Imported 1 exchange");
        assertThat(run(poruka, "verify", "--db", ledger.toString()))
                .startsWith("OK: ").contains("balances match postings and sum to zero");

        // A sync file taken in: in a Java of its own with an archive of its classes, made in the
        // user's cache by the first import and used by the next (decision 0048).
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("PORUKA_KEYSTORE_PASSWORD", "installer-test", "XDG_CACHE_HOME", cache.toString());
        Path alm = dir.resolve("alm.mv.db");
        Path file = dir.resolve("ast.poruka-sync");
        assertThat(run(env, poruka, "demo", "--db", alm.toString(), "--members", "6", "--months", "2", "--exchanges", "20",
                "--second-office", "AST", "--second-db", dir.resolve("ast.mv.db").toString(), "--sync-out",
                file.toString())).contains("Made office AST");
        assertThat(run(env, poruka, "sync", "import", "--db", alm.toString(), file.toString()))
                .contains("entries from the file of office AST", "AST: ").doesNotContain("Added 0 ");
        try (var made = Files.list(cache.resolve("poruka"))) {
            assertThat(made.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("sync-import-") && n.endsWith(".jsa"));
        }
        assertThat(run(env, poruka, "sync", "import", "--db", alm.toString(), file.toString())).contains("Added 0 entries");
        assertThat(run(poruka, "verify", "--db", alm.toString())).startsWith("OK: ");

        // A third office joins through the installed program: its ledger starts from the template in
        // the installed jar (decision 0050), in a folder not there yet.
        Path keystore = dir.resolve("kar.p12");
        Path csr = dir.resolve("kar.csr");
        Path crt = dir.resolve("kar.crt");
        Path full = dir.resolve("all.poruka-sync");
        Path kar = dir.resolve("kar").resolve("ledger.mv.db");
        run(env, poruka, "office", "request", "--keystore", keystore.toString(), "--office", "KAR", "--office-name",
                "Karaganda", "--out", csr.toString());
        run(env, poruka, "office", "issue", "--db", alm.toString(), "--request", csr.toString(), "--out", crt.toString());
        run(env, poruka, "sync", "export", "--db", alm.toString(), "--all", "--out", full.toString());
        assertThat(run(env, poruka, "join", "--db", kar.toString(), "--keystore", keystore.toString(), "--cert",
                crt.toString(), "--from", full.toString())).contains("entries from the file of office ALM");
        assertThat(run(poruka, "verify", "--db", kar.toString())).startsWith("OK: ");
    }

    private static boolean installForReal() {
        return "install".equals(System.getenv("PORUKA_INSTALLER")) && "root".equals(System.getProperty("user.name"));
    }

    /** Runs a program, fails with its output unless it exits 0, and returns its standard output. */
    private static String run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    /** As {@link #run(String...)}, with these environment variables too. */
    private static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(false);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        byte[] err;
        byte[] out;
        try (var e = p.getErrorStream(); var o = p.getInputStream()) {
            // Read stderr on another thread so a chatty program cannot block on a full pipe.
            var errReader = new java.util.concurrent.CompletableFuture<byte[]>();
            Thread t = new Thread(() -> {
                try {
                    errReader.complete(e.readAllBytes());
                } catch (IOException x) {
                    errReader.complete(new byte[0]);
                }
            });
            t.start();
            out = o.readAllBytes();
            err = errReader.get(10, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        }
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String stdout = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + stdout + new String(err, StandardCharsets.UTF_8))
                .isZero();
        return stdout;
    }
}
