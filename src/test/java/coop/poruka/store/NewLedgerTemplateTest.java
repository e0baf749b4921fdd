package coop.poruka.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new ledger starts as a copy of the empty ledger the build made (decision 0050): it has exactly
 * the schema and migration history that Flyway gives a new ledger, and making it starts no Flyway.
 */
class NewLedgerTemplateTest {
    @TempDir
    Path dir;

    @Test
    void aNewLedgerIsTheTemplateTheBuildMadeWithTheSchemaFlywayMakes() throws SQLException {
        assertThat(Migrations.class.getResource(Migrations.TEMPLATE)).as("the template the build makes").isNotNull();
        Instant start = Instant.now();
        LedgerFile copied = new LedgerFile(dir.resolve("copied"));
        LedgerFile migrated = new LedgerFile(dir.resolve("migrated"));
        H2LedgerStore.open(copied, true).close();
        H2LedgerStore.open(migrated, true, Migrations.BY_FLYWAY).close();

        assertThat(lines(copied, "SCRIPT NODATA NOPASSWORDS NOSETTINGS")).isNotEmpty()
                .isEqualTo(lines(migrated, "SCRIPT NODATA NOPASSWORDS NOSETTINGS"));
        String history = "SELECT \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\""
                + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";
        assertThat(lines(copied, history)).hasSize(Migrations.VERSIONS.size() + 1) // and the schema's creation
                .isEqualTo(lines(migrated, history));
        // Made before this test began, so not by Flyway now; the migrated one was.
        assertThat(installed(copied)).isBefore(start);
        assertThat(installed(migrated)).isAfterOrEqualTo(start.minusSeconds(1));
    }

    @Test
    void aLedgerThatIsThereAlreadyIsOpenedAsItIsNotReplaced() throws SQLException {
        LedgerFile file = new LedgerFile(dir.resolve("kept"));
        H2LedgerStore.open(file, true, Migrations.BY_FLYWAY).close();
        Instant made = installed(file);
        H2LedgerStore.open(file, true).close();
        assertThat(installed(file)).isEqualTo(made);
    }

    private static Instant installed(LedgerFile file) throws SQLException {
        try (Connection c = DriverManager.getConnection(file.jdbcUrl(false), "poruka", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT MAX(\"installed_on\") FROM \"flyway_schema_history\"")) {
            r.next();
            Timestamp t = r.getTimestamp(1);
            return t.toInstant();
        }
    }

    private static List<String> lines(LedgerFile file, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(file.jdbcUrl(false), "poruka", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(r.getString(i)).append('|');
                }
                out.add(line.toString());
            }
        }
        return out;
    }
}
