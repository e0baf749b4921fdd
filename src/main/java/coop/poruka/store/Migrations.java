package coop.poruka.store;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Notice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Brings a ledger's schema up to date with the migrations in db/migration. An existing ledger is
 * copied beside itself first and put back from that copy when a migration fails; a ledger from a
 * newer program is refused before anything is written to it.
 */
final class Migrations {
    /**
     * The versions of the migrations in db/migration, oldest first (a test holds this list to the
     * files). A ledger whose history holds exactly these, all applied, is opened without starting
     * Flyway, which costs about a second of every start of the program.
     */
    static final List<String> VERSIONS = List.of("1", "2", "4", "5", "7", "8", "9", "10");

    private static final List<String> LOCATIONS = List.of("classpath:db/migration");

    /**
     * The empty ledger the build makes with these migrations ({@link NewLedgerTemplate}), beside this
     * class: a new ledger starts as a copy of it (decision 0050).
     */
    static final String TEMPLATE = "new-ledger" + LedgerFile.SUFFIX;

    static final Migrations CURRENT = new Migrations(LOCATIONS, VERSIONS, TEMPLATE);

    /** The same migrations, always run by Flyway: how the template itself is made. */
    static final Migrations BY_FLYWAY = new Migrations(LOCATIONS, VERSIONS, null);

    private static final Table<?> HISTORY = DSL.table(DSL.name("flyway_schema_history"));
    private static final Field<String> VERSION = DSL.field(DSL.name("version"), String.class);
    private static final Field<Boolean> SUCCESS = DSL.field(DSL.name("success"), Boolean.class);

    private final List<String> locations;
    private final List<String> versions;
    private final String template;

    /** Other locations and versions are for tests that need a migration that fails. */
    Migrations(List<String> locations, List<String> versions) {
        this(locations, versions, null);
    }

    private Migrations(List<String> locations, List<String> versions, String template) {
        this.locations = List.copyOf(locations);
        this.versions = List.copyOf(versions);
        this.template = template;
    }

    /**
     * Starts a ledger that is not there yet as a copy of the template: opening it then finds every
     * migration applied and does not start Flyway, which took about half a second of making a ledger.
     * Nothing is copied when the file is there already, or when these classes were built without
     * the template (then Flyway makes the schema as before).
     */
    void seed(LedgerFile file) {
        if (template == null || file.exists()) {
            return;
        }
        try (InputStream in = Migrations.class.getResourceAsStream(template)) {
            if (in != null) {
                Files.copy(in, file.path());
            }
        } catch (FileAlreadyExistsException e) {
            // made by someone else meanwhile: opened as it is
        } catch (IOException e) {
            deleteQuietly(file.path()); // a part-copied template would not open
            throw new LedgerException(e, "ledger.storageError", file.path(), e.getMessage());
        }
    }

    /**
     * Call while a connection holds the database open, so Flyway joins it in this process.
     * {@code release} closes that connection; it is called before a failed upgrade is undone.
     *
     * @return what the person opening the ledger should be told (an upgrade and its backup)
     */
    List<Notice> migrate(LedgerFile file, DSLContext dsl, Runnable release) {
        Optional<Map<String, Boolean>> history = history(dsl);
        if (history.isPresent() && upToDate(history.get())) {
            return List.of();
        }
        Optional<String> applied = history.flatMap(Migrations::newest);
        String target = versions.get(versions.size() - 1);
        // A new ledger has nothing to lose; an existing one is copied while this connection keeps
        // other programs out and before anything is written to it.
        Path backup = applied.isPresent() ? backUp(file, applied.get()) : null;
        if (applied.isPresent() && version(applied.get()).isNewerThan(target)) {
            // Closing an H2 file rewrites its header even when nothing was written; putting the copy
            // back leaves a newer program's ledger byte for byte as it was.
            release.run();
            restore(backup, file);
            deleteQuietly(backup);
            throw new LedgerException("ledger.tooNew", file.path(), applied.get(), target);
        }
        try {
            Flyway.configure()
                    .dataSource(file.jdbcUrl(false), "poruka", "")
                    .locations(locations.toArray(String[]::new))
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            if (backup == null) {
                throw new LedgerException(e, "ledger.migrationFailed", file.path(), firstLine(e));
            }
            release.run();
            restore(backup, file);
            throw new LedgerException(e, "ledger.upgradeFailed", file.path(), firstLine(e), backup);
        }
        return backup == null ? List.of()
                : List.of(new Notice("ledger.upgraded", file.path(), applied.get(), target, backup));
    }

    /** True when every known migration was applied and nothing else. */
    static boolean upToDate(DSLContext dsl) {
        return CURRENT.history(dsl).map(CURRENT::upToDate).orElse(false);
    }

    private boolean upToDate(Map<String, Boolean> applied) {
        return applied.keySet().equals(Set.copyOf(versions))
                && applied.values().stream().allMatch(Objects::nonNull) && !applied.containsValue(false);
    }

    /** Applied versions and whether each succeeded; empty for a new database. */
    private Optional<Map<String, Boolean>> history(DSLContext dsl) {
        // Asked first, so that a new ledger does not leave an error in H2's trace file beside it.
        // Through JDBC's metadata rather than jOOQ's Meta, which loads some hundred classes more.
        if (!dsl.connectionResult(c -> {
            try (java.sql.ResultSet tables = c.getMetaData().getTables(null, null, HISTORY.getName(), null)) {
                return tables.next();
            }
        })) {
            return Optional.empty();
        }
        try {
            return Optional.of(dsl.select(VERSION, SUCCESS).from(HISTORY).where(VERSION.isNotNull())
                    .fetchMap(VERSION, SUCCESS));
        } catch (DataAccessException e) {
            return Optional.empty(); // a history table of another shape: let Flyway say what is wrong
        }
    }

    private static Optional<String> newest(Map<String, Boolean> history) {
        return history.keySet().stream().max(Comparator.comparing(Migrations::version));
    }

    private static MigrationVersion version(String v) {
        return MigrationVersion.fromVersion(v);
    }

    /** {@code NAME.mv.db} is copied to {@code NAME.v1-backup.mv.db} (or -2, -3 ... when taken). */
    private static Path backUp(LedgerFile file, String version) {
        String name = file.h2Name();
        Path backup = Path.of(name + ".v" + version + "-backup" + LedgerFile.SUFFIX);
        for (int i = 2; Files.exists(backup); i++) {
            backup = Path.of(name + ".v" + version + "-backup-" + i + LedgerFile.SUFFIX);
        }
        try {
            Files.copy(file.path(), backup, StandardCopyOption.COPY_ATTRIBUTES);
            return backup;
        } catch (IOException e) {
            throw new LedgerException(e, "ledger.backupBeforeUpgradeFailed", file.path(), backup, e.getMessage());
        }
    }

    private static void restore(Path backup, LedgerFile file) {
        try {
            LedgerFiles.replace(file.path(), backup);
        } catch (IOException e) {
            throw new LedgerException(e, "ledger.restoreAfterUpgradeFailed", file.path(), backup);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray copy beside the ledger does no harm
        }
    }

    /** Flyway's messages run to many lines; a person is shown the first that says something. */
    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = m.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.matches("-+")).findFirst().orElse(m);
        line = line.replaceAll("[.:]+$", "");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
