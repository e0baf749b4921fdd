package coop.poruka.store;

import coop.poruka.domain.LedgerException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Brings a ledger's schema up to date with the migrations in db/migration. */
final class Migrations {
    /**
     * The versions of the migrations in db/migration, oldest first (a test holds this list to the
     * files). A ledger whose history holds exactly these, all applied, is opened without starting
     * Flyway, which costs about a second of every start of the program.
     */
    static final List<String> VERSIONS = List.of("1", "2");

    private static final Table<?> HISTORY = DSL.table(DSL.name("flyway_schema_history"));
    private static final Field<String> VERSION = DSL.field(DSL.name("version"), String.class);
    private static final Field<Boolean> SUCCESS = DSL.field(DSL.name("success"), Boolean.class);

    private Migrations() {}

    /** Call while a connection holds the database open, so Flyway joins it in this process. */
    static void migrate(LedgerFile file, DSLContext dsl) {
        if (upToDate(dsl)) {
            return;
        }
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

    /**
     * True when every known migration was applied and nothing else: a new ledger, a failed or
     * missing migration, and a ledger from a newer program all go through Flyway, which migrates
     * or refuses them.
     */
    static boolean upToDate(DSLContext dsl) {
        // Asked first, so that a new ledger does not leave an error in H2's trace file beside it.
        if (dsl.meta().getTables(HISTORY.getQualifiedName()).isEmpty()) {
            return false;
        }
        try {
            Map<String, Boolean> applied = dsl.select(VERSION, SUCCESS).from(HISTORY).where(VERSION.isNotNull())
                    .fetchMap(VERSION, SUCCESS);
            return applied.keySet().equals(Set.copyOf(VERSIONS))
                    && applied.values().stream().allMatch(Objects::nonNull) && !applied.containsValue(false);
        } catch (DataAccessException e) {
            return false; // a history table of another shape: let Flyway say what is wrong
        }
    }
}
