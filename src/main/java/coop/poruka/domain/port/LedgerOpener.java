package coop.poruka.domain.port;

import java.nio.file.Path;
import java.util.function.Function;

/** Finds and opens ledgers; given to the command line and the window by the composition root. */
public interface LedgerOpener {
    /**
     * @param path   the ledger file, or null for the default ledger in the user's data directory
     * @param create true to create it when it does not exist yet
     */
    LedgerStore open(Path path, boolean create);

    /**
     * Makes a new ledger at {@code path} whole or not at all: {@code fill} writes it, and the ledger
     * is there only once {@code fill} returned; after a failure there is none. A ledger already at
     * {@code path} is refused. The store is closed when this returns.
     */
    <T> T createWhole(Path path, Function<LedgerStore, T> fill);

    /** The ledger file that {@code path} names (null: the default ledger). */
    Path resolve(Path path);

    boolean exists(Path path);
}
