package coop.poruka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.report.Poppler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger remembers the keystore its office named at `office ca-init` or `join` (decision
 * 0040): later commands find it without `--keystore`; a keystore moved away is looked for beside
 * the ledger again.
 */
class RememberedKeystoreTest {
    @TempDir
    Path dir;

    private static CliRun ok(CliRun run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        return run;
    }

    @Test
    void aKeystoreNamedAtCaInitIsFoundLaterAndOneMovedAwayIsLookedForBesideTheLedger() throws IOException {
        Path keys = Files.createDirectories(dir.resolve("keys"));
        Path keystore = keys.resolve("almaty.p12");
        try (TestLedger alm = TestLedger.create(dir.resolve("alm"))) {
            alm.member("ALM-0001", "Айгерим Қасымова", 100);
            alm.member("ALM-0002", "Olga Öberg", 50);
            PostedExchange x = alm.post(TestLedger.leg("ALM-0001", "ALM-0002", 12));
            ok(alm.command("office", "ca-init", "--keystore", keystore.toString()));
            Path beside = OfficeCertificates.besideLedger(alm.path);
            assertThat(beside).doesNotExist();

            Path receipt = dir.resolve("receipt.pdf");
            ok(alm.command("receipt", "--id", x.exchange().id().toString(), "--out", receipt.toString()));
            assertThat(Poppler.run(false, "pdfsig", receipt.toString())).contains("Signature is Valid.");
            ok(alm.command("office", "export-ca", "--out", dir.resolve("ca.pem").toString()));

            // Moved beside the ledger: found there. Moved anywhere else: the refusal names where it was looked for.
            Files.move(keystore, beside);
            ok(alm.command("office", "export-ca", "--out", dir.resolve("ca-2.pem").toString()));
            Files.move(beside, dir.resolve("elsewhere.p12"));
            CliRun lost = alm.command("office", "export-ca", "--out", dir.resolve("ca-3.pem").toString());
            assertThat(lost.code()).isNotZero();
            assertThat(lost.err()).contains(beside.toString()).doesNotContain("\n" + "\tat ");
        }
    }

    @Test
    void aJoiningOfficeKeepsUsingTheKeystoreItJoinedWith() throws IOException {
        try (TestLedger alm = TestLedger.create(dir.resolve("alm"))) {
            ok(alm.command("office", "ca-init"));
            alm.member("ALM-0001", "Айгерим Қасымова", 100);
            Path home = Files.createDirectories(dir.resolve("astana"));
            Path keystore = home.resolve("astana-office.p12");
            Path csr = home.resolve("ast.csr");
            Path crt = home.resolve("ast.crt");
            Path full = home.resolve("full.poruka-sync");
            ok(TestLedger.cli("office", "request", "--keystore", keystore.toString(), "--office", "AST",
                    "--office-name", "Astana", "--out", csr.toString()));
            ok(alm.command("office", "issue", "--request", csr.toString(), "--out", crt.toString()));
            ok(alm.command("sync", "export", "--all", "--out", full.toString()));
            Path ledger = home.resolve("books.mv.db");
            ok(TestLedger.cli("join", "--db", ledger.toString(), "--keystore", keystore.toString(), "--cert",
                    crt.toString(), "--from", full.toString()));

            // No --keystore: the joined ledger signs its sync file with the keystore it joined with.
            Path back = home.resolve("back.poruka-sync");
            ok(TestLedger.cli("sync", "export", "--db", ledger.toString(), "--for", "ALM", "--out", back.toString()));
            assertThat(OfficeCertificates.besideLedger(ledger)).doesNotExist();
            ok(alm.command("sync", "import", back.toString()));
        }
    }
}
