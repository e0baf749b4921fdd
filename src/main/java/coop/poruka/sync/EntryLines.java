package coop.poruka.sync;

import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.SyncEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

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

    /** Below this many characters the lines are read on one thread: splitting would cost more. */
    private static final int PARALLEL_FROM = 1 << 20;

    /**
     * Every entry line from {@code from} to the end of the text, each ended by a newline. A large
     * file is cut into pieces at line ends and the pieces are read on every core; each piece must
     * end exactly where it was cut, so a line that does not end where it should is refused as it
     * would be read whole.
     */
    static List<SyncEntry> read(String text, int from) {
        int length = text.length() - from;
        int pieces = length < PARALLEL_FROM ? 1 : 4 * Runtime.getRuntime().availableProcessors();
        int[] cuts = new int[pieces + 1];
        cuts[0] = from;
        for (int i = 1; i < pieces; i++) {
            int newline = text.indexOf('\n', Math.max(cuts[i - 1], from + (int) ((long) length * i / pieces)));
            cuts[i] = newline < 0 ? text.length() : newline + 1;
        }
        cuts[pieces] = text.length();
        List<List<SyncEntry>> read = IntStream.range(0, pieces).parallel()
                .mapToObj(i -> piece(text, cuts[i], cuts[i + 1])).toList();
        List<SyncEntry> out = new ArrayList<>(Math.max(16, length / 350));
        read.forEach(out::addAll);
        return out;
    }

    private static List<SyncEntry> piece(String text, int from, int to) {
        EntryLines r = new EntryLines(text, from);
        List<SyncEntry> out = new ArrayList<>(Math.max(16, (to - from) / 350));
        while (r.at < to) {
            out.add(r.entry());
        }
        if (r.at != to) {
            throw new IllegalArgumentException("line not ended at " + to);
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
        Instant recorded = instant(string());
        literal(",\"prev\":");
        Hash prev = hash();
        literal(",\"hash\":");
        Hash hash = hash();
        literal(",\"body\":");
        String body = string();
        literal("}\n");
        return new SyncEntry(new JournalEntry(seq, office, kind, recorded, prev, hash), body);
    }

    /**
     * A time exactly as {@link Instant#toString} writes it for years 0000-9999
     * ({@code 2026-11-23T09:14:02.000001Z}: seconds always, a fraction of 3, 6 or 9 digits only when
     * not zero, as short as it can be). {@code Instant.parse} took a tenth of an import.
     */
    static Instant instant(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(n - 1) != 'Z') {
            throw new IllegalArgumentException("time not canonical");
        }
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        int fraction = n - 1 - 19;
        if (fraction > 0) {
            if (t.charAt(19) != '.' || fraction != 4 && fraction != 7 && fraction != 10) {
                throw new IllegalArgumentException("time not canonical");
            }
            nanos = digits(t, 20, n - 1);
            for (int i = fraction - 1; i < 9; i++) {
                nanos *= 10;
            }
            // The shortest of 3, 6 or 9 digits that holds the value, as Instant.toString writes it.
            int shortest = nanos % 1_000_000 == 0 ? 4 : nanos % 1000 == 0 ? 7 : 10;
            if (nanos == 0 || fraction != shortest) {
                throw new IllegalArgumentException("time not canonical");
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new IllegalArgumentException("time not canonical");
        }
        long day = java.time.LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10)).toEpochDay();
        return Instant.ofEpochSecond(day * 86_400 + hour * 3600L + minute * 60L + second, nanos);
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit");
            }
            v = v * 10 + (c - '0');
        }
        return v;
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
