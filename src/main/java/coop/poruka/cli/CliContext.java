package coop.poruka.cli;

import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.OfficeIdentity;
import coop.poruka.domain.port.SyncFiles;
import java.nio.file.Path;
import java.time.Clock;

/** What the commands are given by the composition root. */
public record CliContext(LedgerOpener ledgers, Clock clock, WindowOpener window, Documents documents,
        OfficeIdentity identity, KeystorePassword password, SyncFiles syncFiles) {

    /** Without sync files, for commands that never read or write them. */
    public CliContext(LedgerOpener ledgers, Clock clock, WindowOpener window, Documents documents,
            OfficeIdentity identity, KeystorePassword password) {
        this(ledgers, clock, window, documents, identity, password, null);
    }

    /**
     * Opens the desktop window on a ledger (null: the default one); its documents are written by
     * {@code documents} and signed with the office key {@code identity} opens.
     */
    @FunctionalInterface
    public interface WindowOpener {
        void open(Path ledger, LedgerOpener ledgers, Clock clock, Documents documents, OfficeIdentity identity);
    }
}
