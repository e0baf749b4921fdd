package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window of the founding office ALM taking in a sync file that office AST made: the
 * preview with its counts, the balances that change when it is taken in, nothing new the second
 * time; and a file with one byte changed, refused in one sentence with the books unchanged.
 */
@ExtendWith(ApplicationExtension.class)
class SyncWindowTest {
    @TempDir
    static Path dir;
    static TwoOffices offices;

    PorukaWindow window;

    @BeforeAll
    static void offices() {
        offices = TwoOffices.make(dir);
    }

    @Start
    void start(Stage stage) {
        StartViewModel start = new StartViewModel(offices.almLedger, Wiring.ledgers(), TestLedger.CLOCK,
                new Labels(Locale.ENGLISH)).withOfficeFiles(new OfficeFiles(Wiring.identity(), Wiring.syncFiles()));
        window = new PorukaWindow(stage, start);
        window.show();
    }

    @Stop
    void stop() {
        window.close();
    }

    private static void shortcut(FxRobot robot, KeyCode digit, String shown) throws TimeoutException {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(shown).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void openSync(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#counterView").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.DIGIT9, "#syncView");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Types the file's path, presses Enter and waits until the check has ended. */
    private static void check(FxRobot robot, Path file) throws TimeoutException {
        replace(robot, "#syncFile", file.toString());
        robot.type(KeyCode.ENTER);
        waitForWork(robot);
    }

    /** Types {@code text} over whatever the field holds. */
    private static void replace(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    private static void waitForWork(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#workTitle").query().isVisible()
                || !robot.lookup("#workProgress").query().getParent().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Map<String, Long> balancesShown(FxRobot robot) throws TimeoutException {
        shortcut(robot, KeyCode.DIGIT2, "#membersList");
        TableView<MemberRow> members = robot.lookup("#membersList").queryTableView();
        Map<String, Long> shown = members.getItems().stream().collect(Collectors.toMap(MemberRow::code, MemberRow::balance));
        shortcut(robot, KeyCode.DIGIT9, "#syncView");
        return shown;
    }

    @Test
    void aFileFromAnotherOfficeIsPreviewedThenTakenInAndTheSecondTimeNothingIsNew(FxRobot robot) throws Exception {
        openSync(robot);
        Map<String, Long> before = balancesShown(robot);
        assertThat(before).doesNotContainKey("AST-0001");
        assertThat(text(robot, "#syncKeystore")).endsWith("alm/ledger.office.p12: locked");

        replace(robot, "#syncPassword", TestLedger.PASSWORD);
        check(robot, offices.file);
        assertThat(text(robot, "#syncSummary")).isEqualTo("The file from office AST adds " + offices.astEntries
                + " entries; 0 are already in the books. Nothing has changed yet.");
        TableView<SyncViewModel.AddedRow> added = robot.lookup("#syncAdded").queryTableView();
        assertThat(added.getItems()).extracting(SyncViewModel.AddedRow::kind).contains("Members admitted or changed",
                "Exchanges and reversals");
        assertThat(added.getItems().stream().mapToInt(r -> Integer.parseInt(r.count())).sum())
                .isEqualTo(offices.astEntries);
        assertThat(robot.lookup("#syncApply").query().isDisabled()).isFalse();
        assertThat(balancesShown(robot)).isEqualTo(before);

        robot.clickOn("#syncApply");
        waitForWork(robot);
        assertThat(text(robot, "#syncImportDone")).isEqualTo("Took in " + offices.astEntries
                + " entries from the file of office AST.");
        Map<String, Long> after = balancesShown(robot);
        offices.astBalances.forEach((code, balance) -> assertThat(after).containsEntry(code, balance));
        TableView<SyncViewModel.OfficeRow> status = robot.lookup("#syncOffices").queryTableView();
        assertThat(status.getItems()).extracting(SyncViewModel.OfficeRow::office).containsExactly("ALM (this office)",
                "AST");

        // The keystore stays open for the window: no password the second time.
        assertThat(text(robot, "#syncKeystore")).endsWith(": open until the window closes");
        check(robot, offices.file);
        assertThat(text(robot, "#syncSummary")).isEqualTo("Nothing in the file from office AST is new: all "
                + offices.astEntries + " entries are already in the books.");
        assertThat(robot.lookup("#syncApply").query().isDisabled()).isTrue();
        robot.clickOn("#syncCancel");
        assertThat(robot.lookup("#syncPreviewBox").query().isVisible()).isFalse();
        assertThat(balancesShown(robot)).isEqualTo(after);
    }

    @Test
    void aFileWithOneByteChangedIsRefusedInOneSentenceBesideTheFileAndTheBooksStayAsTheyWere(FxRobot robot)
            throws Exception {
        byte[] bytes = Files.readAllBytes(offices.file);
        bytes[bytes.length / 3] ^= 0x20;
        Path changed = Files.write(dir.resolve("changed.poruka-sync"), bytes);
        openSync(robot);
        Map<String, Long> before = balancesShown(robot);
        String entries = text(robot, "#entryCount");

        replace(robot, "#syncPassword", "wrong password");
        check(robot, changed);
        assertThat(text(robot, "#syncPasswordError")).isEqualTo("The password is wrong; type it again.");
        Node fileError = robot.lookup("#syncFileError").query();
        assertThat(fileError.isVisible()).isFalse();

        replace(robot, "#syncPassword", TestLedger.PASSWORD);
        check(robot, changed);
        assertThat(fileError.isVisible()).isTrue();
        assertThat(text(robot, "#syncFileError")).startsWith("The sync file " + changed).doesNotContain("\n");
        assertThat(robot.lookup("#syncPreviewBox").query().isVisible()).isFalse();
        assertThat(text(robot, "#entryCount")).isEqualTo(entries);
        assertThat(balancesShown(robot)).isEqualTo(before);
    }
}
