package coop.poruka.store;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 settings every ledger is opened with, as H2 itself reports them while the ledger is open. */
class LedgerConnectionSettingsTest {
    @TempDir
    Path dir;

    private static Map<String, String> settings(Path ledger) throws SQLException {
        String name = ledger.toString().replace(LedgerFile.SUFFIX, "");
        Map<String, String> out = new HashMap<>();
        // A second connection in the same program joins the database the ledger opened.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + name + ";IFEXISTS=TRUE", "poruka", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    @Test
    void everyCommitReachesTheFileAndPostingDoesNotParseItsStatementsAgain() throws SQLException {
        try (TestLedger ledger = TestLedger.create(dir)) {
            Map<String, String> settings = settings(ledger.path);
            assertThat(settings).containsEntry("WRITE_DELAY", "0");
            assertThat(settings).containsEntry("QUERY_CACHE_SIZE", Integer.toString(LedgerFile.QUERY_CACHE_SIZE));
            assertThat(LedgerFile.QUERY_CACHE_SIZE).isGreaterThanOrEqualTo(32);
            assertThat(settings).containsEntry("info.CACHE_MAX_SIZE", Integer.toString(LedgerFile.DEFAULT_CACHE_KB / 1024));
        }
    }

    @Test
    void aLedgerMadeWholeIsFilledWithALargerPageCacheAndKeepsH2sOwn() throws SQLException {
        Path ledger = dir.resolve("joined.mv.db");
        String whileFilled = H2LedgerStore.createWhole(new LedgerFile(ledger), store -> {
            try {
                return settings(Path.of(store.location())).get("info.CACHE_MAX_SIZE"); // in MB
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(whileFilled).isEqualTo(Integer.toString(LedgerFile.fillingCacheKb(Runtime.getRuntime().maxMemory()) / 1024));
        try (H2LedgerStore store = H2LedgerStore.open(new LedgerFile(ledger), false)) {
            assertThat(settings(ledger)).containsEntry("info.CACHE_MAX_SIZE", Integer.toString(LedgerFile.DEFAULT_CACHE_KB / 1024));
        }
    }

    @Test
    void theFillingCacheIsAnEighthOfTheHeapWithinH2sDefaultAnd256Mb() {
        long mb = 1024 * 1024;
        assertThat(LedgerFile.fillingCacheKb(64 * mb)).isEqualTo(16 * 1024);
        assertThat(LedgerFile.fillingCacheKb(1024 * mb)).isEqualTo(128 * 1024);
        assertThat(LedgerFile.fillingCacheKb(6 * 1024 * mb)).isEqualTo(256 * 1024);
    }
}
