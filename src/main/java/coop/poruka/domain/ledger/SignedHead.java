package coop.poruka.domain.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * An origin office's signature over the head of its own chain (docs/sync-format.md): it vouches
 * for every entry of that office up to {@code seq}, because each entry's hash covers the one
 * before it. It travels with the office's entries, so that an office passing them on cannot
 * change them unseen. {@code certificate} is the SHA-256 fingerprint of the signer's certificate.
 */
public record SignedHead(String office, long seq, Hash hash, Instant signedAt, Hash certificate, byte[] signature) {
    public SignedHead {
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The exact bytes the office signs. */
    public static byte[] signedBytes(UUID coop, String office, long seq, Hash hash, Instant at) {
        return ("poruka-head\ncoop=" + coop + "\noffice=" + office + "\nseq=" + seq + "\nhash=" + hash.hex() + "\nat="
                + at + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedBytes(UUID coop) {
        return signedBytes(coop, office, seq, hash, signedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedHead h && office.equals(h.office) && seq == h.seq && hash.equals(h.hash)
                && signedAt.equals(h.signedAt) && certificate.equals(h.certificate)
                && Arrays.equals(signature, h.signature);
    }

    @Override
    public int hashCode() {
        return office.hashCode() * 31 + Long.hashCode(seq);
    }
}
