package coop.poruka.app;

import coop.poruka.domain.ledger.HybridTime;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.port.LedgerReader;
import java.time.Clock;
import java.time.Instant;

/**
 * The time of this office's next entry inside one write: the wall clock, kept after everything the
 * ledger received (docs/decisions/0027). What was received is read once; entries appended in the
 * same write follow the head they are chained to.
 */
final class EntryClock {
    private final Clock clock;
    private final Instant received;

    EntryClock(LedgerReader r, Clock clock) {
        this.clock = clock;
        this.received = r.latestReceived().orElse(null);
    }

    Instant next(JournalEntry head) {
        return HybridTime.next(clock.instant(), head == null ? null : head.recordedAt(), received);
    }
}
