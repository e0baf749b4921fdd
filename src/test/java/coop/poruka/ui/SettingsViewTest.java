package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.Progress;
import coop.poruka.app.Queries;
import coop.poruka.app.VerifyLedger;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen on a real ledger: what is typed there is what the books then say. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    @TempDir
    static Path dir;
    final Preferences prefs = TestPrefs.fresh();
    TestLedger ledger;
    LedgerSession session;
    SettingsView view;
    final AtomicInteger changes = new AtomicInteger();

    @Start
    void start(Stage stage) {
        ledger = TestLedger.create(dir.resolve("t" + System.nanoTime()));
        ledger.member("ALM-0001", "Ivan Petrov", 100);
        ledger.member("ALM-0002", "Olga Öberg", 100);
        ledger.post(TestLedger.leg("ALM-0001", "ALM-0002", 5));
        session = new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK);
        session.onChanged(changes::incrementAndGet);
        view = new SettingsView(new SettingsViewModel(session, prefs));
        view.refresh();
        Scene scene = new Scene(view.root(), PorukaWindow.WIDTH, PorukaWindow.HEIGHT);
        scene.getStylesheets().add(PorukaWindow.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    @AfterEach
    void close() {
        ledger.close();
        TestPrefs.remove(prefs);
    }

    @Test
    void changedCoopNameIsSavedAsANewEntryAndShown(FxRobot robot) throws Exception {
        TextField name = robot.lookup("#coopNameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Ak Bulak Co-op");
        assertThat(name.isFocused()).isTrue();
        robot.type(KeyCode.END).eraseText(5).write("Barter").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new Queries(ledger.store).settings().name()).isEqualTo("Ak Bulak Barter");
        assertThat(robot.lookup("#settingsMessage").queryAs(Label.class).getText())
                .isEqualTo("Saved as journal entry 5; the earlier settings stay in the journal.");
        assertThat(changes.get()).isEqualTo(1);
        assertThat(new VerifyLedger(ledger.store).run(Progress.NONE).ok()).isTrue();
        WaitForAsyncUtils.asyncFx(view::refresh).get(30, TimeUnit.SECONDS);
        assertThat(name.getText()).isEqualTo("Ak Bulak Barter");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(name.getScene(), "settings")).get(30, TimeUnit.SECONDS);
    }

    @Test
    void decimalsAreLockedOnceExchangesExistAndAnEmptyNameIsRefusedBesideTheField(FxRobot robot) {
        assertThat(robot.lookup("#decimalsField").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#decimalsNote").queryAs(Label.class).getText())
                .isEqualTo("Fixed: exchanges are already recorded in 2 decimals.");
        String head = ledger.head();
        robot.type(KeyCode.END).eraseText(20).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#coopNameFieldError").queryAs(Label.class).getText()).isEqualTo("Fill this in.");
        assertThat(ledger.head()).isEqualTo(head);
    }

    @Test
    void chosenLanguageIsRememberedForTheNextStart(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#languageNote").queryAs(Label.class).getText())
                .startsWith("Takes effect when Poruka is started again.");
        ComboBox<Locale> language = robot.lookup("#languageChoice").queryComboBox();
        assertThat(language.getValue()).isEqualTo(Locale.ENGLISH);
        WaitForAsyncUtils.asyncFx(() -> language.setValue(Locale.forLanguageTag("sv"))).get(30, TimeUnit.SECONDS);
        assertThat(Opening.language(prefs)).isEqualTo(Locale.forLanguageTag("sv"));
        assertThat(new Labels(Opening.language(prefs)).get("settings.title")).isEqualTo("Inställningar");
    }
}
