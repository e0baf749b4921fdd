package coop.poruka.store;

import coop.poruka.domain.LedgerException;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a ledger's schema up to date with the migrations in db/migration. */
final class Migrations {
    private Migrations() {}

    static void migrate(Connection open, LedgerFile file) {
        try {
            Flyway.configure()
                    .dataSource(file.jdbcUrl(false), "poruka", "")
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new LedgerException(e, "ledger.migrationFailed", file.path(), e.getMessage());
        }
    }
}
