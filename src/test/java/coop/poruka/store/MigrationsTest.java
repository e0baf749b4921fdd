package coop.poruka.store;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick check that lets an up-to-date ledger open without starting Flyway. */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void knownVersionsAreExactlyTheMigrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(files.map(f -> f.getFileName().toString())
                    .map(n -> n.substring(1, n.indexOf("__")))).containsExactlyInAnyOrderElementsOf(Migrations.VERSIONS);
        }
    }

    @Test
    void ledgerMigratedByFlywayIsUpToDateAndANewDatabaseIsNot() throws Exception {
        try (TestLedger ledger = TestLedger.create(dir.resolve("a"))) {
            ledger.member("ALM-0001", "Айгерим Қасымова", 100);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("a").resolve("ledger"), "poruka", "");
                Connection fresh = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("fresh"), "sa", "")) {
            assertThat(Migrations.upToDate(DSL.using(c, SQLDialect.H2))).isTrue();
            assertThat(Migrations.upToDate(DSL.using(fresh, SQLDialect.H2))).isFalse();
        }
    }
}
