package coop.poruka.report;

import coop.poruka.domain.document.Receipt;
import coop.poruka.domain.port.Documents;
import java.nio.file.Path;
import java.util.Locale;

/** The co-op's documents as PDF files, with embedded fonts so any script prints and copies. */
public final class PdfDocuments implements Documents {
    private final Finish finish;

    public PdfDocuments() {
        this(Finish.PLAIN);
    }

    /** @param finish how each finished document is written (a signer, once there is one) */
    public PdfDocuments(Finish finish) {
        this.finish = finish;
    }

    @Override
    public void receipt(Receipt receipt, Locale locale, Path file) {
        try (PdfDocument d = new ReceiptLayout(receipt, new Words(locale)).build()) {
            d.write(file, finish);
        }
    }
}
