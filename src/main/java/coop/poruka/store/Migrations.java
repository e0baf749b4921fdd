package coop.poruka.store;

import coop.poruka.domain.LedgerException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a ledger's schema up to date with the migrations in db/migration. */
final class Migrations {
    private Migrations() {}

    /** Call while a connection holds the database open, so Flyway joins it in this process. */
    static void migrate(LedgerFile file) {
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
