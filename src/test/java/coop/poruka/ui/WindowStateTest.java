package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window opens where it was, but never off the screens there are now. */
class WindowStateTest {
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 2560, 1400);
    final Preferences prefs = TestPrefs.fresh();

    @AfterEach
    void forget() {
        TestPrefs.remove(prefs);
    }

    @Test
    void savedStateIsReadBackAsItWas() {
        assertThat(WindowState.load(prefs)).isEmpty();
        WindowState s = new WindowState(1500, 100, 1280, 800, true, WindowState.id(MONITOR));
        s.save(prefs);
        assertThat(WindowState.load(prefs)).contains(s);
    }

    @Test
    void windowOnAScreenStillThereStaysWhereItWas() {
        WindowState s = new WindowState(1500, 100, 1280, 800, false, WindowState.id(MONITOR));
        assertThat(s.clampTo(List.of(LAPTOP, MONITOR))).isEqualTo(s);
    }

    @Test
    void windowOnAnUnpluggedMonitorMovesOntoThePrimaryAndShrinksToFit() {
        WindowState s = new WindowState(1500, 100, 1280, 800, true, WindowState.id(MONITOR));
        assertThat(s.clampTo(List.of(LAPTOP))).isEqualTo(new WindowState(86, 0, 1280, 740, true,
                WindowState.id(LAPTOP)));
    }

    @Test
    void windowHangingOverTheEdgeIsPulledBackWhole() {
        WindowState s = new WindowState(-200, 500, 1000, 600, false, WindowState.id(LAPTOP));
        assertThat(s.clampTo(List.of(LAPTOP, MONITOR))).isEqualTo(new WindowState(0, 140, 1000, 600, false,
                WindowState.id(LAPTOP)));
    }

    @Test
    void unknownScreenIdGoesToTheScreenTheWindowOverlapsMost() {
        WindowState s = new WindowState(3000, 50, 1000, 700, false, "gone");
        assertThat(s.clampTo(List.of(LAPTOP, MONITOR))).isEqualTo(new WindowState(2926, 50, 1000, 700, false,
                WindowState.id(MONITOR)));
    }
}
