package coop.poruka.domain.port;

import coop.poruka.domain.document.Receipt;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the co-op's printable documents as files; given to the use cases by the composition root. */
public interface Documents {
    /**
     * Writes the receipt of one exchange to {@code file} (replacing it), in the person's language.
     * Either the whole file is written or the file is left as it was.
     */
    void receipt(Receipt receipt, Locale locale, Path file);
}
