package coop.poruka.store;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.app.Progress;
import coop.poruka.app.VerifyLedger;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.JournalEntry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chain places kept by runs (V10, decision 0047). src/test/resources/ledgers/v9-received.mv.db was
 * made by the program before runs: the demo co-op ({@code poruka demo --members 6 --months 2
 * --exchanges 20 --seed 7 --second-office AST}) took in office AST's file, posted two exchanges,
 * sent them to AST, took in three more of AST's, and posted one more. So its 71 rows hold four
 * stretches of entries stored away from their chain places, of both offices.
 */
class OriginRunsTest {
    @TempDir
    Path dir;

    @Test
    void aLedgerMadeBeforeRunsKeepsEveryEntryAtItsChainPlace() throws Exception {
        Path file = dir.resolve("ledger.mv.db");
        try (InputStream in = OriginRunsTest.class.getResourceAsStream("/ledgers/v9-received.mv.db")) {
            Files.copy(in, file);
        }
        LedgerFile ledger = new LedgerFile(file);
        // As the program before runs read them: each row's office, chain place and hash.
        List<String> before = rows(ledger, "SELECT j.office_code || ':' || COALESCE(o.office_seq, j.seq) || ':' "
                + "|| LOWER(RAWTOHEX(j.hash)) FROM journal j LEFT JOIN journal_origin o ON o.journal_seq = j.seq ORDER BY j.seq");
        assertThat(before).hasSize(71);

        try (H2LedgerStore store = H2LedgerStore.open(ledger, false)) {
            assertThat(store.notices()).singleElement().satisfies(n -> assertThat(n.key()).isEqualTo("ledger.upgraded"));
            List<String> after = new ArrayList<>();
            store.read(r -> {
                r.scanJournal(e -> after.add(line(e.entry())));
                return null;
            });
            assertThat(after).isEqualTo(before);
            Map<String, Long> held = store.read(r -> r.heldByOffice());
            assertThat(held).isEqualTo(Map.of("ALM", 44L, "AST", 27L));
            // Entries looked up by chain place: inside a run, at a run's ends, and one never moved.
            for (String place : List.of("AST:1", "AST:24", "AST:25", "AST:27", "ALM:42", "ALM:43", "ALM:44", "ALM:41")) {
                String[] p = place.split(":");
                JournalEntry e = store.read(r -> r.entryAt(p[0], Long.parseLong(p[1]))).orElseThrow();
                assertThat(before).contains(line(e));
                assertThat(line(e)).startsWith(place + ":");
            }
            // Read by ranges, across the runs' ends and the places never moved, as one by one.
            for (String office : List.of("ALM", "AST")) {
                for (long[] range : new long[][] {{1, held.get(office)}, {2, 26}, {24, 27}, {40, 43}}) {
                    Map<Long, Hash> hashes = store.read(r -> r.hashesAt(office, range[0], range[1]));
                    Map<Long, Hash> oneByOne = new HashMap<>();
                    for (long seq = range[0]; seq <= Math.min(range[1], held.get(office)); seq++) {
                        long place = seq;
                        store.read(r -> r.entryAt(office, place)).ifPresent(e -> oneByOne.put(place, e.hash()));
                    }
                    assertThat(hashes).as(office + " " + range[0] + "-" + range[1]).isEqualTo(oneByOne)
                            .hasSize((int) Math.max(0, Math.min(range[1], held.get(office)) - range[0] + 1));
                }
            }
            Optional<JournalEntry> notHeld = store.read(r -> r.entryAt("AST", 28));
            assertThat(notHeld).isEmpty();
            VerifyLedger.Report report = new VerifyLedger(store).run(Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.entries()).isEqualTo(71);
        }
        // Four runs in place of 30 rows, one for each stretch.
        assertThat(rows(ledger, "SELECT journal_seq || '+' || entries || ' ' || office_code || ':' || office_seq "
                + "FROM journal_origin_run ORDER BY journal_seq"))
                .containsExactly("42+24 AST:1", "66+2 ALM:42", "68+3 AST:25", "71+1 ALM:44");
        assertThat(rows(ledger, "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'JOURNAL_ORIGIN%'"))
                .containsExactly("JOURNAL_ORIGIN_RUN");
    }

    @Test
    void entriesStoredOneAfterAnotherInTheirChainFoldIntoOneRun() {
        List<long[]> stored = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        for (long i = 0; i < 1000; i++) {
            stored.add(new long[] {101 + i, 7 + i});
            offices.add("AST");
        }
        // Then another office's, then AST's chain again but not right after its last place.
        stored.add(new long[] {1101, 3});
        offices.add("KAR");
        stored.add(new long[] {1102, 4});
        offices.add("KAR");
        stored.add(new long[] {1103, 1008});
        offices.add("AST");
        stored.add(new long[] {1105, 1009});
        offices.add("AST");

        assertThat(OriginRuns.fold(stored, offices)).containsExactly(
                new OriginRuns.Run(101, 1000, "AST", 7),
                new OriginRuns.Run(1101, 2, "KAR", 3),
                new OriginRuns.Run(1103, 1, "AST", 1008),
                new OriginRuns.Run(1105, 1, "AST", 1009));
    }

    /** The one text column of each row a query gives, read with plain JDBC. */
    private static List<String> rows(LedgerFile ledger, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(ledger.jdbcUrl(false), "poruka", "");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

    private static String line(JournalEntry e) {
        return e.office() + ":" + e.seq() + ":" + e.hash().hex();
    }
}
