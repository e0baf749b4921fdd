package coop.poruka.report;

import coop.poruka.domain.document.Receipt;
import coop.poruka.domain.document.SignatureCheck;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.Documents;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The co-op's documents as PDF files, with embedded fonts so any script prints and copies. */
public final class PdfDocuments implements Documents {
    /** Signs each document, or null to write them unsigned. */
    private final OfficeKey key;
    private final Clock clock;

    public PdfDocuments() {
        this(null, null);
    }

    private PdfDocuments(OfficeKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    @Override
    public Documents signedBy(OfficeKey key, Clock clock) {
        return new PdfDocuments(key, clock);
    }

    @Override
    public void receipt(Receipt receipt, Locale locale, Path file) {
        Words words = new Words(locale);
        try (PdfDocument d = new ReceiptLayout(receipt, words).build()) {
            d.write(file, finish(words, "receipt.title", receipt.coop()));
        }
    }

    /** How a document is written: signed last, with the document's kind as the reason, when there is a key. */
    private Finish finish(Words words, String titleKey, CoopSettings coop) {
        if (key == null) {
            return Finish.PLAIN;
        }
        return new PadesSignature(key, words.get("sign.reason", words.get(titleKey), coop.name()),
                words.get("office", coop.officeName(), coop.officeCode()), clock.instant());
    }

    @Override
    public SignatureCheck verify(Path pdf, List<X509Certificate> trusted) {
        return PdfSignatures.check(pdf, trusted);
    }
}
