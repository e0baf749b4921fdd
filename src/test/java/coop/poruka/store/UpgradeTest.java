package coop.poruka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.app.Progress;
import coop.poruka.app.Queries;
import coop.poruka.app.VerifyLedger;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Notice;
import coop.poruka.domain.member.Member;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger written by the first schema (V1) opens with the current program: src/test/resources/ledgers/v1-demo.mv.db
 * was made with {@code poruka demo --members 6 --months 2 --exchanges 20 --seed 7}, three more exchanges (one a chain
 * of three) and a reversal, and the balances and chain head below were printed by that program.
 */
class UpgradeTest {
    private static final Map<String, Long> BALANCES = Map.of("ALM-0001", -1350L, "ALM-0002", 4700L,
            "ALM-0003", 4100L, "ALM-0004", -4700L, "ALM-0005", 1150L, "ALM-0006", -3900L);
    private static final String HEAD = "89e297ad2c62b4dc07791955da777e1acd720b1bd6b1e2cbf58ab958915f93c1";
    private static final long ENTRIES = 31;

    private static final Migrations WITH_PROBE = new Migrations(
            List.of("classpath:db/migration", "classpath:db/test-upgrade"), plus(Migrations.VERSIONS, "900"));
    private static final Migrations WITH_BROKEN = new Migrations(
            List.of("classpath:db/migration", "classpath:db/test-broken"), plus(Migrations.VERSIONS, "901"));

    @TempDir
    Path dir;

    @Test
    void firstSchemaLedgerOpensWithEveryBalanceAndTheChainIntact() throws Exception {
        LedgerFile file = v1Copy();
        try (H2LedgerStore store = H2LedgerStore.open(file, false)) {
            assertBooksAsMade(store);
            if (Migrations.VERSIONS.size() > 1) {
                // A real migration ran: it was announced and the V1 ledger was kept beside it.
                assertThat(store.notices()).singleElement().extracting(Notice::key).isEqualTo("ledger.upgraded");
                assertThat(backups()).hasSize(1);
            } else {
                assertThat(store.notices()).isEmpty();
            }
        }
        try (H2LedgerStore again = H2LedgerStore.open(file, false)) {
            assertThat(again.notices()).as("an upgraded ledger is upgraded once").isEmpty();
            assertBooksAsMade(again);
        }
    }

    @Test
    void commandLineSaysInOneLineOnStderrWhenItUpgradedTheLedger() throws Exception {
        LedgerFile file = v1Copy();
        TestLedger.CliRun run = TestLedger.cli("balances", "--db", file.path().toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("ALM-0002", "47.00");
        if (Migrations.VERSIONS.size() > 1) {
            assertThat(run.err()).hasLineCount(1).contains("was brought up to date", backups().get(0).toString());
        } else {
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void upgradeCopiesTheLedgerBesideItFirstAndSaysWhere() throws Exception {
        LedgerFile file = v1Copy();
        String before = sha256(file.path());
        try (H2LedgerStore store = H2LedgerStore.open(file, false, WITH_PROBE)) {
            assertBooksAsMade(store);
            assertThat(store.notices()).singleElement().satisfies(n -> {
                assertThat(n.key()).isEqualTo("ledger.upgraded");
                assertThat(n.toString()).contains(file.path().toString(), "to 900", backups().get(0).toString())
                        .doesNotContain("\n");
            });
        }
        Path backup = backups().get(0);
        assertThat(backup.getFileName().toString()).isEqualTo("ledger.v" + latest() + "-backup.mv.db");
        assertThat(sha256(backup)).as("the copy is the ledger as it was").isEqualTo(before);
        // Opened from a copy elsewhere: opening the copy itself would upgrade it in turn.
        Path look = Files.createDirectories(dir.resolve("look")).resolve("copy.mv.db");
        Files.copy(backup, look);
        try (H2LedgerStore old = H2LedgerStore.open(new LedgerFile(look), false)) {
            assertBooksAsMade(old);
        }
        try (H2LedgerStore again = H2LedgerStore.open(file, false, WITH_PROBE)) {
            assertThat(again.notices()).isEmpty();
        }
        assertThat(backups()).as("no second copy once up to date").hasSize(1);
    }

    @Test
    void failedUpgradePutsTheLedgerBackAndSaysSoInOneSentence() throws Exception {
        LedgerFile file = v1Copy();
        assertThatThrownBy(() -> H2LedgerStore.open(file, false, WITH_BROKEN))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.key()).isEqualTo("ledger.upgradeFailed");
                    assertThat(e.getMessage()).doesNotContain("\n").contains(file.path().toString(), "put back")
                            .endsWith(".");
                });
        // The half-done table and the failed history row went with the put-back: the current program
        // finds the ledger exactly at its own schema and the books as they were.
        try (Connection c = DriverManager.getConnection(file.jdbcUrl(false), "poruka", "")) {
            assertThat(c.getMetaData().getTables(null, null, "HALF_DONE", null).next()).isFalse();
        }
        try (H2LedgerStore store = H2LedgerStore.open(file, false)) {
            assertBooksAsMade(store);
        }
    }

    @Test
    void ledgerFromANewerProgramIsRefusedInOneSentenceAndNotTouched() throws Exception {
        LedgerFile file = v1Copy();
        try (Connection c = DriverManager.getConnection(file.jdbcUrl(false), "poruka", "");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'poruka', 1, TRUE)");
        }
        String before = sha256(file.path());
        var modified = Files.getLastModifiedTime(file.path());
        assertThatThrownBy(() -> H2LedgerStore.open(file, false))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.key()).isEqualTo("ledger.tooNew");
                    assertThat(e.getMessage()).doesNotContain("\n").contains("newer Poruka", "999");
                });
        assertThat(sha256(file.path())).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file.path()).toMillis()).isEqualTo(modified.toMillis());
        TestLedger.CliRun run = TestLedger.cli("verify", "--db", file.path().toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).hasLineCount(1).contains("newer Poruka");
        assertThat(sha256(file.path())).isEqualTo(before);
        assertThat(backups()).isEmpty();
    }

    private LedgerFile v1Copy() throws IOException {
        Path target = dir.resolve("ledger.mv.db");
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/ledgers/v1-demo.mv.db")) {
            Files.copy(in, target);
        }
        return new LedgerFile(target);
    }

    private static void assertBooksAsMade(H2LedgerStore store) {
        Map<String, Long> balances = new Queries(store).members().stream()
                .collect(Collectors.toMap(Member::code, Member::balance));
        assertThat(balances).isEqualTo(BALANCES);
        VerifyLedger.Report report = new VerifyLedger(store).run(Progress.NONE);
        assertThat(report.problems()).isEmpty();
        assertThat(report.entries()).isEqualTo(ENTRIES);
        assertThat(report.head().hex()).isEqualTo(HEAD);
    }

    private List<Path> backups() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".*-backup.*\\.mv\\.db")).toList();
        }
    }

    /** The newest schema of the ledger in resources: the first one. */
    private static String latest() {
        return "1";
    }

    private static List<String> plus(List<String> versions, String more) {
        return Stream.concat(versions.stream(), Stream.of(more)).toList();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
