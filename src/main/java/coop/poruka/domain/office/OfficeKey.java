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

    /** The office code of the certificate (its subject's OU). */
    public String officeCode() {
        return subject(certificate(), "OU");
    }

    /** The office's name in the certificate (its subject's CN). */
    public String officeName() {
        return subject(certificate(), "CN");
    }

    private static String subject(X509Certificate c, String type) {
        try {
            for (javax.naming.ldap.Rdn rdn : new javax.naming.ldap.LdapName(
                    c.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            throw new IllegalArgumentException("unreadable certificate subject", e);
        }
        return "";
    }
}
