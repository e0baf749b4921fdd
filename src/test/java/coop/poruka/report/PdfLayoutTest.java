package coop.poruka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules of the layout toolkit every document relies on, read back with pdftotext page by page. */
class PdfLayoutTest {
    private static final PdfDocument.Decor NONE = new PdfDocument.Decor() {
        @Override
        public void header(PdfDocument d) {}

        @Override
        public void footer(PdfDocument d, int page, int pages) {}
    };

    @TempDir
    Path dir;

    private static String page(Path pdf, int n) {
        return Poppler.run("pdftotext", "-f", "" + n, "-l", "" + n, "-enc", "UTF-8", pdf.toString(), "-");
    }

    @Test
    void aHeadingNearTheFootGoesToTheNextPageWithTheLinesUnderIt() {
        Path pdf = dir.resolve("heading.pdf");
        try (PdfDocument d = new PdfDocument(PDRectangle.A6, 20, NONE)) {
            d.newPage();
            d.paragraph("Postings of the month", Style.regular(9));
            // Room left for the heading and a line or two, but not for the four-line note under it.
            d.down(d.y() - 110);
            Blocks.heading(d, "Journal at the end of the month");
            d.paragraph("Each journal entry carries the hash of the one before it, so this hash fixes every entry"
                    + " up to the end of the month: any office can check this statement against its copy.",
                    Style.regular(9));
            d.write(pdf, Finish.PLAIN);
        }
        assertThat(page(pdf, 1)).contains("Postings of the month").doesNotContain("Journal at the end");
        assertThat(page(pdf, 2)).contains("Journal at the end of the month", "Each journal entry");
    }

    @Test
    void aHashSetSmallerStaysOnOneLineBesideItsLabel() {
        Path pdf = dir.resolve("hash.pdf");
        String hash = "dea09cba8308c2fde48468c1d241ddaedca885864849d87c1498f04a3b4d1111";
        try (PdfDocument d = new PdfDocument(PDRectangle.A4, 42, NONE)) {
            d.newPage();
            assertThat(d.wrap(hash, Blocks.VALUE, d.width() - 170)).hasSize(2);
            Blocks.code(d, "Entry hash", hash, 170);
            d.write(pdf, Finish.PLAIN);
        }
        assertThat(page(pdf, 1)).contains(hash);
    }
}
