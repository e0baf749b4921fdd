package coop.poruka.sync;

import static coop.poruka.sync.Offices.export;
import static coop.poruka.sync.Offices.importFile;
import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.app.ImportSync;
import coop.poruka.report.Poppler;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.MoveDeposit;
import coop.poruka.app.SetRules;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.Journal;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real offices, each with its own keystore and ledger, swapping real sync files. */
class SyncExchangeTest {
    @TempDir
    Path dir;

    @Test
    void twoOfficesSwappingFilesEndWithTheSameBooksAndVerifyPassesAtBoth() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana")) {
            assertThat(Offices.dump(ast)).isEqualTo(Offices.dump(alm)
                    .replace("\n{", "\n" + "AST:1:" + astFirst(ast) + "\n{"));
            ast.member("AST-0001", "Marat Nurlanov", 80);
            ast.post(TestLedger.leg("AST-0001", "ALM-0001", 7));
            ast.post(TestLedger.leg("ALM-0002", "AST-0001", 3));
            alm.post(TestLedger.leg("ALM-0003", "ALM-0002", 5));

            ImportSync.Preview toAlm = importFile(alm, export(ast, "ALM", "ast-1"));
            assertThat(toAlm.offices()).containsOnlyKeys("AST");
            assertThat(toAlm.offices().get("AST")).isEqualTo(new ImportSync.OfficeCounts(4, 0, 0));
            importFile(ast, export(alm, "AST", "alm-1"));

            assertThat(Offices.dump(ast)).isEqualTo(Offices.dump(alm));
            assertThat(alm.balances()).containsEntry("AST-0001", 400L).containsEntry("ALM-0001", 500L);
            ok(alm.command("verify"));
            ok(ast.command("verify"));
        }
    }

    @Test
    void rulesGuaranteesAndDepositsTravelAndVerifyPasses() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana")) {
            LocalDate day = LocalDate.of(2026, 11, 2);
            new SetRules(ast.store, TestLedger.CLOCK).run(new SetRules.Change(1, 14, LimitRule.FIXED, 100_00L, "KZT", null),
                    "general meeting", "decided at the November meeting", day);
            new GiveGuarantee(ast.store, TestLedger.CLOCK).run("ALM-0001", "ALM-0002", 40_00, day);
            new MoveDeposit(ast.store, TestLedger.CLOCK).run(new MoveDeposit.Request("ALM-0002", DepositAction.PLACE,
                    25_000_00, "KZT", "Halyk Bank, KZ12 601A 8610 0000 0001", null, day));
            importFile(alm, export(ast, "ALM", "ast-1"));

            assertThat(guarantorEntries(alm)).hasSize(3).isEqualTo(guarantorEntries(ast));
            ok(alm.command("verify"));
        }
    }

    private static List<String> guarantorEntries(TestLedger office) {
        return office.store.read(r -> r.guarantorEntries().stream().map(Journal::encode).toList());
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        Offices offices = new Offices(dir);
        try (TestLedger ast = offices.join("AST", "Astana")) {
            ast.post(TestLedger.leg("ALM-0003", "ALM-0001", 9));
            Path file = export(ast, "ALM", "ast-1");
            CliRun first = ok(offices.founder.command("sync", "import", file.toString()));
            assertThat(first.out()).contains("Added 2 entries from the file of office AST", "AST: 2 new, 0 already held");
            String once = Offices.dump(offices.founder);
            CliRun again = ok(offices.founder.command("sync", "import", file.toString()));
            assertThat(again.out()).contains("Added 0 entries", "AST: 0 new, 2 already held");
            assertThat(Offices.dump(offices.founder)).isEqualTo(once);
            ok(offices.founder.command("verify"));
        }
    }

    @Test
    void acknowledgementsLeaveOutOfTheNextFileWhatTheOtherOfficeHolds() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana")) {
            // AST's file tells ALM that AST holds all of ALM's entries: ALM's next file carries only new ones.
            importFile(alm, export(ast, "ALM", "ast-1"));
            CliRun nothing = ok(alm.command("sync", "export", "--for", "AST", "--out",
                    dir.resolve("alm-1.poruka-sync").toString()));
            assertThat(nothing.out()).startsWith("Wrote 0 entries");
            alm.post(TestLedger.leg("ALM-0002", "ALM-0003", 1));
            CliRun one = ok(alm.command("sync", "export", "--for", "AST", "--out",
                    dir.resolve("alm-2.poruka-sync").toString()));
            assertThat(one.out()).startsWith("Wrote 1 entry to");
            importFile(ast, dir.resolve("alm-2.poruka-sync"));
            assertThat(Offices.dump(ast)).isEqualTo(Offices.dump(alm));
        }
    }

    @Test
    void threeOfficesRelayingFilesInDifferentOrdersConverge() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana"); TestLedger shy = offices.join("SHY", "Shymkent")) {
            ast.post(TestLedger.leg("ALM-0001", "ALM-0003", 4));
            shy.member("SHY-0001", "Dana Seitova", 30);
            shy.post(TestLedger.leg("SHY-0001", "ALM-0002", 6));
            alm.post(TestLedger.leg("ALM-0002", "ALM-0001", 2));

            // SHY's work reaches ALM only through AST; AST's file arrives at SHY before ALM's.
            importFile(ast, export(shy, "AST", "shy-1"));
            importFile(shy, export(ast, "SHY", "ast-1"));
            importFile(alm, export(ast, "ALM", "ast-2"));
            importFile(shy, export(alm, "SHY", "alm-1"));
            importFile(ast, export(alm, "AST", "alm-2"));
            importFile(alm, export(shy, "ALM", "shy-2"));

            assertThat(Offices.dump(ast)).isEqualTo(Offices.dump(alm));
            assertThat(Offices.dump(shy)).isEqualTo(Offices.dump(alm));
            for (TestLedger office : new TestLedger[] {alm, ast, shy}) {
                ok(office.command("verify"));
            }
        }
    }

    @Test
    void opensslVerifiesASyncFileWithTheCoopCa() throws IOException {
        Offices offices = new Offices(dir);
        Path file = dir.resolve("all.poruka-sync");
        ok(offices.founder.command("sync", "export", "--all", "--out", file.toString()));
        Path ca = dir.resolve("ca.pem");
        ok(offices.founder.command("office", "export-ca", "--out", ca.toString()));
        Path content = dir.resolve("sync.jsonl");
        Path signature = dir.resolve("sync.p7s");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry z; (z = zip.getNextEntry()) != null;) {
                Files.write(dir.resolve(z.getName()), zip.readAllBytes());
            }
        }
        String out = Poppler.run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", content.toString(), "-CAfile", ca.toString(), "-purpose", "any", "-out",
                dir.resolve("checked.jsonl").toString());
        assertThat(out).contains("Verification successful");
        assertThat(Files.readString(content)).startsWith("{\"format\":2,\"coop\":\"").contains("\"from\":\"ALM\"");
    }

    private static String astFirst(TestLedger ast) {
        return ast.store.read(r -> r.entryAt("AST", 1).orElseThrow().hash().hex());
    }
}
