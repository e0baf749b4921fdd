package coop.poruka.app;

import coop.poruka.domain.document.MonthSummary;
import coop.poruka.domain.document.ExposurePack;
import coop.poruka.domain.document.Receipt;
import coop.poruka.domain.document.Statement;
import coop.poruka.domain.document.SignatureCheck;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.Documents;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Signed documents whose key is opened when the first one is written (see {@link OfficeCertificates}). */
final class LazilySigned implements Documents {
    private final Documents plain;
    private final Supplier<Documents> open;
    private Documents signed;

    LazilySigned(Documents plain, Supplier<Documents> open) {
        this.plain = plain;
        this.open = open;
    }

    private synchronized Documents signed() {
        if (signed == null) {
            signed = open.get();
        }
        return signed;
    }

    @Override
    public void receipt(Receipt receipt, Locale locale, Path file) {
        signed().receipt(receipt, locale, file);
    }

    @Override
    public void statement(Statement statement, Locale locale, Path file) {
        signed().statement(statement, locale, file);
    }

    @Override
    public void summary(MonthSummary summary, Locale locale, Path file) {
        signed().summary(summary, locale, file);
    }

    @Override
    public void exposure(ExposurePack pack, Locale locale, Path file) {
        signed().exposure(pack, locale, file);
    }

    @Override
    public void combine(List<Path> documents, Path file) {
        plain.combine(documents, file);
    }

    @Override
    public Documents signedBy(OfficeKey key, Clock clock) {
        return plain.signedBy(key, clock);
    }

    @Override
    public SignatureCheck verify(Path pdf, List<X509Certificate> trusted) {
        // Checking a signature needs no key of ours.
        return plain.verify(pdf, trusted);
    }
}
