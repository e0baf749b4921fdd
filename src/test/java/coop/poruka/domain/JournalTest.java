package coop.poruka.domain;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.Leg;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00.123456789Z");
    private static final UUID ID = UUID.fromString("3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b");

    private static ExchangePosted trade(long amount, String memo) {
        return new ExchangePosted(new Exchange(ID, LocalDate.of(2026, 11, 1),
                List.of(new Leg("ALM-0001", "ALM-0002", amount, memo)), null, null, null));
    }

    @Test
    void chainStartsFromZeroHashAndLinksEachEntryToThePrevious() {
        JournalEntry first = Journal.next(null, "ALM", AT, trade(4000, "flour"));
        JournalEntry second = Journal.next(first, "ALM", AT, trade(100, "honey"));
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(Hash.ZERO);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(first.recordedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
    }

    @Test
    void anyChangeToContentChangesTheHash() {
        JournalEntry e = Journal.next(null, "ALM", AT, trade(4000, "flour"));
        assertThat(Journal.expectedHash(e, trade(4000, "flour"))).isEqualTo(e.hash());
        assertThat(Journal.expectedHash(e, trade(4001, "flour"))).isNotEqualTo(e.hash());
        assertThat(Journal.expectedHash(e, trade(4000, "Flour"))).isNotEqualTo(e.hash());
    }

    @Test
    void canonicalEncodingEscapesBackslashesSoAMemoCannotForgeALine() {
        String encoded = Journal.encode(trade(1, "a\\nleg=ALM-0009>ALM-0001:999:"));
        assertThat(encoded).contains("a\\\\nleg=");
        assertThat(encoded.lines().filter(l -> l.startsWith("leg="))).hasSize(1);
    }
}
