package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerWriter;
import java.time.Clock;

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

    /** Appends one entry of this office's chain, at the time its clock gives (docs/decisions/0027). */
    static JournalEntry append(LedgerWriter w, Clock clock, String office, EntryContent content) {
        JournalEntry head = head(w);
        JournalEntry next = Journal.next(head, office, new EntryClock(w, clock).next(head), content);
        w.append(next, content);
        return next;
    }
}
