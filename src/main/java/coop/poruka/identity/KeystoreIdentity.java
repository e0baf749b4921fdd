package coop.poruka.identity;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.office.OfficeCertificate;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.OfficeIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * Office identities in PKCS#12 keystores (the JDK's own format support), with certificates and
 * requests made by BouncyCastle. Keys are EC P-256: small, quick to make and to sign with, and
 * accepted by openssl, NSS (pdfsig) and PDF readers.
 */
public final class KeystoreIdentity implements OfficeIdentity {
    /** The keystore entry of the office's own key and certificate chain. */
    static final String OFFICE = "office";
    /** The keystore entry of the co-op CA's key, present only at the founding office. */
    static final String CA = "coop-ca";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration CA_LIFE = Duration.ofDays(20 * 365);
    private static final Duration OFFICE_LIFE = Duration.ofDays(5 * 365);
    private static final int MIN_PASSWORD = 8;

    /**
     * BouncyCastle's provider, used directly (not registered): the JDK cannot look up EC keys by OID.
     * Made on first use: it loads hundreds of classes, and every start of the program (the window
     * included) creates this class whether it signs anything or not.
     */
    private static final class Bc {
        static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();
        static final SecureRandom RANDOM = new SecureRandom();
    }

    @Override
    public OfficeCertificate found(Path keystore, char[] password, String coop, String officeCode, String officeName,
            Instant now) {
        String code = CoopSettings.officeCode(officeCode);
        newKeystoreAllowed(keystore, password);
        KeyPair caKeys = keyPair();
        X500Name caName = name(coop, null, Text.required(coop, 200, "co-op name") + " co-op CA");
        X509Certificate ca = certificate(caName, caKeys.getPrivate(), caName, caKeys.getPublic(), now, CA_LIFE, true,
                null);
        KeyPair office = keyPair();
        X509Certificate cert = certificate(caName, caKeys.getPrivate(), officeName(coop, code, officeName),
                office.getPublic(), now, OFFICE_LIFE, false, ca);
        KeyStore ks = emptyKeystore();
        try {
            ks.setKeyEntry(CA, caKeys.getPrivate(), password, new Certificate[] {ca});
            ks.setKeyEntry(OFFICE, office.getPrivate(), password, new Certificate[] {cert, ca});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        save(ks, keystore, password);
        return describe(cert);
    }

    @Override
    public void request(Path keystore, char[] password, String officeCode, String officeName, Path csr) {
        String code = CoopSettings.officeCode(officeCode);
        newKeystoreAllowed(keystore, password);
        KeyPair office = keyPair();
        X500Name subject = name(null, code, Text.required(officeName, 200, "office name"));
        // PKCS#12 keeps a key only with a certificate: a self-signed one stands in until the real one arrives.
        X509Certificate placeholder = certificate(subject, office.getPrivate(), subject, office.getPublic(),
                Instant.now(), OFFICE_LIFE, false, null);
        PKCS10CertificationRequest request;
        try {
            request = new JcaPKCS10CertificationRequestBuilder(subject, office.getPublic()).build(signer(office.getPrivate()));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
        KeyStore ks = emptyKeystore();
        try {
            ks.setKeyEntry(OFFICE, office.getPrivate(), password, new Certificate[] {placeholder});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        writePem(csr, List.of(request));
        save(ks, keystore, password);
    }

    @Override
    public OfficeCertificate issue(Path keystore, char[] password, String coop, Path csr, Path certificate,
            Instant now) {
        KeyStore ks = load(keystore, password);
        X509Certificate ca = caCertificate(ks, keystore);
        PrivateKey caKey = (PrivateKey) key(ks, CA, password);
        PKCS10CertificationRequest request = readRequest(csr);
        PublicKey requested;
        try {
            JcaPKCS10CertificationRequest jca = new JcaPKCS10CertificationRequest(request).setProvider(Bc.BC);
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Bc.BC).build(request.getSubjectPublicKeyInfo()))) {
                throw new LedgerException("identity.badRequest", csr);
            }
            requested = jca.getPublicKey();
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException e) {
            throw new LedgerException(e, "identity.badRequest", csr);
        }
        String code = CoopSettings.officeCode(rdn(request.getSubject(), BCStyle.OU));
        String officeName = rdn(request.getSubject(), BCStyle.CN);
        X509Certificate cert = certificate(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), caKey,
                officeName(coop, code, officeName), requested, now, OFFICE_LIFE, false, ca);
        writePem(certificate, List.of(cert, ca));
        return describe(cert);
    }

    @Override
    public OfficeCertificate accept(Path keystore, char[] password, Path certificate) {
        KeyStore ks = load(keystore, password);
        PrivateKey key = (PrivateKey) key(ks, OFFICE, password);
        List<X509Certificate> chain = readCertificates(certificate);
        X509Certificate office = chain.get(0);
        X509Certificate ca = chain.get(chain.size() - 1);
        try {
            Certificate[] current = ks.getCertificateChain(OFFICE);
            if (!office.getPublicKey().equals(current[0].getPublicKey())) {
                throw new LedgerException("identity.notOurKey", certificate);
            }
            office.verify(ca.getPublicKey());
            ca.verify(ca.getPublicKey());
            ks.setKeyEntry(OFFICE, key, password, chain.toArray(new Certificate[0]));
        } catch (GeneralSecurityException e) {
            throw new LedgerException(e, "identity.badCertificate", certificate);
        }
        save(ks, keystore, password);
        return describe(office);
    }

    @Override
    public OfficeCertificate exportCa(Path keystore, char[] password, Path pem) {
        List<X509Certificate> chain = chain(load(keystore, password), keystore);
        X509Certificate ca = chain.get(chain.size() - 1);
        writePem(pem, List.of(ca));
        return describe(ca);
    }

    @Override
    public OfficeCertificate exportCertificate(Path keystore, char[] password, Path pem) {
        List<X509Certificate> chain = chain(load(keystore, password), keystore);
        writePem(pem, List.copyOf(chain));
        return describe(chain.get(0));
    }

    @Override
    public OfficeKey open(Path keystore, char[] password) {
        KeyStore ks = load(keystore, password);
        return new OfficeKey((PrivateKey) key(ks, OFFICE, password), chain(ks, keystore));
    }

    /** The office chain, refusing the stand-in certificate of an office still waiting for its own. */
    private static List<X509Certificate> chain(KeyStore ks, Path keystore) {
        try {
            Certificate[] chain = ks.getCertificateChain(OFFICE);
            if (chain == null) {
                throw new LedgerException("identity.notAKeystore", keystore);
            }
            List<X509Certificate> list = new ArrayList<>();
            for (Certificate c : chain) {
                list.add((X509Certificate) c);
            }
            if (list.size() < 2) {
                throw new LedgerException("identity.waitingForCertificate", keystore);
            }
            return list;
        } catch (java.security.KeyStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate caCertificate(KeyStore ks, Path keystore) {
        try {
            if (!ks.isKeyEntry(CA)) {
                throw new LedgerException("identity.notFounding", keystore);
            }
            return (X509Certificate) ks.getCertificate(CA);
        } catch (java.security.KeyStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.security.Key key(KeyStore ks, String alias, char[] password) {
        try {
            return ks.getKey(alias, password);
        } catch (GeneralSecurityException e) {
            throw new LedgerException(e, "identity.wrongPassword");
        }
    }

    private static void newKeystoreAllowed(Path keystore, char[] password) {
        if (Files.exists(keystore)) {
            throw new LedgerException("identity.exists", keystore);
        }
        if (password.length < MIN_PASSWORD) {
            throw new LedgerException("identity.shortPassword", MIN_PASSWORD);
        }
    }

    /** O = the co-op, OU = the office code, CN = the office's (or CA's) name; any may be absent. */
    private static X500Name name(String coop, String officeCode, String commonName) {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE);
        if (coop != null) {
            b.addRDN(BCStyle.O, coop);
        }
        if (officeCode != null) {
            b.addRDN(BCStyle.OU, officeCode);
        }
        b.addRDN(BCStyle.CN, commonName);
        return b.build();
    }

    private static X500Name officeName(String coop, String code, String officeName) {
        return name(Text.required(coop, 200, "co-op name"), code, Text.required(officeName, 200, "office name"));
    }

    private static String rdn(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    private KeyPair keyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), Bc.RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE).build(key);
    }

    /** A certificate; {@code ca} is the issuer's certificate (null when self-signed). */
    private X509Certificate certificate(X500Name issuer, PrivateKey issuerKey, X500Name subject, PublicKey key,
            Instant now, Duration life, boolean isCa, X509Certificate ca) {
        try {
            // A day back: offices' clocks differ, and what another office signs soon after its certificate
            // is issued must not count as signed "before the certificate" (sync heads, documents).
            Instant from = now.minus(Duration.ofDays(1));
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, Bc.RANDOM).add(BigInteger.ONE),
                    Date.from(from), Date.from(from.plus(life)), subject, key);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, isCa ? new BasicConstraints(0) : new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(isCa ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(key));
            if (ca != null) {
                b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
            }
            X509CertificateHolder holder = b.build(signer(issuerKey));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static OfficeCertificate describe(X509Certificate c) {
        try {
            String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
            return new OfficeCertificate(subject(c), X500Name.getInstance(c.getIssuerX500Principal().getEncoded()).toString(),
                    c.getSerialNumber().toString(16), c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), fingerprint);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject as a person reads it, non-Latin names as they are written (not escaped). */
    public static String subject(X509Certificate c) {
        return X500Name.getInstance(c.getSubjectX500Principal().getEncoded()).toString();
    }

    private static KeyStore emptyKeystore() {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (NoSuchFileException e) {
            throw new LedgerException("identity.noKeystore", keystore);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getCause() instanceof javax.crypto.BadPaddingException
                    || String.valueOf(e.getMessage()).contains("password")) {
                throw new LedgerException(e, "identity.wrongPassword");
            }
            throw new LedgerException(e, "identity.notAKeystore", keystore);
        } catch (GeneralSecurityException e) {
            throw new LedgerException(e, "identity.notAKeystore", keystore);
        }
    }

    /** Writes the keystore next to its place first, so a failure never leaves half a keystore. */
    private static void save(KeyStore ks, Path keystore, char[] password) {
        writeAtomically(keystore, out -> {
            try {
                ks.store(out, password);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        });
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write already failed; that is what the person must hear about.
            }
            throw new LedgerException(e, "document.cannotWrite", target, e.getMessage());
        }
    }

    private static void writePem(Path file, List<?> objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            for (Object o : objects) {
                pem.writeObject(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeAtomically(file, out -> out.write(text.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    private static List<Object> readPem(Path file) {
        List<Object> objects = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            for (Object o = p.readObject(); o != null; o = p.readObject()) {
                objects.add(o);
            }
        } catch (NoSuchFileException e) {
            throw new LedgerException("identity.noFile", file);
        } catch (IOException | RuntimeException e) {
            throw new LedgerException(e, "identity.notPem", file);
        }
        return objects;
    }

    private static PKCS10CertificationRequest readRequest(Path file) {
        for (Object o : readPem(file)) {
            if (o instanceof PKCS10CertificationRequest r) {
                return r;
            }
        }
        throw new LedgerException("identity.badRequest", file);
    }

    @Override
    public List<X509Certificate> readCertificates(Path file) {
        List<X509Certificate> certs = new ArrayList<>();
        JcaX509CertificateConverter convert = new JcaX509CertificateConverter();
        for (Object o : readPem(file)) {
            if (o instanceof X509CertificateHolder h) {
                try {
                    certs.add(convert.getCertificate(h));
                } catch (GeneralSecurityException e) {
                    throw new LedgerException(e, "identity.badCertificate", file);
                }
            }
        }
        if (certs.isEmpty()) {
            throw new LedgerException("identity.badCertificate", file);
        }
        return certs;
    }
}
