package coop.poruka.ui;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A preferences node of its own for one test, so tests never see the real user's choices. */
final class TestPrefs {
    private TestPrefs() {}

    static Preferences fresh() {
        return Preferences.userRoot().node("coop/poruka-test/" + UUID.randomUUID());
    }

    static void remove(Preferences prefs) {
        try {
            prefs.removeNode();
            prefs.flush();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // already gone
        }
    }
}
