package coop.poruka.report;

import coop.poruka.domain.office.OfficeKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a finished document as its last step: a PAdES baseline signature (CMS detached, SHA-256,
 * the office certificate and the co-op CA included, the ESS signing-certificate-v2 attribute),
 * with the signing time, reason and location in the signature dictionary, written by an
 * incremental save so the signed bytes are exactly the document as laid out.
 */
final class PadesSignature implements Finish {
    private final Signer signer;
    private final String reason;
    private final String location;
    private final Instant at;

    PadesSignature(Signer signer, String reason, String location, Instant at) {
        this.signer = signer;
        this.reason = reason;
        this.location = location;
        this.at = at;
    }

    @Override
    public void write(PDDocument doc, OutputStream out) throws IOException {
        // Saved once with a plain cross-reference table, the signature then appended as an update.
        ByteArrayOutputStream plain = new ByteArrayOutputStream(128 * 1024);
        doc.save(plain, CompressParameters.NO_COMPRESSION);
        byte[] bytes = plain.toByteArray();
        String date = PdfDocument.pdfDate(at, ZoneOffset.UTC);
        try {
            SignedUpdate.write(bytes, signer.name, reason, location, date, signer.reserve, signer::cms, out);
            return;
        } catch (SignedUpdate.Unexpected e) {
            // Not laid out as that expects: PDFBox signs it, after reloading it (it signs only loaded files).
        }
        try (PDDocument saved = Loader.loadPDF(bytes)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signer.name);
            signature.setReason(reason);
            signature.setLocation(location);
            signature.getCOSObject().setString(COSName.M, date);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(signer.reserve);
                saved.addSignature(signature, signer::cms, options);
                // PDF/A wants every annotation printable; the invisible signature widget included.
                for (var field : saved.getSignatureFields()) {
                    field.getWidgets().forEach(w -> w.setPrinted(true));
                }
                saved.saveIncremental(out);
            }
        }
    }

    /**
     * What signing needs from the office key, prepared once for all the documents it signs: the key
     * in BouncyCastle's own form (so the curve's precomputed multiples of its base point, worked out
     * on the first signature, serve every later one: they took half of each signature's time), the
     * certificates, and the PAdES attributes.
     */
    static final class Signer {
        private final OfficeKey key;
        private final String name;
        private final X509CertificateHolder certificate;
        private final JcaCertStore chain;
        private final CMSAttributeTableGenerator attributes;
        private final DigestCalculatorProvider digests;
        /** The EC key for BouncyCastle's lightweight signer, or null for an RSA key (signed through JCA). */
        private final AsymmetricKeyParameter ecKey;
        private final AlgorithmIdentifier algorithm;
        /** Bytes kept for the signature in the file: the certificates it carries and room to spare. */
        private final int reserve;

        Signer(OfficeKey key) {
            try {
                this.key = key;
                name = PdfSignatures.commonName(key.certificate());
                certificate = new JcaX509CertificateHolder(key.certificate());
                chain = new JcaCertStore(key.chain());
                attributes = padesAttributes(key.certificate());
                digests = new JcaDigestCalculatorProviderBuilder().build();
                algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm(key));
                ecKey = "EC".equals(key.key().getAlgorithm()) ? PrivateKeyFactory.createKey(key.key().getEncoded()) : null;
                int certificates = 0;
                for (X509Certificate c : key.chain()) {
                    certificates += c.getEncoded().length;
                }
                reserve = certificates + 4096;
            } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
                throw new IllegalStateException("the office key cannot sign: " + e.getMessage(), e);
            }
        }

        /** The detached CMS signature over the bytes the signature's byte range covers. */
        byte[] cms(InputStream content) throws IOException {
            return cms(new CMSProcessableByteArray(content.readAllBytes()));
        }

        /** The same over the two parts of {@code file} the byte range names, without copying them. */
        byte[] cms(byte[] file, int[] byteRange) throws IOException {
            return cms(new CMSTypedData() {
                @Override
                public ASN1ObjectIdentifier getContentType() {
                    return CMSObjectIdentifiers.data;
                }

                @Override
                public void write(OutputStream out) throws IOException {
                    out.write(file, byteRange[0], byteRange[1]);
                    out.write(file, byteRange[2], byteRange[3]);
                }

                @Override
                public Object getContent() {
                    // Never encapsulated (the signature is detached), but BouncyCastle digests no content it sees as null.
                    return file;
                }
            });
        }

        private byte[] cms(CMSTypedData content) throws IOException {
            try {
                ContentSigner signs = ecKey != null
                        ? new BcECContentSignerBuilder(algorithm, new DefaultDigestAlgorithmIdentifierFinder().find(algorithm))
                                .build(ecKey)
                        : new JcaContentSignerBuilder(algorithm(key)).setProvider(PdfSignatures.BC).build(key.key());
                CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
                gen.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(digests).setSignedAttributeGenerator(attributes)
                        .build(signs, certificate));
                gen.addCertificates(chain);
                return gen.generate(content, false).getEncoded();
            } catch (OperatorCreationException | CMSException e) {
                throw new IOException("the document could not be signed: " + e.getMessage(), e);
            }
        }

        private static String algorithm(OfficeKey key) {
            return "EC".equals(key.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        }
    }

    /**
     * Content type, message digest, the CMS algorithm protection BouncyCastle adds by default, and
     * signing-certificate-v2, as PAdES baseline asks; no CMS signing-time attribute, because PAdES
     * puts the time in the dictionary (/M). Built directly rather than through BouncyCastle's default
     * table (which makes a signing time only for it to be removed): the certificate's attribute is
     * made once.
     */
    private static CMSAttributeTableGenerator padesAttributes(X509Certificate cert)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial issuer = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer);
        Attribute certificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
        return parameters -> {
            ASN1EncodableVector v = new ASN1EncodableVector(4);
            v.add(new Attribute(CMSAttributes.contentType, new DERSet(ASN1ObjectIdentifier.getInstance(
                    parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE)))));
            v.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(
                    (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            v.add(new Attribute(CMSAttributes.cmsAlgorithmProtect, new DERSet(new CMSAlgorithmProtection(
                    (AlgorithmIdentifier) parameters.get(CMSAttributeTableGenerator.DIGEST_ALGORITHM_IDENTIFIER),
                    CMSAlgorithmProtection.SIGNATURE,
                    (AlgorithmIdentifier) parameters.get(CMSAttributeTableGenerator.SIGNATURE_ALGORITHM_IDENTIFIER)))));
            v.add(certificate);
            return new AttributeTable(v);
        };
    }
}