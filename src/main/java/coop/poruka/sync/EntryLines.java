package coop.poruka.sync;

import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.SyncEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the entry lines of a sync file in exactly their canonical form (docs/sync-format.md): keys
 * in their order, no spaces, strings escaped only as the format says, integers without sign or
 * leading zeros, lowercase hex. Anything else is refused, so what is read is what was signed
 * without writing it all again to compare.
 */
final class EntryLines {
    private final String text;
    private int at;

    private EntryLines(String text, int at) {
        this.text = text;
        this.at = at;
    }

    /** Every entry line from {@code from} to the end of the text, each ended by a newline. */
    static List<SyncEntry> read(String text, int from) {
        EntryLines r = new EntryLines(text, from);
        List<SyncEntry> out = new ArrayList<>(Math.max(16, (text.length() - from) / 350));
        while (r.at < text.length()) {
            out.add(r.entry());
        }
        return out;
    }

    private SyncEntry entry() {
        literal("{\"office\":");
        String office = string();
        literal(",\"seq\":");
        long seq = integer();
        literal(",\"kind\":");
        EntryKind kind = EntryKind.valueOf(string());
        literal(",\"at\":");
        String atText = string();
        Instant recorded = Instant.parse(atText);
        if (!recorded.toString().equals(atText)) {
            throw new IllegalArgumentException("time not canonical");
        }
        literal(",\"prev\":");
        Hash prev = hash();
        literal(",\"hash\":");
        Hash hash = hash();
        literal(",\"body\":");
        String body = string();
        literal("}\n");
        return new SyncEntry(new JournalEntry(seq, office, kind, recorded, prev, hash), body);
    }

    private void literal(String s) {
        if (!text.startsWith(s, at)) {
            throw new IllegalArgumentException("expected " + s.strip() + " at " + at);
        }
        at += s.length();
    }

    private long integer() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        if (at == start || at - start > 18 || text.charAt(start) == '0' && at - start > 1) {
            throw new IllegalArgumentException("integer not canonical at " + start);
        }
        return Long.parseLong(text, start, at, 10);
    }

    private Hash hash() {
        if (at + 66 > text.length() || text.charAt(at) != '"' || text.charAt(at + 65) != '"') {
            throw new IllegalArgumentException("expected a hash at " + at);
        }
        byte[] bytes = new byte[32];
        for (int i = 0; i < 32; i++) {
            bytes[i] = (byte) (nibble(text.charAt(at + 1 + 2 * i)) << 4 | nibble(text.charAt(at + 2 + 2 * i)));
        }
        at += 66;
        return Hash.of(bytes);
    }

    private static int nibble(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        throw new IllegalArgumentException("not lowercase hex");
    }

    /** A string in its canonical JSON form: only the escapes the format writes. */
    private String string() {
        literal("\"");
        int start = at;
        // Most strings have no escape at all: one substring, no builder.
        while (true) {
            char c = text.charAt(at);
            if (c == '"') {
                return text.substring(start, at++);
            }
            if (c == '\\') {
                break;
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("control character not escaped");
            }
            at++;
        }
        StringBuilder b = new StringBuilder(at - start + 64).append(text, start, at);
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("control character not escaped");
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\' -> b.append(e);
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    int v = nibble(text.charAt(at)) << 12 | nibble(text.charAt(at + 1)) << 8
                            | nibble(text.charAt(at + 2)) << 4 | nibble(text.charAt(at + 3));
                    if (v >= 0x20 || v == '\n' || v == '\r' || v == '\t') {
                        throw new IllegalArgumentException("escape not canonical");
                    }
                    b.append((char) v);
                    at += 4;
                }
                default -> throw new IllegalArgumentException("escape not canonical");
            }
        }
    }
}
