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
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
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
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a finished document as its last step: a PAdES baseline signature (CMS detached, SHA-256,
 * the office certificate and the co-op CA included, the ESS signing-certificate-v2 attribute),
 * with the signing time, reason and location in the signature dictionary, written by an
 * incremental save so the signed bytes are exactly the document as laid out.
 */
final class PadesSignature implements Finish {
    private final OfficeKey key;
    private final String reason;
    private final String location;
    private final Instant at;

    PadesSignature(OfficeKey key, String reason, String location, Instant at) {
        this.key = key;
        this.reason = reason;
        this.location = location;
        this.at = at;
    }

    @Override
    public void write(PDDocument doc, OutputStream out) throws IOException {
        // A signature can only be added to a document that has been saved once: save, reload, sign.
        ByteArrayOutputStream plain = new ByteArrayOutputStream(64 * 1024);
        doc.save(plain);
        try (PDDocument saved = Loader.loadPDF(plain.toByteArray())) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(PdfSignatures.commonName(key.certificate()));
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(8192);
                saved.addSignature(signature, this::cms, options);
                // PDF/A wants every annotation printable; the invisible signature widget included.
                for (var field : saved.getSignatureFields()) {
                    field.getWidgets().forEach(w -> w.setPrinted(true));
                }
                saved.saveIncremental(out);
            }
        }
    }

    /** The detached CMS signature over the bytes the signature's byte range covers. */
    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate cert = key.certificate();
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            info.setSignedAttributeGenerator(padesAttributes(cert));
            // BouncyCastle's ECDSA signs in about half the time of the JDK's, and signing was a fifth of a statement.
            gen.addSignerInfoGenerator(info.build(new JcaContentSignerBuilder(algorithm())
                    .setProvider(PdfSignatures.BC).build(key.key()), cert));
            gen.addCertificates(new JcaCertStore(key.chain()));
            return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("the document could not be signed: " + e.getMessage(), e);
        }
    }

    private String algorithm() {
        return "EC".equals(key.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    /**
     * Content type, message digest and signing-certificate-v2, as PAdES baseline asks; the CMS
     * signing-time attribute is left out because PAdES puts the time in the dictionary (/M).
     */
    private static CMSAttributeTableGenerator padesAttributes(X509Certificate cert)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial issuer = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        DefaultSignedAttributeTableGenerator base = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
        return parameters -> {
            AttributeTable table = base.getAttributes(parameters);
            return table.remove(CMSAttributes.signingTime);
        };
    }
}
