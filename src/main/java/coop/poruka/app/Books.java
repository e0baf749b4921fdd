package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerReader;

/** Small shared steps of the use cases. */
final class Books {
    private Books() {}

    /** The co-op settings, or a clear refusal for a ledger that was never set up. */
    static CoopSettings settings(LedgerReader r) {
        return r.settings().orElseThrow(() -> new LedgerException("ledger.notInitialized"));
    }

    static JournalEntry head(LedgerReader r) {
        return r.head().orElse(null);
    }
}
