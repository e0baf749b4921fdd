package coop.poruka.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What PDF/A-2b asks of a document beyond embedded fonts: XMP metadata that names the conformance
 * and repeats the document information, and an sRGB output intent for the device colours drawn.
 * Whether a validator accepts the result is recorded in docs/decisions/0015.
 */
final class PdfA {
    private static final String SRGB = "sRGB IEC61966-2.1";
    /** The sRGB profile, compressed. */
    private static volatile byte[] icc;

    private PdfA() {}

    static void describe(PDDocument doc, String title, String author, Calendar created) {
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(created.toInstant(),
                ZoneOffset.ofTotalSeconds(created.getTimeZone().getOffset(created.getTimeInMillis()) / 1000))
                .truncatedTo(ChronoUnit.SECONDS));
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<xmp:CreatorTool>Poruka</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + when + "</xmp:CreateDate>\n<xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        try {
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(outputIntent());
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The output intent's dictionary as PDFBox makes it from a colour profile, with the profile's
     * stream compressed once for every document rather than parsed and compressed again for each.
     */
    private static COSDictionary outputIntent() throws IOException {
        byte[] profile = icc;
        if (profile == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
                z.write(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            }
            profile = out.toByteArray();
            icc = profile;
        }
        COSStream stream = new COSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        stream.setInt(COSName.N, 3);
        try (OutputStream raw = stream.createRawOutputStream()) {
            raw.write(profile);
        }
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.GTS_PDFA1);
        intent.setItem(COSName.DEST_OUTPUT_PROFILE, stream);
        return intent;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
