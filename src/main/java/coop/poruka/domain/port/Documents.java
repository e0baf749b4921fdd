package coop.poruka.domain.port;

import coop.poruka.domain.document.ExposurePack;
import coop.poruka.domain.document.Receipt;
import coop.poruka.domain.document.MonthSummary;
import coop.poruka.domain.document.SignatureCheck;
import coop.poruka.domain.document.Statement;
import coop.poruka.domain.office.OfficeKey;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Writes the co-op's printable documents as files; given to the use cases by the composition root. */
public interface Documents {
    /**
     * Writes the receipt of one exchange to {@code file} (replacing it), in the person's language.
     * Either the whole file is written or the file is left as it was.
     */
    void receipt(Receipt receipt, Locale locale, Path file);

    /** Writes a member's monthly statement to {@code file}, as {@link #receipt} does. */
    void statement(Statement statement, Locale locale, Path file);

    /** Writes the co-op's monthly summary for the treasurer to {@code file}. */
    void summary(MonthSummary summary, Locale locale, Path file);

    /** Writes a guarantor's exposure pack to {@code file}. */
    void exposure(ExposurePack pack, Locale locale, Path file);

    /**
     * Joins finished documents into one file to print in one go. It is not signed: each member's
     * own file carries the signature.
     */
    void combine(List<Path> documents, Path file);

    /** The same documents, each signed by the office as its last step (time from {@code clock}). */
    Documents signedBy(OfficeKey key, Clock clock);

    /** Checks the signature of a PDF; {@code trusted} are the co-op CAs to chain up to (may be empty). */
    SignatureCheck verify(Path pdf, List<X509Certificate> trusted);
}
