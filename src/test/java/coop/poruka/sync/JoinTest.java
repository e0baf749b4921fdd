package coop.poruka.sync;

import static coop.poruka.sync.Offices.dump;
import static coop.poruka.sync.Offices.export;
import static coop.poruka.sync.Offices.importFile;
import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.TestLedger.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office joining from a full file stores the file's entries first, each at its place in its
 * own office's chain, then its own first entry, after everything it received (decision 0038).
 */
class JoinTest {
    @TempDir
    Path dir;

    @Test
    void theFoundersEntriesKeepTheirPlacesAndTheNewOfficeStartsAfterThem() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        alm.member("ALM-0004", "Нұрлан Әбенов", 20);
        alm.post(TestLedger.leg("ALM-0004", "ALM-0003", 3));
        List<JournalEntry> founders = chain(alm, "ALM");
        try (TestLedger ast = offices.join("AST", "Astana")) {
            ast.store.read(r -> {
                // Stored where their chain puts them: the first entries of this ledger are ALM's 1, 2, 3...
                for (JournalEntry e : founders) {
                    assertThat(r.journalEntry(e.seq())).contains(e);
                }
                JournalEntry mine = r.journalEntry(founders.size() + 1L).orElseThrow();
                assertThat(mine.office()).isEqualTo("AST");
                assertThat(mine.seq()).isEqualTo(1);
                assertThat(mine.kind()).isEqualTo(EntryKind.SETTINGS);
                // The founder's clock (the same fixed clock) made its last entries after this one's wall time.
                assertThat(mine.recordedAt()).isAfter(founders.get(founders.size() - 1).recordedAt());
                assertThat(r.head()).contains(mine);
                assertThat(r.settings().orElseThrow().officeCode()).isEqualTo("AST");
                return null;
            });
            // The new office's own chain goes on from its first entry, and the books agree both ways.
            ast.member("AST-0001", "Marat Nurlanov", 80);
            ast.post(TestLedger.leg("AST-0001", "ALM-0001", 7));
            assertThat(ast.store.read(r -> r.head()).orElseThrow().seq()).isEqualTo(3);
            ok(ast.command("verify"));
            importFile(alm, export(ast, "ALM", "ast-1"));
            importFile(ast, export(alm, "AST", "alm-1"));
            ok(alm.command("verify"));
            assertThat(dump(ast)).isEqualTo(dump(alm));
            Offices.assertHeldAsEveryEntrySays(alm);
            Offices.assertHeldAsEveryEntrySays(ast);
        }
    }

    @Test
    void aJoinThatIsRefusedLeavesNoLedgerBehind() throws IOException {
        Offices offices = new Offices(dir);
        Offices.Newcomer ast = offices.newcomer(offices.founder, "AST", "Astana");
        byte[] bytes = Files.readAllBytes(ast.full());
        Path cut = Files.write(dir.resolve("cut.poruka-sync"), Arrays.copyOf(bytes, bytes.length - 100));
        assertRefused(ast.join(ast.ledger(), cut), "is damaged or cut short");
        assertRefused(ast.join(ast.ledger(), dir.resolve("nowhere.poruka-sync")), "There is no file", "check the path");
        assertRefused(TestLedger.cli(TestLedger.cliContext("not the password"), "join", "--db", ast.ledger().toString(),
                "--keystore", ast.keystore().toString(), "--from", ast.full().toString()), "The keystore password is wrong");
        // A file of another co-op is refused for its signer after the ledger was begun: nothing of it stays.
        Offices other = new Offices(dir.resolve("other"));
        Path foreign = other.founder.path.resolveSibling("all.poruka-sync");
        ok(other.founder.command("sync", "export", "--all", "--out", foreign.toString()));
        assertRefused(ast.join(ast.ledger(), foreign), "was not issued by this co-op's CA");
        assertThat(leftBeside(ast.ledger())).isEmpty();
        assertThat(ast.ledger().getParent()).isDirectoryNotContaining("glob:**unfinished*");
        // The same office then joins from the good file.
        ok(ast.join(ast.ledger()));
        assertThat(leftBeside(ast.ledger())).containsExactly(ast.ledger().getFileName().toString());
        assertThat(ast.ledger().getParent()).isDirectoryNotContaining("glob:**unfinished*");
        try (TestLedger joined = TestLedger.reopen(ast.ledger())) {
            ok(joined.command("verify"));
        }
    }

    @Test
    void joiningWhereThereIsALedgerIsRefusedAndLeavesItAsItWas() throws IOException {
        Offices offices = new Offices(dir);
        Offices.Newcomer ast = offices.newcomer(offices.founder, "AST", "Astana");
        ok(ast.join(ast.ledger()));
        byte[] before = Files.readAllBytes(ast.ledger());
        byte[] keystore = Files.readAllBytes(ast.keystore());
        CliRun again = ast.join(ast.ledger());
        assertThat(again.code()).isNotZero();
        assertThat(again.err()).contains("There is already a ledger at " + ast.ledger(), "choose another path")
                .hasLineCount(1);
        assertThat(Files.readAllBytes(ast.ledger())).isEqualTo(before);
        assertThat(Files.readAllBytes(ast.keystore())).isEqualTo(keystore);
        // A path whose folders are not there yet is another matter: they are made.
        Path elsewhere = dir.resolve("new").resolve("folder").resolve("ast.mv.db");
        ok(ast.join(elsewhere));
        assertThat(elsewhere).isRegularFile();
    }

    private static void assertRefused(CliRun run, String... sentence) {
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains(sentence).hasLineCount(1);
    }

    /** The ledgers in the folder of {@code ledger}, finished or not. */
    private static List<String> leftBeside(Path ledger) throws IOException {
        try (Stream<Path> files = Files.list(ledger.getParent())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".mv.db")).sorted().toList();
        }
    }

    private static List<JournalEntry> chain(TestLedger office, String code) {
        return office.store.read(r -> {
            List<JournalEntry> out = new ArrayList<>();
            long held = r.heldByOffice().get(code);
            for (long seq = 1; seq <= held; seq++) {
                out.add(r.entryAt(code, seq).orElseThrow());
            }
            return out;
        });
    }
}
