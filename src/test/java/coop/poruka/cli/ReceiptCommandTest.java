package coop.poruka.cli;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.domain.ledger.PostedExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "poruka receipt" writes the PDF and refuses what it cannot print with one line. */
class ReceiptCommandTest {
    @TempDir
    Path dir;

    @Test
    void receiptCommandWritesAPdfAndPrintsItsPath() throws IOException {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.foundOffice();
            ledger.member("ALM-0001", "Айгерим Қасымова", 100);
            ledger.member("ALM-0002", "Ivan Petrov", 100);
            PostedExchange p = ledger.post(leg("ALM-0001", "ALM-0002", 40));
            Path out = dir.resolve("r.pdf");
            CliRun run = ledger.command("receipt", "--id", p.exchange().id().toString(), "--out", out.toString(),
                    "--lang", "ru");
            assertThat(run.err()).isEmpty();
            assertThat(run.code()).isZero();
            assertThat(run.out().strip()).isEqualTo(out.toAbsolutePath().toString());
            byte[] head = new byte[5];
            System.arraycopy(Files.readAllBytes(out), 0, head, 0, 5);
            assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(TestLedger.cli("verify-pdf", out.toString()).out()).contains("valid", "CN=Almaty");
        }
    }

    @Test
    void receiptOfAnOfficeWithoutKeystoreIsRefusedWithWhatToDo() {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.member("ALM-0001", "A", 100);
            ledger.member("ALM-0002", "B", 100);
            PostedExchange p = ledger.post(leg("ALM-0001", "ALM-0002", 40));
            Path out = dir.resolve("r.pdf");
            CliRun run = ledger.command("receipt", "--id", p.exchange().id().toString(), "--out", out.toString());
            assertThat(run.code()).isNotZero();
            assertThat(run.err()).startsWith("There is no keystore ").contains("poruka office ca-init").hasLineCount(1);
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void unknownIdBadIdAndBadLanguageGiveOneLineOnStderrAndNoFile() {
        try (TestLedger ledger = TestLedger.create(dir)) {
            Path out = dir.resolve("r.pdf");
            CliRun[] bad = {
                ledger.command("receipt", "--id", "3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b", "--out", out.toString()),
                ledger.command("receipt", "--id", "nope", "--out", out.toString()),
                ledger.command("receipt", "--id", "3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b", "--out", out.toString(),
                        "--lang", "de"),
            };
            for (CliRun run : bad) {
                assertThat(run.code()).isNotZero();
                assertThat(run.out()).isEmpty();
                assertThat(run.err().lines()).hasSize(1);
            }
            assertThat(bad[0].err()).isEqualTo("There is no exchange with id 3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b; check the id.\n");
            assertThat(out).doesNotExist();
        }
    }
}
