package coop.poruka.domain.ledger;

import java.security.MessageDigest;
import java.time.Instant;

/**
 * SHA-256 over text written as UTF-8, one per thread and used again for every entry. A bulk
 * import hashes a million entries; looking the digest up, printing each time with a formatter and
 * encoding every string into a new array took a tenth of the import's posting thread.
 *
 * <p>The bytes are exactly those of {@code String.getBytes(UTF_8)} (an unpaired surrogate becomes
 * {@code ?}) and times are written exactly as {@link Instant#toString()} writes them, so hashes do
 * not change.
 */
final class Utf8Digest {
    private static final ThreadLocal<Utf8Digest> PER_THREAD = ThreadLocal.withInitial(Utf8Digest::new);

    private final MessageDigest md = Hash.sha256();
    private byte[] buffer = new byte[1024];
    private int length;
    /** The last whole second written, and its text without the closing Z. */
    private long second = Long.MIN_VALUE;
    private String secondText;

    private Utf8Digest() {}

    /** This thread's digest, emptied and started with the previous hash. Not re-entrant. */
    static Utf8Digest start(Hash prev) {
        Utf8Digest d = PER_THREAD.get();
        d.md.reset();
        d.length = 0;
        prev.feed(d.md);
        return d;
    }

    Hash finish() {
        md.update(buffer, 0, length);
        return Hash.digest(md);
    }

    Utf8Digest text(String s) {
        int n = s.length();
        ensure(n * 3);
        byte[] b = buffer;
        int p = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[p++] = (byte) (0xF0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[p++] = '?';
                }
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = p;
        return this;
    }

    /** As {@link Instant#toString()}: the seconds, then the fraction in groups of three digits, then Z. */
    Utf8Digest instant(Instant at) {
        long s = at.getEpochSecond();
        if (s != second) {
            String whole = Instant.ofEpochSecond(s).toString();
            secondText = whole.substring(0, whole.length() - 1);
            second = s;
        }
        text(secondText);
        int nano = at.getNano();
        if (nano != 0) {
            ensure(10);
            buffer[length++] = '.';
            if (nano % 1_000_000 == 0) {
                digits(nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(nano / 1_000, 6);
            } else {
                digits(nano, 9);
            }
        }
        ensure(1);
        buffer[length++] = 'Z';
        return this;
    }

    private void digits(int value, int count) {
        for (int i = count - 1; i >= 0; i--) {
            buffer[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += count;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
