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
}
