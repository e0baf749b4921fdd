package coop.poruka.report;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.document.SignatureCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/** Checks the signature of a PDF the way a reader does, and says in words what it found. */
final class PdfSignatures {
    /** BouncyCastle's provider, used directly (not registered): the JDK cannot look up EC keys by OID. */
    static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private PdfSignatures() {}

    static String commonName(X509Certificate cert) {
        X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    /**
     * Checks the last signature of the file: that it matches the bytes it covers, that it covers the
     * whole file, and (when {@code trusted} names co-op CAs) that the signer chains up to one of them.
     */
    static SignatureCheck check(Path file, List<X509Certificate> trusted) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LedgerException("identity.noFile", file);
        } catch (IOException e) {
            throw new LedgerException(e, "ledger.storageError", file, e.getMessage());
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PDSignature> signatures = new ArrayList<>(doc.getSignatureDictionaries());
            if (signatures.isEmpty()) {
                return new SignatureCheck(false, false, false, false, null, null, null, null, "not signed");
            }
            signatures.sort(Comparator.comparingLong(s -> end(s.getByteRange())));
            PDSignature sig = signatures.get(signatures.size() - 1);
            int[] range = sig.getByteRange();
            // The incremental save ends with "%%EOF" and a line end; nothing else may follow the signed part.
            boolean whole = range.length == 4 && range[0] == 0 && end(range) == bytes.length;
            Instant at = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
            String problem = null;
            boolean intact = false;
            boolean chained = false;
            String signer = sig.getName();
            try {
                // /Contents is zero-padded to its reserved size: only the first ASN.1 object is the CMS.
                ASN1Primitive cms;
                try (ASN1InputStream in = new ASN1InputStream(sig.getContents(bytes))) {
                    cms = in.readObject();
                }
                CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(bytes)),
                        cms.getEncoded());
                SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
                List<X509Certificate> certs = certificates(data);
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> mine = data.getCertificates().getMatches((Selector<X509CertificateHolder>) si.getSID());
                if (mine.isEmpty()) {
                    problem = "the signer's certificate is not in the signature";
                } else {
                    X509Certificate cert = new JcaX509CertificateConverter().getCertificate(mine.iterator().next());
                    signer = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()).toString();
                    intact = si.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(cert));
                    if (!intact) {
                        problem = "the signature does not match the document";
                    } else if (!trusted.isEmpty()) {
                        chained = chainsUp(cert, certs, trusted, at);
                    }
                }
            } catch (CMSException e) {
                problem = "the document was changed after it was signed (" + e.getMessage() + ")";
            } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
                problem = "the signature could not be read (" + e.getMessage() + ")";
            }
            if (problem == null && !whole) {
                problem = "the file was changed or extended after it was signed";
            }
            return new SignatureCheck(true, intact, whole, chained, signer, at, sig.getReason(), sig.getLocation(),
                    problem);
        } catch (IOException e) {
            return new SignatureCheck(false, false, false, false, null, null, null, null,
                    "not a readable PDF (" + e.getMessage() + ")");
        }
    }

    private static long end(int[] range) {
        return range.length == 4 ? (long) range[2] + range[3] : 0;
    }

    private static List<X509Certificate> certificates(CMSSignedData data) throws GeneralSecurityException {
        List<X509Certificate> certs = new ArrayList<>();
        JcaX509CertificateConverter convert = new JcaX509CertificateConverter();
        for (X509CertificateHolder h : data.getCertificates().getMatches(null)) {
            certs.add(convert.getCertificate(h));
        }
        return certs;
    }

    /** Follows issuers through the certificates in the signature until one of the trusted CAs signed the last. */
    private static boolean chainsUp(X509Certificate cert, List<X509Certificate> pool, List<X509Certificate> trusted,
            Instant at) {
        X509Certificate current = cert;
        for (int depth = 0; depth < 5; depth++) {
            if (!validAt(current, at)) {
                return false;
            }
            for (X509Certificate ca : trusted) {
                if (Arrays.equals(encoded(ca), encoded(current))) {
                    return true;
                }
                if (signedBy(current, ca)) {
                    return validAt(ca, at);
                }
            }
            X509Certificate next = null;
            for (X509Certificate c : pool) {
                if (!c.equals(current) && signedBy(current, c)) {
                    next = c;
                }
            }
            if (next == null) {
                return false;
            }
            current = next;
        }
        return false;
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (GeneralSecurityException e) {
            return new byte[0];
        }
    }

    private static boolean signedBy(X509Certificate cert, X509Certificate issuer) {
        try {
            if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                return false;
            }
            cert.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean validAt(X509Certificate c, Instant at) {
        try {
            c.checkValidity(Date.from(at == null ? Instant.now() : at));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
