package coop.poruka.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The ledgers this person opened, most recent first: the last one is reopened at start, the rest
 * feed File &gt; Open Recent. Kept in the user's preferences, not in any ledger.
 */
public final class Recents {
    /** Where the desktop program keeps what it remembers between runs. */
    public static final String NODE = "coop/poruka";
    public static final int MAX = 8;
    private static final String KEY = "recentLedgers";

    private final Preferences prefs;

    public Recents(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The real user's preferences. */
    public static Preferences userNode() {
        return Preferences.userRoot().node(NODE);
    }

    /** True until the first ledger is opened; the welcome is shown then. */
    public boolean firstRun() {
        return prefs.get(KEY, null) == null;
    }

    /** Up to {@link #MAX} ledgers that still exist, most recent first. */
    public List<Path> recent() {
        return stored().stream().filter(Files::isRegularFile).toList();
    }

    public Optional<Path> last() {
        return recent().stream().findFirst();
    }

    /** Remembers that {@code ledger} was opened just now. */
    public void opened(Path ledger) {
        Path p = ledger.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(stored());
        list.remove(p);
        list.add(0, p);
        // Files that are gone are forgotten here, so they do not push real ones off the list.
        List<Path> kept = list.stream().filter(x -> x.equals(p) || Files.isRegularFile(x)).limit(MAX).toList();
        prefs.put(KEY, String.join("\n", kept.stream().map(Path::toString).toList()));
        Prefs.flushInBackground(prefs);
    }

    private List<Path> stored() {
        String value = prefs.get(KEY, "");
        return Arrays.stream(value.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
