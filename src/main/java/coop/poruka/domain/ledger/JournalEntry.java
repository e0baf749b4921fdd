package coop.poruka.domain.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The journal's record of one entry: where it sits in the office's chain and its hash. */
public record JournalEntry(long seq, String office, EntryKind kind, Instant recordedAt, Hash prevHash, Hash hash) {

    /** Times are kept to the microsecond, the precision the database stores. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
