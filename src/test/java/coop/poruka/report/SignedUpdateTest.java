package coop.poruka.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.office.OfficeKey;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signature appended directly as an incremental update (decision 0037), on a file PDFBox saved:
 * pdfsig and verify-pdf find it valid and covering the whole file; a saved file not laid out as
 * expected is refused, so the caller can sign it through PDFBox instead.
 */
class SignedUpdateTest {
    @TempDir
    static Path dir;
    static TestLedger ledger;
    static PadesSignature.Signer signer;

    @BeforeAll
    static void key() {
        ledger = TestLedger.create(dir);
        ledger.foundOffice();
        OfficeKey key = Wiring.identity().open(OfficeCertificates.besideLedger(ledger.path),
                TestLedger.PASSWORD.toCharArray());
        signer = new PadesSignature.Signer(key);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static byte[] saved(PDDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    private static byte[] signed(byte[] saved) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignedUpdate.write(saved, "Almaty", "Выписка участника, Ынтымақ", "Almaty office (ALM)",
                PdfDocument.pdfDate(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), 8192, signer::cms, out);
        return out.toByteArray();
    }

    @Test
    void aSavedTwoPageDocumentIsSignedWholeByAnUpdateOfItsOwn() throws Exception {
        byte[] saved;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            saved = saved(doc);
        }
        byte[] file = signed(saved);
        // The saved file unchanged in front, then the update.
        assertThat(java.util.Arrays.copyOf(file, saved.length)).isEqualTo(saved);
        Path pdf = Files.write(dir.resolve("signed.pdf"), file);
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).contains("Signature is Valid.", "Total document signed");
        var check = PdfSignatures.check(pdf, List.of());
        assertThat(check.valid()).isTrue();
        assertThat(check.reason()).isEqualTo("Выписка участника, Ынтымақ");
        assertThat(check.location()).isEqualTo("Almaty office (ALM)");
        assertThat(StatementPdfTest.pages(pdf)).isEqualTo(2);
    }

    @Test
    void aDocumentLaidOutWithItsFontsAndPdfAPartsTakesTheDirectUpdate() throws Exception {
        Path pdf = dir.resolve("laid-out.pdf");
        PdfDocument.Decor plain = new PdfDocument.Decor() {
            @Override
            public void header(PdfDocument d) {}

            @Override
            public void footer(PdfDocument d, int page, int pages) {
                d.text(page + "/" + pages, d.left(), d.footerBaseline(), Style.muted(8));
            }
        };
        try (PdfDocument d = new PdfDocument(org.apache.pdfbox.pdmodel.common.PDRectangle.A4, 40, plain)) {
            d.info("Test", "Ынтымақ", java.util.GregorianCalendar.from(java.time.ZonedDateTime.now()));
            d.newPage();
            d.paragraph(ReceiptPdfTest.KAZAKH + ", " + ReceiptPdfTest.SWEDISH, Style.bold(12));
            // Signed only by the direct update: a file it refuses fails here instead of going to PDFBox.
            d.write(pdf, (doc, out) -> {
                ByteArrayOutputStream saved = new ByteArrayOutputStream();
                doc.save(saved, CompressParameters.NO_COMPRESSION);
                try {
                    out.write(signed(saved.toByteArray()));
                } catch (Exception e) {
                    throw new java.io.IOException(e);
                }
            });
        }
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).contains("Signature is Valid.", "Total document signed");
        assertThat(StatementPdfTest.flat(Poppler.text(pdf))).contains(ReceiptPdfTest.KAZAKH, ReceiptPdfTest.SWEDISH);
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        assertThat(PdfaConformanceTest.validate(pdf).isCompliant()).isTrue();
    }

    @Test
    void aFileWithAFormAlreadyIsLeftToPdfBox() throws Exception {
        byte[] saved;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getDocumentCatalog().setAcroForm(new PDAcroForm(doc));
            saved = saved(doc);
        }
        assertThatThrownBy(() -> signed(saved)).isInstanceOf(SignedUpdate.Unexpected.class);
    }
}
