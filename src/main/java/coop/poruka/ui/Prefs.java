package coop.poruka.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Small things the program remembers between runs that are not worth a class of their own. */
final class Prefs {
    private static final String LANGUAGE = "language";

    private Prefs() {}

    /**
     * Writes them out on a thread of their own: the first write loads Java's XML writer, tens of
     * milliseconds a window about to be drawn should not wait for.
     */
    static void flushInBackground(Preferences prefs) {
        Thread t = new Thread(() -> flush(prefs), "poruka-save-preferences");
        t.setDaemon(true); // what is not written by then Java's preferences write at exit
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

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
