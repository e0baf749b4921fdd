package coop.poruka.cli;

import coop.poruka.domain.LedgerException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parsing of the --month and --lang options the document commands share. */
final class Months {
    private Months() {}

    static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new LedgerException("statement.badMonth", text);
        }
    }

    static Locale language(String lang) {
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "en", "ru", "sv" -> Locale.forLanguageTag(lang.strip().toLowerCase(Locale.ROOT));
            default -> throw new CommandFailed("\"" + lang + "\" is not a language of the documents; use en, ru or sv.");
        };
    }
}
