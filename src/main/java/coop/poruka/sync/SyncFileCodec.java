package coop.poruka.sync;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.SignedHead;
import coop.poruka.domain.ledger.SyncBundle;
import coop.poruka.domain.ledger.SyncCertificate;
import coop.poruka.domain.ledger.SyncEntry;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.SyncFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Writes sync files of format version 2 and reads versions 1 and 2 (docs/sync-format.md). */
public final class SyncFileCodec implements SyncFiles {
    static final String CONTENT = "sync.jsonl";
    static final String SIGNATURE = "sync.p7s";
    /** No sync file content may be larger (a limit on everything): about 10 million entries. */
    private static final long MAX_CONTENT = 4L << 30;

    @Override
    public void write(Path file, SyncBundle bundle, OfficeKey key) {
        byte[] content = content(bundle);
        // The signature's digest and the compression each go through the whole content and take
        // about as long: the signing runs on a thread of its own while the content is compressed.
        FutureTask<byte[]> signing = besides("poruka-sign-sync-file", () -> sign(content, key));
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, CONTENT, content);
                put(zip, SIGNATURE, done(signing));
            }
            // Only a complete file gets the name: a half-written one is never mistaken for it.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LedgerException("sync.cannotWrite", file, e.getMessage());
        } finally {
            deleteQuietly(tmp); // left only by a write that failed
        }
    }

    /** Work started on a daemon thread of its own, to be waited for with {@link #done}. */
    private static <T> FutureTask<T> besides(String name, java.util.concurrent.Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray .part file beside the sync file is named as unfinished and does no harm
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    static byte[] content(SyncBundle bundle) {
        StringBuilder b = new StringBuilder(256 + bundle.entries().size() * 300);
        manifest(b, bundle);
        for (SyncEntry se : bundle.entries()) {
            JournalEntry e = se.entry();
            b.append("{\"office\":");
            Json.string(b, e.office());
            b.append(",\"seq\":").append(e.seq()).append(",\"kind\":\"").append(e.kind().name()).append("\",\"at\":");
            Json.string(b, e.recordedAt().toString());
            b.append(",\"prev\":\"");
            hex(b, e.prevHash());
            b.append("\",\"hash\":\"");
            hex(b, e.hash());
            b.append("\",\"body\":");
            Json.string(b, se.body());
            b.append("}\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void hex(StringBuilder b, Hash h) {
        // By hand into one char array: HexFormat appends digit by digit, two per entry.
        byte[] bytes = h.bytes();
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[bytes[i] >> 4 & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        b.append(out);
    }

    /** The first line (without entries), written as the bundle's format version has it. */
    static void manifest(StringBuilder b, SyncBundle bundle) {
        b.append("{\"format\":").append(bundle.format()).append(",\"coop\":");
        Json.string(b, bundle.coop().toString());
        b.append(",\"from\":");
        Json.string(b, bundle.from());
        b.append(",\"to\":");
        Json.string(b, bundle.to());
        b.append(",\"created\":");
        Json.string(b, bundle.created().toString());
        b.append(",\"ranges\":[");
        String sep = "";
        for (Map.Entry<String, long[]> r : bundle.ranges().entrySet()) {
            b.append(sep).append("{\"office\":");
            Json.string(b, r.getKey());
            b.append(",\"first\":").append(r.getValue()[0]).append(",\"last\":").append(r.getValue()[1]).append('}');
            sep = ",";
        }
        b.append("],\"acks\":[");
        sep = "";
        for (Map.Entry<String, Long> a : new TreeMap<>(bundle.acks()).entrySet()) {
            b.append(sep).append("{\"office\":");
            Json.string(b, a.getKey());
            b.append(",\"last\":").append(a.getValue()).append('}');
            sep = ",";
        }
        b.append(']');
        if (bundle.format() >= 2) {
            b.append(",\"heads\":[");
            sep = "";
            for (SignedHead h : sortedHeads(bundle.heads())) {
                b.append(sep).append("{\"office\":");
                Json.string(b, h.office());
                b.append(",\"seq\":").append(h.seq()).append(",\"hash\":\"");
                hex(b, h.hash());
                b.append("\",\"at\":");
                Json.string(b, h.signedAt().toString());
                b.append(",\"cert\":\"");
                hex(b, h.certificate());
                b.append("\",\"sig\":\"").append(Base64.getEncoder().encodeToString(h.signature())).append("\"}");
                sep = ",";
            }
            b.append("],\"certs\":[");
            sep = "";
            for (SyncCertificate c : sortedCertificates(bundle.certificates())) {
                b.append(sep).append('"').append(Base64.getEncoder().encodeToString(c.der())).append('"');
                sep = ",";
            }
            b.append(']');
        }
        b.append("}\n");
    }

    private static List<SignedHead> sortedHeads(List<SignedHead> heads) {
        List<SignedHead> out = new ArrayList<>(heads);
        out.sort(Comparator.comparing(SignedHead::office).thenComparingLong(SignedHead::seq));
        return out;
    }

    /** Certificates in the order of their fingerprints, each once. */
    private static List<SyncCertificate> sortedCertificates(List<SyncCertificate> certificates) {
        Map<String, SyncCertificate> out = new TreeMap<>();
        certificates.forEach(c -> out.putIfAbsent(c.fingerprint().hex(), c));
        return List.copyOf(out.values());
    }

    @Override
    public SignedHead signHead(UUID coop, JournalEntry head, Instant at, OfficeKey key) {
        Instant when = JournalEntry.truncate(at);
        try {
            Signature s = Signature.getInstance(algorithm(key.key().getAlgorithm()));
            s.initSign(key.key());
            s.update(SignedHead.signedBytes(coop, head.office(), head.seq(), head.hash(), when));
            return new SignedHead(head.office(), head.seq(), head.hash(), when,
                    new SyncCertificate(key.officeCode(), key.certificate().getEncoded()).fingerprint(), s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the head of the office's chain", e);
        }
    }

    /** The signature algorithm of a key: ECDSA for the keys Poruka makes, RSA for others. */
    private static String algorithm(String keyAlgorithm) {
        return "EC".equals(keyAlgorithm) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    private static byte[] sign(byte[] content, OfficeKey key) {
        try {
            String algorithm = algorithm(key.key().getAlgorithm());
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(algorithm).build(key.key()), key.certificate()));
            gen.addCertificates(new JcaCertStore(key.chain()));
            return gen.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign a sync file", e);
        }
    }

    @Override
    public SyncBundle read(Path file, X509Certificate coopCa) {
        byte[] content = null;
        byte[] signature = null;
        // Through the archive's central directory, as a reader in any language opens it: a file cut
        // short loses that directory, however whole the entries before the cut are.
        try (ZipFile zip = new ZipFile(readable(file).toFile())) {
            for (ZipEntry z : Collections.list(zip.entries())) {
                if (z.getName().equals(CONTENT) && content == null) {
                    content = readAll(zip, z);
                } else if (z.getName().equals(SIGNATURE) && signature == null) {
                    signature = readAll(zip, z);
                } else {
                    throw new LedgerException("sync.notASyncFile", file);
                }
            }
        } catch (IOException e) {
            // A truncated or changed archive lacks its directory, fails its checksums or ends early.
            throw new LedgerException("sync.damaged", file);
        }
        if (content == null || signature == null) {
            throw new LedgerException("sync.damaged", file);
        }
        // The signature's digest of the whole content and the parsing of it take about as long as
        // each other and do not depend on each other: the parsing runs beside the check. Nothing
        // parsed is used, and no parsing error is said, unless the signature checks out.
        byte[] signed = content;
        FutureTask<SyncBundle> parsing = besides("poruka-parse-sync-file", () -> parse(file, signed));
        String from;
        try {
            from = verify(file, content, signature, coopCa);
        } catch (RuntimeException refused) {
            parsing.cancel(true);
            throw refused;
        }
        SyncBundle bundle = checkHeads(file, done(parsing), coopCa);
        if (!bundle.from().equals(from)) {
            throw new LedgerException("sync.signerNotSender", file, from, bundle.from());
        }
        return bundle;
    }

    /** What work on another thread gave, or its refusal; an error of that thread is this thread's. */
    private static <T> T done(FutureTask<T> work) {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading or writing a sync file", e);
        }
    }

    /** The file; one that is not there, or not a file that may be read, is said as such rather than as damage. */
    private static Path readable(Path file) {
        if (!Files.exists(file)) {
            throw new LedgerException("import.fileNotFound", file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new LedgerException("sync.cannotRead", file);
        }
        return file;
    }

    /** An entry's bytes, checked against the checksum the archive holds for them. */
    private static byte[] readAll(ZipFile zip, ZipEntry entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buf)) > 0;) {
                total += n;
                if (total > MAX_CONTENT) {
                    throw new IOException("too large");
                }
                out.write(buf, 0, n);
            }
        }
        byte[] bytes = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != entry.getCrc()) {
            throw new IOException("checksum");
        }
        return bytes;
    }

    /** Checks the signature and that the co-op CA issued the signer's certificate; the signer's office code. */
    private static String verify(Path file, byte[] content, byte[] signature, X509Certificate coopCa) {
        X509Certificate cert;
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            List<SignerInformation> signers = new ArrayList<>(signed.getSignerInfos().getSigners());
            if (signers.size() != 1) {
                throw new LedgerException("sync.badSignature", file);
            }
            SignerInformation signer = signers.get(0);
            @SuppressWarnings("unchecked")
            List<X509CertificateHolder> certs = new ArrayList<>(signed.getCertificates().getMatches(signer.getSID()));
            if (certs.isEmpty() || !signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certs.get(0)))) {
                throw new LedgerException("sync.badSignature", file);
            }
            cert = new JcaX509CertificateConverter().getCertificate(certs.get(0));
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException("sync.badSignature", file);
        }
        try {
            cert.verify(coopCa.getPublicKey());
            cert.checkValidity();
        } catch (GeneralSecurityException e) {
            throw new LedgerException("sync.notCoopCertificate", file, subjectPart(cert, BCStyle.CN));
        }
        return subjectPart(cert, BCStyle.OU);
    }

    private static String subjectPart(X509Certificate c, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(c.getSubjectX500Principal().getEncoded()).getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    @SuppressWarnings("unchecked")
    private static SyncBundle parse(Path file, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        // Malformed UTF-8 becomes U+FFFD; only then is the slower strict decoder asked which it was.
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
            } catch (CharacterCodingException e) {
                throw new LedgerException("sync.damaged", file);
            }
        }
        int firstEnd = text.indexOf('\n');
        Map<String, Object> m;
        try {
            m = (Map<String, Object>) Json.parse(text.substring(0, firstEnd));
        } catch (RuntimeException e) {
            throw new LedgerException("sync.damaged", file);
        }
        Object format = m.get("format");
        if (!(format instanceof Long f) || f != SyncBundle.FORMAT && f != SyncBundle.FORMAT_1) {
            throw new LedgerException("sync.unknownFormat", file, format, SyncBundle.FORMAT);
        }
        try {
            Map<String, Long> acks = new TreeMap<>();
            for (Object a : (List<Object>) m.get("acks")) {
                Map<String, Object> am = (Map<String, Object>) a;
                acks.put((String) am.get("office"), (Long) am.get("last"));
            }
            List<SignedHead> heads = new ArrayList<>();
            List<SyncCertificate> certificates = new ArrayList<>();
            if (f >= 2) {
                for (Object h : (List<Object>) m.get("heads")) {
                    Map<String, Object> hm = (Map<String, Object>) h;
                    heads.add(new SignedHead((String) hm.get("office"), (Long) hm.get("seq"),
                            Hash.ofHex((String) hm.get("hash")), Instant.parse((String) hm.get("at")),
                            Hash.ofHex((String) hm.get("cert")), Base64.getDecoder().decode((String) hm.get("sig"))));
                }
                for (Object c : (List<Object>) m.get("certs")) {
                    certificates.add(new SyncCertificate("", Base64.getDecoder().decode((String) c)));
                }
            }
            List<SyncEntry> entries = EntryLines.read(text, firstEnd + 1);
            SyncBundle bundle = new SyncBundle(f.intValue(), UUID.fromString((String) m.get("coop")),
                    (String) m.get("from"), (String) m.get("to"), Instant.parse((String) m.get("created")), acks,
                    entries, heads, certificates);
            // Entry lines are read strictly in their canonical form; the manifest is written again
            // and must come back byte for byte (its ranges are recomputed from the entries).
            StringBuilder manifest = new StringBuilder();
            manifest(manifest, bundle);
            if (!text.startsWith(manifest.toString())) {
                throw new IllegalArgumentException("not canonical");
            }
            return bundle;
        } catch (RuntimeException e) {
            throw new LedgerException("sync.damaged", file);
        }
    }

    /**
     * Checks every carried certificate against the co-op CA and every head's signature against the
     * certificate it names; the bundle comes back with each certificate's office.
     */
    private static SyncBundle checkHeads(Path file, SyncBundle bundle, X509Certificate coopCa) {
        Map<Hash, X509Certificate> byFingerprint = new HashMap<>();
        List<SyncCertificate> certificates = new ArrayList<>();
        for (SyncCertificate c : bundle.certificates()) {
            X509Certificate cert;
            try {
                cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(c.der()));
            } catch (CertificateException | RuntimeException e) {
                throw new LedgerException("sync.damaged", file);
            }
            try {
                cert.verify(coopCa.getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new LedgerException("sync.notCoopCertificate", file, subjectPart(cert, BCStyle.CN));
            }
            SyncCertificate named = new SyncCertificate(subjectPart(cert, BCStyle.OU), c.der());
            byFingerprint.put(named.fingerprint(), cert);
            certificates.add(named);
        }
        for (SignedHead h : bundle.heads()) {
            X509Certificate cert = byFingerprint.get(h.certificate());
            if (cert == null || !subjectPart(cert, BCStyle.OU).equals(h.office())) {
                throw new LedgerException("sync.badHead", file, h.office(), bundle.from());
            }
            try {
                // Valid when the head was signed: a head stays good to pass on after the certificate ends.
                cert.checkValidity(java.util.Date.from(h.signedAt()));
                Signature s = Signature.getInstance(algorithm(cert.getPublicKey().getAlgorithm()));
                s.initVerify(cert.getPublicKey());
                s.update(h.signedBytes(bundle.coop()));
                if (!s.verify(h.signature())) {
                    throw new LedgerException("sync.badHead", file, h.office(), bundle.from());
                }
            } catch (GeneralSecurityException e) {
                throw new LedgerException("sync.badHead", file, h.office(), bundle.from());
            }
        }
        return bundle.withHeads(bundle.heads(), certificates);
    }
}
