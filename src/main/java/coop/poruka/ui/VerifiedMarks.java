package coop.poruka.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * When each ledger was last verified and up to which entry, kept in the person's preferences
 * (not in the ledger: a verify writes nothing to the books). Keyed by a digest of the path,
 * since preference keys are short.
 */
public final class VerifiedMarks {
    /** The chain was sound up to entry {@code seq}, whose hash was {@code head}, at {@code at}. */
    public record Mark(long seq, String head, Instant at) {}

    private final Preferences node;

    public VerifiedMarks(Preferences node) {
        this.node = node;
    }

    public static VerifiedMarks user() {
        return new VerifiedMarks(Preferences.userRoot().node("coop/poruka/verified"));
    }

    public void record(String ledger, Mark mark) {
        node.put(key(ledger), mark.seq() + " " + mark.head() + " " + mark.at());
    }

    public Optional<Mark> last(String ledger) {
        String[] parts = node.get(key(ledger), "").split(" ");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Mark(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2])));
        } catch (RuntimeException e) {
            return Optional.empty(); // a mark written by hand or by another version: as if never verified
        }
    }

    private static String key(String ledger) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(ledger.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
