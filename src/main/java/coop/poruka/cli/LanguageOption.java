package coop.poruka.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The --lang option of every command that writes a document. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the document: en, ru or sv (default: ${DEFAULT-VALUE}).")
    String lang;

    Locale locale() {
        return Months.language(lang);
    }
}
