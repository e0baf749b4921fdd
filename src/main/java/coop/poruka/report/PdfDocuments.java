package coop.poruka.report;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.document.MonthSummary;
import coop.poruka.domain.document.ExposurePack;
import coop.poruka.domain.document.Receipt;
import coop.poruka.domain.document.SignatureCheck;
import coop.poruka.domain.document.Statement;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.Documents;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** The co-op's documents as PDF files, with embedded fonts so any script prints and copies. */
public final class PdfDocuments implements Documents {
    /** Signs each document, or null to write them unsigned. */
    private final PadesSignature.Signer signer;
    private final Clock clock;

    public PdfDocuments() {
        this(null, null);
    }

    private PdfDocuments(OfficeKey key, Clock clock) {
        this.signer = key == null ? null : new PadesSignature.Signer(key);
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

    @Override
    public void statement(Statement statement, Locale locale, Path file) {
        Words words = new Words(locale);
        try (PdfDocument d = new StatementLayout(statement, words).build()) {
            d.write(file, finish(words, "statement.title", statement.coop()));
        }
    }

    @Override
    public void summary(MonthSummary summary, Locale locale, Path file) {
        Words words = new Words(locale);
        try (PdfDocument d = new SummaryLayout(summary, words).build()) {
            d.write(file, finish(words, "summary.title", summary.coop()));
        }
    }

    @Override
    public void exposure(ExposurePack pack, Locale locale, Path file) {
        Words words = new Words(locale);
        try (PdfDocument d = new ExposureLayout(pack, words).build()) {
            d.write(file, finish(words, "exposure.title", pack.coop()));
        }
    }

    /** How a document is written: signed last, with the document's kind as the reason, when there is a key. */
    private Finish finish(Words words, String titleKey, CoopSettings coop) {
        if (signer == null) {
            return Finish.PLAIN;
        }
        return new PadesSignature(signer, words.get("sign.reason", words.get(titleKey), coop.name()),
                words.get("office", coop.officeName(), coop.officeCode()), clock.instant());
    }

    @Override
    public void combine(List<Path> documents, Path file) {
        // The pages only: each member's own file keeps its signature, which cannot cover a joined file,
        // so the signature fields are left out rather than copied as broken ones.
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument all = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (Path p : documents) {
                PDDocument src = Loader.loadPDF(p.toFile(), IOUtils.createTempFileOnlyStreamCache());
                sources.add(src);
                for (PDPage page : src.getPages()) {
                    PDPage copy = all.importPage(page);
                    copy.setAnnotations(List.of());
                }
            }
            PdfDocument.writeAtomically(file, out -> all.save(out));
        } catch (IOException e) {
            throw new LedgerException(e, "document.cannotWrite", file.toAbsolutePath(), e.getMessage());
        } finally {
            for (PDDocument src : sources) {
                try {
                    src.close();
                } catch (IOException ignored) {
                    // Read-only sources; nothing to lose.
                }
            }
        }
    }

    @Override
    public SignatureCheck verify(Path pdf, List<X509Certificate> trusted) {
        return PdfSignatures.check(pdf, trusted);
    }
}
