package coop.poruka.domain.port;

import java.nio.file.Path;

/** Finds and opens ledgers; given to the command line and the window by the composition root. */
public interface LedgerOpener {
    /**
     * @param path   the ledger file, or null for the default ledger in the user's data directory
     * @param create true to create it when it does not exist yet
     */
    LedgerStore open(Path path, boolean create);

    /** The ledger file that {@code path} names (null: the default ledger). */
    Path resolve(Path path);

    boolean exists(Path path);
}
