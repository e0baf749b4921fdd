package coop.poruka.domain.ledger;

import java.util.Arrays;

/** An office certificate (DER) as a sync file carries it, with the office it names (its subject's OU). */
public record SyncCertificate(String office, byte[] der) {
    public SyncCertificate {
        der = der.clone();
    }

    @Override
    public byte[] der() {
        return der.clone();
    }

    /** The SHA-256 of the DER bytes: how a signed head names the certificate to check it with. */
    public Hash fingerprint() {
        return Hash.of(Hash.sha256().digest(der));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncCertificate c && office.equals(c.office) && Arrays.equals(der, c.der);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(der);
    }
}
