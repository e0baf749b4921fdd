package coop.poruka.app;

import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.LedgerWriter;
import java.util.function.Function;

/**
 * A store whose every read and write is one write already under way: lets a larger piece of work
 * (the demo co-op) run the real use cases, each with all its checks, inside its own single
 * transaction, so it still succeeds or fails as a whole.
 */
final class WithinWrite implements LedgerStore {
    private final LedgerWriter writer;
    private final String location;

    WithinWrite(LedgerWriter writer, String location) {
        this.writer = writer;
        this.location = location;
    }

    @Override
    public <T> T read(Function<LedgerReader, T> work) {
        return work.apply(writer);
    }

    @Override
    public <T> T readSnapshot(Function<LedgerReader, T> work) {
        return work.apply(writer);
    }

    @Override
    public <T> T write(Function<LedgerWriter, T> work) {
        return work.apply(writer);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public void close() {
        // The outer store owns the connection.
    }
}
