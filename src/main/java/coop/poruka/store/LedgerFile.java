package coop.poruka.store;

import coop.poruka.domain.LedgerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Where a ledger lives. A ledger is one H2 file, {@code NAME.mv.db}; people may name it with or
 * without that ending.
 */
public record LedgerFile(Path path) {
    public static final String SUFFIX = ".mv.db";

    public LedgerFile {
        path = path.toAbsolutePath().normalize();
        if (!path.getFileName().toString().endsWith(SUFFIX)) {
            path = path.resolveSibling(path.getFileName() + SUFFIX);
        }
    }

    public static LedgerFile of(String path) {
        return new LedgerFile(Path.of(path));
    }

    /** The ledger opened when none is named: in the user's data directory. */
    public static LedgerFile defaultLedger() {
        return new LedgerFile(dataDirectory().resolve("ledger" + SUFFIX));
    }

    /** XDG on Linux, %APPDATA% on Windows, ~/Library/Application Support on macOS. */
    public static Path dataDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("Poruka");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Poruka");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("poruka");
    }

    public boolean exists() {
        return Files.isRegularFile(path);
    }

    /** Where H2 notes what went wrong with the database, when anything did. */
    Path traceFile() {
        return Path.of(h2Name() + ".trace.db");
    }

    /** The H2 name of the database: the path without the .mv.db ending. */
    String h2Name() {
        String p = path.toString();
        return p.substring(0, p.length() - SUFFIX.length());
    }

    /**
     * H2 keeps this many parsed statements per connection. Posting one exchange runs about fifteen
     * different statements; with H2's default of 8 every one of them was parsed again on every
     * post (docs/decisions/0039).
     */
    static final int QUERY_CACHE_SIZE = 64;

    /** H2's own page cache, in KB, which every ledger keeps. */
    static final int DEFAULT_CACHE_KB = 16 * 1024;

    /**
     * The page cache while a new ledger is filled in one go, in KB: an eighth of the heap this Java
     * may take, at least H2's own 16 MB and at most 256 MB. With 16 MB, committing a join's 100,000
     * entries read back pages it had written out (docs/decisions/0050).
     */
    static int fillingCacheKb(long maxHeapBytes) {
        return (int) Math.max(DEFAULT_CACHE_KB, Math.min(256 * 1024, maxHeapBytes / 8 / 1024));
    }

    /**
     * WRITE_DELAY=0 makes every commit reach the file before the commit returns, so an exchange
     * reported as posted survives the process being killed (see docs/decisions).
     */
    String jdbcUrl(boolean create) {
        return "jdbc:h2:file:" + h2Name() + ";IFEXISTS=" + (create ? "FALSE" : "TRUE") + ";WRITE_DELAY=0"
                + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE;
    }

    /** Turns what H2 says into a sentence a clerk can act on. */
    static LedgerException translate(SQLException e, LedgerFile file) {
        int code = e.getErrorCode();
        if (code == 90020) {
            return new LedgerException(e, "ledger.inUse", file.path());
        }
        if (code == 90146 || code == 90013) {
            return new LedgerException(e, "ledger.notFound", file.path());
        }
        if (code == 90030 || code == 90048 || code == 90049) {
            return new LedgerException(e, "ledger.corrupt", file.path());
        }
        return new LedgerException(e, "ledger.storageError", file.path(), e.getMessage());
    }
}
