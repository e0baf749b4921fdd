package coop.poruka.domain.document;

import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.office.CoopSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything an exchange receipt shows, read from the books in one go: the exchange as posted,
 * the co-op and office that keep it, each party with their balance right after it, and whether a
 * later reversal undid it.
 *
 * @param entry      the exchange's journal entry: its office and place in that office's chain
 * @param parties    every member in the legs, in the order they first appear
 * @param reversedBy the reversal that later undid this exchange, or null
 * @param zone       the time zone the recorded and printed times are shown in
 */
public record Receipt(
        CoopSettings coop,
        PostedExchange posted,
        JournalEntry entry,
        List<Party> parties,
        UUID reversedBy,
        Instant printedAt,
        ZoneId zone) {

    /** A member in the exchange and their balance (minor units) right after it was posted. */
    public record Party(String code, String name, long balanceAfter) {}

    public Receipt {
        Objects.requireNonNull(coop, "coop");
        Objects.requireNonNull(posted, "posted");
        Objects.requireNonNull(entry, "entry");
        parties = List.copyOf(parties);
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(zone, "zone");
    }

    /** The name of the member with this code, or the code itself for one the receipt does not know. */
    public String name(String code) {
        return parties.stream().filter(p -> p.code().equals(code)).map(Party::name).findFirst().orElse(code);
    }
}
