package coop.poruka.cli;

import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.OfficeIdentity;
import java.nio.file.Path;
import java.time.Clock;

/** What the commands are given by the composition root. */
public record CliContext(LedgerOpener ledgers, Clock clock, WindowOpener window, Documents documents,
        OfficeIdentity identity, KeystorePassword password) {

    /** Opens the desktop window on a ledger (null: the default one); its receipts are written by {@code documents}. */
    @FunctionalInterface
    public interface WindowOpener {
        void open(Path ledger, LedgerOpener ledgers, Clock clock, Documents documents);
    }
}
