package coop.poruka.domain;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.EntryKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
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

    /** The hash as first defined: SHA-256 over the previous hash, the header and the body, each as String.getBytes(UTF_8). */
    private static Hash reference(Hash prev, long seq, String office, EntryKind kind, Instant at, String body) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(prev.bytes());
        String header = "seq=" + seq + "\noffice=" + office + "\nkind=" + kind + "\nat=" + JournalEntry.truncate(at) + "\n";
        md.update(header.getBytes(StandardCharsets.UTF_8));
        md.update(body.getBytes(StandardCharsets.UTF_8));
        return Hash.of(md.digest());
    }

    @Test
    void hashIsTheSameBytesAsTheTextInUtf8ForAnyTextAndTime() throws Exception {
        Random random = new Random(7);
        char[] alphabet = "aZ09=\n:>-é№ЁҚқ中\uD83D\uDE00\uD800\uDFFF\u0000\u007F\u07FF\u0800\uFFFF".toCharArray();
        List<Instant> times = List.of(AT, Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T10:00:00.120Z"),
                Instant.parse("2026-11-23T10:00:00.000100Z"), Instant.parse("1969-12-31T23:59:59.999999Z"),
                Instant.parse("+12026-01-01T00:00:00.5Z"), Instant.parse("-0001-06-30T12:00:00.000001Z"), Instant.EPOCH);
        Hash prev = Hash.ZERO;
        for (int i = 0; i < 2_000; i++) {
            StringBuilder body = new StringBuilder();
            for (int k = random.nextInt(300); k > 0; k--) {
                body.append(alphabet[random.nextInt(alphabet.length)]);
            }
            Instant at = i < times.size() ? times.get(i) : AT.plusNanos(random.nextLong(10_000_000_000L));
            EntryKind kind = EntryKind.values()[i % EntryKind.values().length];
            Hash fast = Journal.hash(prev, i + 1, i % 2 == 0 ? "ALM" : "Ақ", kind, at, body.toString());
            assertThat(fast).as("entry %d at %s", i, at)
                    .isEqualTo(reference(prev, i + 1, i % 2 == 0 ? "ALM" : "Ақ", kind, at, body.toString()));
            prev = fast;
        }
    }
}
