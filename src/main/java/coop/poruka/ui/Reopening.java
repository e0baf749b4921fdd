package coop.poruka.ui;

import coop.poruka.domain.port.LedgerOpener;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What the main window asks of whoever opened it (see {@link Opening}): show another ledger in
 * its place, or the same one in another language. The window itself never opens a ledger.
 */
interface Reopening {
    /** The new-co-op wizard; the window opens the co-op once it is made. */
    void newCoop();

    /** Shows {@code ledger} in the window instead of the one shown now (nothing happens if it is that one). */
    void open(Path ledger);

    /** The ledgers opened before that still exist, most recent first, without the one shown now. */
    List<Path> recent();

    /** The ledger shown now, or null while none is open yet. */
    Path shown();

    /** Where this person's choices (language, recent ledgers, window place) are kept. */
    Preferences preferences();

    /** Puts {@code backup} in place of the ledger shown now (after checking it) and shows it again. */
    void restore(Path backup);

    /** Opens ledgers and copies of them (a backup taken while the window has its ledger open). */
    LedgerOpener ledgers();

    /** Builds the window again in {@code language}, on the same ledger and screen. */
    void relabel(Locale language, String area);
}
