package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list behind File > Open Recent and the ledger reopened at start. */
class RecentsTest {
    @TempDir
    Path dir;
    final Preferences prefs = TestPrefs.fresh();

    @AfterEach
    void forget() {
        TestPrefs.remove(prefs);
    }

    private Path ledger(String name) throws IOException {
        return Files.writeString(dir.resolve(name + ".mv.db"), "x");
    }

    @Test
    void firstRunUntilALedgerIsOpenedAndTheLastOneIsReopened() throws IOException {
        Recents recents = new Recents(prefs);
        assertThat(recents.firstRun()).isTrue();
        assertThat(recents.last()).isEmpty();
        Path a = ledger("a");
        recents.opened(a);
        // A new instance reads what the previous run stored.
        Recents later = new Recents(prefs);
        assertThat(later.firstRun()).isFalse();
        assertThat(later.last()).contains(a);
    }

    @Test
    void mostRecentFirstWithoutDuplicates() throws IOException {
        Recents recents = new Recents(prefs);
        Path a = ledger("a");
        Path b = ledger("b");
        Path c = ledger("c");
        recents.opened(a);
        recents.opened(b);
        recents.opened(c);
        recents.opened(a);
        assertThat(recents.recent()).containsExactly(a, c, b);
    }

    @Test
    void keepsAtMostEightAndForgetsTheOldest() throws IOException {
        Recents recents = new Recents(prefs);
        List<Path> opened = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Path p = ledger("l" + i);
            opened.add(0, p);
            recents.opened(p);
        }
        assertThat(recents.recent()).hasSize(Recents.MAX).containsExactlyElementsOf(opened.subList(0, 8));
    }

    @Test
    void missingFilesAreDroppedAndTheLastExistingOneIsReopened() throws IOException {
        Recents recents = new Recents(prefs);
        Path a = ledger("a");
        Path b = ledger("b");
        recents.opened(a);
        recents.opened(b);
        Files.delete(b);
        assertThat(recents.recent()).containsExactly(a);
        assertThat(recents.last()).contains(a);
        assertThat(recents.firstRun()).isFalse();
    }
}
