package coop.poruka.domain.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * Entry times as a hybrid logical clock, and the one order of entries every office agrees on
 * (docs/decisions/0027). An office gives a new entry the wall-clock time, but never less than its
 * own last entry's time and always more than any entry it received since, so an entry made after
 * seeing another office's entry is later than it even when this office's clock is behind.
 */
public final class HybridTime {
    private HybridTime() {}

    /** Later time first decides; the same time goes to the higher office code, then the higher place in its chain. */
    public static final Comparator<JournalEntry> ORDER = Comparator.comparing(JournalEntry::recordedAt)
            .thenComparing(JournalEntry::office).thenComparingLong(JournalEntry::seq);

    /**
     * The time of the next entry of this office.
     *
     * @param wall     the wall clock now
     * @param ownHead  the time of this office's last entry, or null
     * @param received the latest time of an entry received after that one, or null
     */
    public static Instant next(Instant wall, Instant ownHead, Instant received) {
        Instant at = JournalEntry.truncate(wall);
        if (ownHead != null && at.isBefore(ownHead)) {
            at = ownHead;
        }
        if (received != null && !at.isAfter(received)) {
            at = JournalEntry.truncate(received).plus(1, ChronoUnit.MICROS);
        }
        return at;
    }

    /** Whether {@code a} comes after {@code b} in the order every office agrees on. */
    public static boolean after(JournalEntry a, JournalEntry b) {
        return ORDER.compare(a, b) > 0;
    }
}
