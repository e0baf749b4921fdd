package coop.poruka.domain.port;

import coop.poruka.domain.office.OfficeCertificate;
import coop.poruka.domain.office.OfficeKey;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.time.Instant;

/**
 * The office's key pair and certificates in a password-protected keystore file. The founding
 * office also holds the co-op CA that issues every office certificate. Every failure is a
 * {@code LedgerException} with a sentence for the person (a wrong password says so).
 */
public interface OfficeIdentity {
    /** The founding office: a new keystore with the co-op CA and this office's certificate issued by it. */
    OfficeCertificate found(Path keystore, char[] password, String coop, String officeCode, String officeName,
            Instant now);

    /** A new office: a new keystore with its key pair, and a certificate request (PEM) to send to the founding office. */
    void request(Path keystore, char[] password, String officeCode, String officeName, Path csr);

    /**
     * The founding office issues a certificate for a request, in the co-op's name; {@code certificate}
     * gets the office certificate followed by the CA (PEM), ready to send back.
     */
    OfficeCertificate issue(Path keystore, char[] password, String coop, Path csr, Path certificate, Instant now);

    /** A new office takes the certificate it was sent into its keystore; it must match the office's key. */
    OfficeCertificate accept(Path keystore, char[] password, Path certificate);

    /** Writes the co-op CA certificate as PEM. */
    OfficeCertificate exportCa(Path keystore, char[] password, Path pem);

    /** Writes the office certificate chain as PEM. */
    OfficeCertificate exportCertificate(Path keystore, char[] password, Path pem);

    /** The certificates of a PEM file in file order (a chain: the office certificate first, the CA last). */
    List<X509Certificate> readCertificates(Path pem);

    /** Opens the office key to sign with; refuses an office whose certificate has not arrived yet. */
    OfficeKey open(Path keystore, char[] password);
}
