package coop.poruka.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Small things the program remembers between runs that are not worth a class of their own. */
final class Prefs {
    private static final String LANGUAGE = "language";

    private Prefs() {}

    /** Writes now; a preference that cannot be stored is not worth stopping the program for. */
    static void flush(Preferences prefs) {
        try {
            prefs.flush();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // kept in memory for this run
        }
    }

    /** The language chosen in the settings, if any; the machine's language otherwise. */
    static Optional<Locale> language(Preferences prefs) {
        String tag = prefs.get(LANGUAGE, "");
        return tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    static void language(Preferences prefs, Locale locale) {
        prefs.put(LANGUAGE, locale.toLanguageTag());
        flush(prefs);
    }
}
