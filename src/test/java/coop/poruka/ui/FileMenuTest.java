package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's ledgers and the language switch, in the real window over real ledger files. */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {
    private static final String DEMO = "Poruka — Ынтымақ";
    private static final String AK_BULAK = "Poruka — Ak Bulak Co-op";

    @TempDir
    Path dir;
    final Preferences prefs = TestPrefs.fresh();
    Stage stage;
    Opening opening;
    Path demo;
    Path akBulak;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    /** The demo opened last, a small co-op before it, and before that one whose file is gone since. */
    @BeforeEach
    void ledgers() throws Exception {
        demo = DemoLedger.make(Files.createDirectories(dir.resolve("demo")));
        try (TestLedger a = TestLedger.create(Files.createDirectories(dir.resolve("ak")));
                TestLedger gone = TestLedger.create(Files.createDirectories(dir.resolve("gone")))) {
            akBulak = a.path;
            Recents recents = new Recents(prefs);
            recents.opened(gone.path);
            recents.opened(akBulak);
            recents.opened(demo);
            gone.close();
            Files.delete(gone.path);
        }
        prefs.put("language", "en");
        WaitForAsyncUtils.asyncFx(() -> {
            opening = new Opening(stage, null, Wiring.ledgers(), TestLedger.CLOCK, prefs);
            opening.start();
        }).get(30, TimeUnit.SECONDS);
        waitForTitle(DEMO);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> opening.stop()).get(30, TimeUnit.SECONDS);
        TestPrefs.remove(prefs);
    }

    private void waitForTitle(String title) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> title.equals(stage.getTitle()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Menu fileMenu(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0);
    }

    /** The File menu's items as they are when it opens. */
    private static List<MenuItem> openFileMenu(FxRobot robot) {
        Menu file = fileMenu(robot);
        robot.interact(() -> file.getOnShowing().handle(null));
        return file.getItems();
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        return items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void openRecentListsOtherLedgersMostRecentFirstWithoutGoneFilesAndSwitchesTheWindowToOne(FxRobot robot)
            throws Exception {
        List<MenuItem> items = openFileMenu(robot);
        assertThat(items).extracting(MenuItem::getText).startsWith("New co-op…", "Open…", "Open recent");
        assertThat(item(items, "menu-newCoop").getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.N,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        assertThat(item(items, "menu-open").getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        Menu recent = (Menu) item(items, "openRecentMenu");
        assertThat(recent.getItems()).extracting(MenuItem::getText)
                .containsExactly("1  ledger — " + akBulak.getParent());

        robot.interact(() -> recent.getItems().get(0).fire());
        waitForTitle(AK_BULAK);
        assertThat(new Recents(prefs).recent()).containsExactly(akBulak, demo);
        Menu again = (Menu) item(openFileMenu(robot), "openRecentMenu");
        assertThat(again.getItems()).extracting(MenuItem::getText)
                .containsExactly("1  demo — " + demo.getParent());
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene(), "file-menu-switched"))
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void newCoopFromTheFileMenuShowsTheWizardOverTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> item(openFileMenu(robot), "menu-newCoop").fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#newCoopWizard").tryQuery().isPresent());
        javafx.stage.Window wizard = robot.lookup("#newCoopWizard").query().getScene().getWindow();
        assertThat(wizard).isNotSameAs(stage);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#coopNameField").query().isFocused());

        // Escape leaves the wizard as it came, on the same co-op.
        robot.targetWindow(wizard);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !wizard.isShowing());
        robot.targetWindow(stage);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isFocused);
        assertThat(stage.getTitle()).isEqualTo(DEMO);
    }

    @Test
    void ledgerThatCannotBeOpenedOffersTheWayBackToTheOneShownBefore(FxRobot robot) throws Exception {
        Path missing = dir.resolve("nowhere").resolve("lost.mv.db");
        robot.interact(() -> opening.open(missing));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#backButton").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#startMessage").queryAs(Label.class).getText()).contains("lost.mv.db");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene(), "open-failed-back"))
                .get(30, TimeUnit.SECONDS);
        robot.clickOn("#backButton");
        waitForTitle(DEMO);
        assertThat(robot.lookup("#counterView").tryQuery()).isPresent();
    }

    @Test
    void languageChosenInTheSettingsIsAppliedAtOnceOnTheSameLedgerAndScreen(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#languageChoice").tryQuery().isPresent());
        assertThat(robot.lookup("#languageNote").queryAs(Label.class).getText()).startsWith("Applied at once");
        @SuppressWarnings("unchecked")
        ComboBox<Locale> language = robot.lookup("#languageChoice").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Locale.forLanguageTag("ru")));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-settings").tryQuery()
                .map(n -> ((ToggleButton) n).getText().equals("Настройки")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo(DEMO);
        assertThat(((ToggleButton) robot.lookup("#nav-settings").query()).isSelected()).isTrue();
        assertThat(robot.lookup("#settingsView").tryQuery()).isPresent();
        assertThat(fileMenu(robot).getText()).isEqualTo("Файл");
        assertThat(Prefs.language(prefs)).contains(Locale.forLanguageTag("ru"));
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(stage.getScene(), "settings-ru")).get(30, TimeUnit.SECONDS);
    }
}
