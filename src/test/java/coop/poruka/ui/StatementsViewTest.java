package coop.poruka.ui;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.report.Poppler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Statements screen on a real ledger of 120 members with a real office keystore: the password
 * typed wrong then right, every statement of November printed into a folder and checked by pdfsig,
 * and a batch cancelled part way through.
 */
@ExtendWith(ApplicationExtension.class)
class StatementsViewTest {
    static final int MEMBERS = 120;

    @TempDir
    static Path dir;
    static TestLedger ledger;
    static Preferences prefs;
    StatementsViewModel vm;
    Scene scene;

    @BeforeAll
    static void books() {
        ledger = TestLedger.create(dir);
        ledger.foundOffice();
        for (int i = 1; i <= MEMBERS; i++) {
            ledger.member(StatementsViewModelTest.code(i), i % 3 == 0 ? "Айгерім Қасымова " + i : "Märta Ågren " + i, 100);
        }
        for (int i = 1; i <= MEMBERS; i++) {
            ledger.post(leg(StatementsViewModelTest.code(i), StatementsViewModelTest.code(i % MEMBERS + 1), 5 + i % 7));
        }
        prefs = TestPrefs.fresh();
    }

    @AfterAll
    static void close() {
        ledger.close();
        TestPrefs.remove(prefs);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LedgerSession session = new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK,
                Wiring.documents(), Wiring.identity());
        vm = new StatementsViewModel(session, prefs);
        vm.setViewer(p -> true);
        StatementsView view = new StatementsView(vm);
        scene = new Scene(view.root(), 1130, 720);
        scene.getStylesheets().add(StatementsView.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.refresh();
        view.focus();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void unlock(FxRobot robot) {
        robot.clickOn("#keystorePassword").write(TestLedger.PASSWORD).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#keystoreProblem")).isEmpty();
    }

    /** The password, then November into {@code out} (set in the model: the folder dialog is the system's). */
    private void unlockAndChoose(FxRobot robot, Path out) {
        unlock(robot);
        robot.interact(() -> {
            vm.folderProperty().set(out);
            vm.monthProperty().set(StatementsViewModelTest.NOVEMBER);
        });
    }

    @Test
    void aWrongPasswordIsOneSentenceBesideTheFieldAndTheKeyOpensWithTheRightOne(FxRobot robot) {
        assertThat(robot.lookup("#keystorePassword").query().isFocused()).as("the password is asked first").isTrue();
        robot.write("guess").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#keystoreProblem")).isEqualTo("The keystore password is wrong; type it again.");
        assertThat(robot.lookup("#keystoreProblem").query().isVisible()).isTrue();
        unlock(robot);
        assertThat(text(robot, "#keystoreNote")).startsWith("Documents are signed with the office key in ");
    }

    @Test
    void everyMembersStatementOfTheMonthIsPrintedIntoTheFolderSignedWithProgress(FxRobot robot) throws Exception {
        Path out = dir.resolve("printed");
        unlockAndChoose(robot, out);
        robot.clickOn("#statementsCombined");
        robot.clickOn("#printStatements");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#statementsProgressText").contains(" of 120: "));
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(scene, "statements-printing")).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#statementsMessage")).isEqualTo("Wrote 120 statements for November 2026 into " + out
                + ". The combined file to print is " + out.resolve("statements-2026-11.pdf") + ".");
        assertThat(robot.lookup("#openFolder").query().isVisible()).isTrue();
        List<Path> files = StatementsViewModelTest.pdfs(out);
        assertThat(files).hasSize(MEMBERS + 1);
        for (int i = 1; i <= MEMBERS; i++) {
            Path file = out.resolve("statement-2026-11-" + StatementsViewModelTest.code(i) + ".pdf");
            assertThat(file).isRegularFile();
            if (i % 20 == 1) {
                StatementsViewModelTest.assertSigned(file);
            }
        }
        assertThat(Poppler.text(out.resolve("statement-2026-11-ALM-0003.pdf"))).contains("Айгерім Қасымова 3");
        // Kept beside the scene snapshots, to look at a statement printed from the window.
        Files.copy(out.resolve("statement-2026-11-ALM-0003.pdf"), Files.createDirectories(Path.of("target", "snapshots"))
                .resolve("statement-from-window.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(scene, "statements")).get(30, TimeUnit.SECONDS);
    }

    @Test
    void cancelStopsTheBatchEarlyAndSaysHowManyWereWritten(FxRobot robot) throws Exception {
        Path out = dir.resolve("cancelled");
        unlockAndChoose(robot, out);
        robot.clickOn("#printStatements");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.progressProperty().get() > 0);
        robot.clickOn("#cancelStatements");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String said = text(robot, "#statementsMessage");
        Matcher m = Pattern.compile("Cancelled: (\\d+) of 120 statements were written into (.*) and stay there\\.")
                .matcher(said);
        assertThat(m.matches()).as(said).isTrue();
        int written = Integer.parseInt(m.group(1));
        assertThat(m.group(2)).isEqualTo(out.toString());
        assertThat(written).isBetween(1, MEMBERS - 1);
        assertThat(StatementsViewModelTest.pdfs(out)).hasSize(written);
        assertThat(Files.exists(out.resolve("statement-2026-11-ALM-0120.pdf"))).isFalse();
    }
}
