package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import java.util.Locale;

/** What is wrong with one row of an imported file, and the line of the file the row starts on. */
public record ImportProblem(long line, LedgerException problem) {

    /** "line 12: There is no member with code ALM-0099; ..." in the given language. */
    public String message(Locale locale) {
        return new LedgerException("import.line", line, problem.message(locale)).message(locale);
    }

    /** The English text, as the command line prints it. */
    public String message() {
        return message(Locale.ENGLISH);
    }
}
