package coop.poruka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files in samples/ go through the real import commands and say what samples/README.md says they do. */
class SamplesTest {
    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path dir;

    @Test
    void sampleFilesImportAndTheWrongRowsGiveTheMessagesTheReadmeShows() throws Exception {
        String db = dir.resolve("trial").toString();
        assertThat(TestLedger.cli("init", "--db", db, "--coop", "Ak Bulak", "--office", "ALM", "--office-name", "Almaty")
                .code()).isZero();
        assertThat(TestLedger.cli("import", "--db", db, "--members", "samples/members.csv").out())
                .isEqualTo("Imported 4 members.\n");
        assertThat(TestLedger.cli("import", "--db", db, "--exchanges", "samples/exchanges.csv").out())
                .isEqualTo("Imported 3 exchanges.\n");
        String before = TestLedger.cli("balances", "--db", db).out();

        for (String file : List.of("members-with-mistakes.csv", "exchanges-with-mistakes.csv")) {
            String kind = file.startsWith("members") ? "--members" : "--exchanges";
            CliRun run = TestLedger.cli("import", "--db", db, kind, SAMPLES.resolve(file).toString());
            assertThat(run.code()).as(file).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines().toList()).as(file).isEqualTo(documentedOutput(file));
        }
        assertThat(TestLedger.cli("balances", "--db", db).out()).as("nothing imported").isEqualTo(before);
    }

    /** The text block that follows the README's mention of the import of {@code file}. */
    private static List<String> documentedOutput(String file) throws Exception {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("README.md"));
        int at = 0;
        while (!(lines.get(at).contains("poruka import") && lines.get(at).contains(file))) {
            at++;
        }
        while (!lines.get(at).equals("```text")) {
            at++;
        }
        int end = lines.subList(at + 1, lines.size()).indexOf("```") + at + 1;
        return lines.subList(at + 1, end);
    }

    @Test
    void sampleSyncFileIsSignedByOfficeAstOfTheDemoCoopAndOpensslAgrees() throws Exception {
        Path file = SAMPLES.resolve("demo-ast.poruka-sync");
        Path ca = SAMPLES.resolve("demo-coop-ca.pem");
        java.security.cert.X509Certificate coopCa = coop.poruka.Wiring.identity().readCertificates(ca).get(0);
        coop.poruka.domain.ledger.SyncBundle bundle = coop.poruka.Wiring.syncFiles().read(file, coopCa);
        assertThat(bundle.from()).isEqualTo("AST");
        assertThat(bundle.to()).isEqualTo("ALM");
        assertThat(bundle.entries()).isNotEmpty().allMatch(e -> e.entry().office().equals("AST"));

        // The README's check, with the real openssl.
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (String name : List.of("sync.jsonl", "sync.p7s")) {
                Files.write(dir.resolve(name), zip.getInputStream(zip.getEntry(name)).readAllBytes());
            }
        }
        Process openssl = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                dir.resolve("sync.p7s").toString(), "-content", dir.resolve("sync.jsonl").toString(), "-CAfile",
                ca.toString(), "-purpose", "any", "-out", "/dev/null").redirectErrorStream(true).start();
        String said = new String(openssl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(openssl.waitFor()).as(said).isZero();
        assertThat(said).contains("Verification successful");
    }
}
