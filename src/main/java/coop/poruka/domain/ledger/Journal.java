package coop.poruka.domain.ledger;

import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.EntryContent.MemberChange;
import coop.poruka.domain.ledger.EntryContent.SettingsChange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import java.time.Instant;

/**
 * The office's append-only hash chain. Each entry's hash is SHA-256 over the previous hash and
 * the canonical encoding of the entry (its place, time and content), so changing, dropping or
 * inserting anything breaks every hash after it.
 *
 * <p>The canonical encoding is UTF-8 text, one {@code key=value} per line in a fixed order, with
 * backslash, newline and carriage return escaped. It names members by code, never by database id,
 * so another office can recompute it from its own copy.
 */
public final class Journal {
    private Journal() {}

    /** The entry that follows {@code head} (or starts the chain when head is null). */
    public static JournalEntry next(JournalEntry head, String office, Instant recordedAt, EntryContent content) {
        long seq = head == null ? 1 : head.seq() + 1;
        Hash prev = head == null ? Hash.ZERO : head.hash();
        Instant at = JournalEntry.truncate(recordedAt);
        return new JournalEntry(seq, office, content.kind(), at, prev, hash(prev, seq, office, at, content));
    }

    public static Hash hash(Hash prev, long seq, String office, Instant at, EntryContent content) {
        return hash(prev, seq, office, content.kind(), at, encode(content));
    }

    /** The hash over an entry's canonical encoding {@code body} (what {@link #encode} gives). */
    public static Hash hash(Hash prev, long seq, String office, EntryKind kind, Instant at, String body) {
        // The bytes of "seq=<seq>\noffice=<office>\nkind=<kind>\nat=<at>\n" followed by the body, in UTF-8.
        return Utf8Digest.start(prev).text("seq=").text(Long.toString(seq)).text("\noffice=").text(String.valueOf(office))
                .text("\nkind=").text(String.valueOf(kind)).text("\nat=").instant(JournalEntry.truncate(at)).text("\n")
                .text(body).finish();
    }

    /** The hash this entry should have, given its stored content. */
    public static Hash expectedHash(JournalEntry entry, EntryContent content) {
        return hash(entry.prevHash(), entry.seq(), entry.office(), entry.recordedAt(), content);
    }

    public static String encode(EntryContent content) {
        StringBuilder b = new StringBuilder(256);
        if (content instanceof SettingsChange s) {
            encodeSettings(b, s.settings());
        } else if (content instanceof MemberChange m) {
            encodeMember(b, m.member(), m.reason());
        } else if (content instanceof ExchangePosted x) {
            encodeExchange(b, x.exchange());
        } else if (content instanceof EntryContent.PeriodClose c) {
            line(b, "month", c.month().toString());
            line(b, "headSeq", Long.toString(c.headSeq()));
            line(b, "headHash", c.headHash());
            c.balances().forEach((code, balance) -> line(b, "balance", code + ":" + balance));
        } else {
            GuarantorEncoding.encode(b, content);
        }
        return b.toString();
    }

    /** The part of an exchange that its id stands for: posting the same id twice must match this. */
    public static String encodeExchange(Exchange x) {
        StringBuilder b = new StringBuilder(128);
        encodeExchange(b, x);
        return b.toString();
    }

    private static void encodeSettings(StringBuilder b, CoopSettings s) {
        line(b, "coop", s.coopId().toString());
        line(b, "name", s.name());
        line(b, "unit", s.unit().name());
        line(b, "symbol", s.unit().symbol());
        line(b, "decimals", Integer.toString(s.unit().decimals()));
        line(b, "officeCode", s.officeCode());
        line(b, "officeName", s.officeName());
    }

    private static void encodeMember(StringBuilder b, Member m, String reason) {
        line(b, "code", m.code());
        line(b, "name", m.name());
        line(b, "status", m.status().name());
        line(b, "limit", Long.toString(m.creditLimit()));
        line(b, "joined", m.joined().toString());
        line(b, "contact", m.contact());
        line(b, "reason", reason);
    }

    private static void encodeExchange(StringBuilder b, Exchange x) {
        line(b, "id", x.id().toString());
        line(b, "date", x.valueDate().toString());
        line(b, "reverses", x.reverses() == null ? null : x.reverses().toString());
        line(b, "reason", x.reason());
        line(b, "override", x.overrideReason());
        for (Leg leg : x.legs()) {
            b.append("leg=").append(leg.supplier()).append('>').append(leg.receiver()).append(':')
                    .append(leg.amount()).append(':');
            escape(b, leg.memo());
            b.append('\n');
        }
    }

    static void line(StringBuilder b, String key, String value) {
        b.append(key).append('=');
        if (value != null) {
            escape(b, value);
        }
        b.append('\n');
    }

    private static void escape(StringBuilder b, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }
}
