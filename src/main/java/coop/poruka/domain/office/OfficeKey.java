package coop.poruka.domain.office;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * An office's signing key, opened from its keystore for as long as documents are being signed,
 * with its certificate chain: the office certificate first, the co-op CA last.
 */
public record OfficeKey(PrivateKey key, List<X509Certificate> chain) {
    public OfficeKey {
        Objects.requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("an office key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The root of the chain: the co-op CA that issued the office certificate. */
    public X509Certificate ca() {
        return chain.get(chain.size() - 1);
    }
}
