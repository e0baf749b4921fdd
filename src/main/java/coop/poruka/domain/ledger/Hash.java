package coop.poruka.domain.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 value, compared by content. */
public final class Hash {
    public static final Hash ZERO = new Hash(new byte[32]);
    private final byte[] bytes;

    private Hash(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a SHA-256 hash has 32 bytes, not " + bytes.length);
        }
        this.bytes = bytes;
    }

    public static Hash of(byte[] bytes) {
        return new Hash(bytes.clone());
    }

    public static Hash ofHex(String hex) {
        return new Hash(HexFormat.of().parseHex(hex));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static Hash digest(MessageDigest md) {
        return new Hash(md.digest());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    void feed(MessageDigest md) {
        md.update(bytes);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** The first 12 hex digits, enough for a person to compare two heads by eye. */
    public String shortHex() {
        return hex().substring(0, 12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
