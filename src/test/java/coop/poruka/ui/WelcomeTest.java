package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.Queries;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first start as a person meets it: the demo behind the welcome, then a co-op of their own. */
@ExtendWith(ApplicationExtension.class)
class WelcomeTest {
    @TempDir
    Path dir;
    final Preferences prefs = TestPrefs.fresh();
    Stage stage;
    Opening opening;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> opening.stop()).get(30, TimeUnit.SECONDS);
        TestPrefs.remove(prefs);
    }

    private void openFirstTime() throws Exception {
        Preferences.userRoot(); // the node exists before the window reads it
        new Labels(Locale.ENGLISH);
        prefs.put("language", "en");
        WaitForAsyncUtils.asyncFx(() -> {
            opening = new Opening(stage, null, NewCoopViewModelTest.ledgers(dir.resolve("data")), TestLedger.CLOCK,
                    prefs);
            opening.start();
        }).get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A window takes the keyboard a moment after it shows; on a slow machine later still. */
    private static void waitForFocus(FxRobot robot, String query) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).query().isFocused());
        } catch (TimeoutException e) {
            // Say where the keyboard went instead, so a failure on a slow machine can be understood.
            javafx.scene.Scene scene = robot.lookup(query).query().getScene();
            throw new AssertionError(query + " never took the keyboard; the focus owner is " + scene.getFocusOwner()
                    + ", its window focused: " + scene.getWindow().isFocused() + "; windows: " + Window.getWindows()
                            .stream().map(w -> w.getScene().getRoot().getId() + "=" + w.isFocused()).toList(), e);
        }
    }

    private static Window windowOf(FxRobot robot, String query) {
        return robot.lookup(query).query().getScene().getWindow();
    }

    @Test
    void firstStartShowsTheWelcomeOverTheDemoCoopAndRemembersIt(FxRobot robot) throws Exception {
        openFirstTime();
        waitFor(robot, "#welcomeView");
        assertThat(robot.lookup("#counterView").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("Poruka — Ынтымақ");
        assertThat(robot.lookup("#welcomeIntro").queryAs(Label.class).getText()).contains("Ынтымақ");
        assertThat(robot.lookup("#welcomeSamples").queryAs(Label.class).getText())
                .contains(Path.of("samples").toAbsolutePath().toString(), "README");
        waitForFocus(robot, "#exploreDemo");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(robot.lookup("#welcomeView").query().getScene(), "welcome"))
                .get(30, TimeUnit.SECONDS);
        assertThat(new Recents(prefs).last()).contains(dir.resolve("data").resolve("ledger.mv.db"));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcomeView").tryQuery()).isEmpty();
        assertThat(robot.lookup("#counterView").tryQuery()).isPresent();
    }

    @Test
    void newCoopMadeWithTheKeyboardIsOpenedInTheWindow(FxRobot robot) throws Exception {
        openFirstTime();
        waitFor(robot, "#welcomeView");
        // Keys go to the window that has the keyboard: the welcome, once it has taken it.
        waitForFocus(robot, "#exploreDemo");
        robot.targetWindow(windowOf(robot, "#welcomeView"));
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);
        waitFor(robot, "#newCoopWizard");
        waitForFocus(robot, "#coopNameField");

        // Typed characters go to the window the robot targets: the dialog, not the main window.
        robot.targetWindow(windowOf(robot, "#newCoopWizard"));
        // Enter with nothing filled in marks the fields and makes nothing.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#coopNameFieldError").queryAs(Label.class).getText()).isEqualTo("Fill this in.");
        assertThat(robot.lookup("#coopNameField").query().isFocused()).isTrue();

        robot.write("Ak Bulak Barter").type(KeyCode.TAB).write("hour").type(KeyCode.TAB).write("h")
                .type(KeyCode.TAB).type(KeyCode.TAB).write("alm").type(KeyCode.TAB).write("Almaty")
                .type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB)
                .write("ALM-0001").type(KeyCode.TAB).write("Aigerim Kasymova").type(KeyCode.TAB).write("150");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(robot.lookup("#newCoopWizard").query().getScene(), "wizard"))
                .get(30, TimeUnit.SECONDS);
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "Poruka — Ak Bulak Barter".equals(stage.getTitle()));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("data").resolve("ak-bulak-barter.mv.db");
        assertThat(new Recents(prefs).last()).contains(file);
        assertThat(robot.lookup("#newCoopWizard").tryQuery()).isEmpty();
        WaitForAsyncUtils.asyncFx(() -> opening.stop()).get(30, TimeUnit.SECONDS);
        try (LedgerStore store = Wiring.ledgers().open(file, false)) {
            Queries q = new Queries(store);
            assertThat(q.settings().officeCode()).isEqualTo("ALM");
            assertThat(q.settings().unit().name()).isEqualTo("hour");
            assertThat(q.members()).extracting(Member::code, Member::creditLimit)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ALM-0001", 15000L));
        }
    }

    @Test
    void laterStartReopensTheLastLedgerWithoutTheWelcome(FxRobot robot) throws Exception {
        Path other;
        try (TestLedger ledger = TestLedger.create(dir)) {
            other = ledger.path;
        }
        new Recents(prefs).opened(other);
        openFirstTime();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "Poruka — Ak Bulak Co-op".equals(stage.getTitle()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcomeView").tryQuery()).isEmpty();
        assertThat(windowOf(robot, "#counterView")).isSameAs(stage);
    }
}
