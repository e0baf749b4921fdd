package coop.poruka.domain.port;

import coop.poruka.domain.Notice;
import java.util.List;
import java.util.function.Function;

/** A ledger kept somewhere durable. One writer at a time; every write is all or nothing. */
public interface LedgerStore extends AutoCloseable {
    <T> T read(Function<LedgerReader, T> work);

    /**
     * Runs long read-only work (verify, exports) on the books as they were when it began,
     * without holding up writes meanwhile.
     */
    <T> T readSnapshot(Function<LedgerReader, T> work);

    /**
     * Runs {@code work} in one transaction: committed (and durable) when it returns, rolled back
     * entirely when it throws.
     */
    <T> T write(Function<LedgerWriter, T> work);

    /**
     * What happened while the ledger was opened that a person should be told, such as an upgrade of
     * an older ledger and where the copy taken before it lies; empty on an ordinary open.
     */
    default List<Notice> notices() {
        return List.of();
    }

    /** Where the ledger lives, for messages and the status bar. */
    String location();

    @Override
    void close();
}
