package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.Queries;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
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

/** The real window on a demo ledger, looked at and typed into as a person would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    static Path ledger;
    static List<Member> members;
    static PostedExchange newest;
    static String head;

    Stage stage;
    PorukaWindow window;

    @BeforeAll
    static void makeDemo() {
        try (LedgerStore store = DemoLedger.open(dir)) {
            ledger = Path.of(store.location());
            Queries q = new Queries(store);
            members = q.members();
            newest = q.latestExchanges(1).get(0);
            head = q.head().orElseThrow().hash().shortHex();
        }
    }

    private static StartViewModel opening(Path path) {
        return new StartViewModel(path, Wiring.ledgers(), TestLedger.CLOCK, new Labels(Locale.ENGLISH));
    }

    @Start
    void start(Stage primary) {
        stage = primary;
        window = new PorukaWindow(primary, opening(ledger));
        window.show();
    }

    @Stop
    void stop() {
        window.close();
    }

    private void waitUntilOpen(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#counterView").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // The members' standing, by its shortcut as a person would get there.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#membersList").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void windowShowsTheCoopAndItsMembersByCodeWithFormattedBalances(FxRobot robot) throws TimeoutException {
        waitUntilOpen(robot);
        assertThat(stage.getTitle()).isEqualTo("Poruka — Ынтымақ");
        assertThat(text(robot, "#coopName")).isEqualTo("Ынтымақ");
        assertThat(text(robot, "#officeLine")).isEqualTo("Office ALM · Almaty");

        TableView<MemberRow> table = robot.lookup("#membersList").queryTableView();
        assertThat(table.getItems()).hasSize(60);
        assertThat(table.getItems().get(0).code()).isEqualTo("ALM-0001");

        // The first member in debt among those on screen without scrolling: their balance in red.
        Member inDebt = members.subList(0, 15).stream().filter(m -> m.balance() < 0).findFirst().orElseThrow();
        String shown = String.format(Locale.ENGLISH, "-%d.%02d", -inDebt.balance() / 100, -inDebt.balance() % 100);
        TableCell<?, ?> cell = cellShowing(robot, inDebt.code(), "balanceColumn");
        assertThat(cell.getText()).isEqualTo(shown);
        assertThat(cell.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("negative"));
        assertThat(cell.getAlignment()).hasToString("CENTER_RIGHT");
        assertThat(cellShowing(robot, inDebt.code(), "nameColumn").getText()).isEqualTo(inDebt.name());
    }

    @Test
    void theDaysExchangesAtTheDeskFollowTheFirstFrameNewestFirst(FxRobot robot) throws TimeoutException {
        // Read right after the counter is first drawn, so the window does not wait for them.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#counterView").tryQuery().isPresent());
        ListView<CounterViewModel.DeskRow> desk = robot.lookup("#counterDesk").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !desk.getItems().isEmpty());
        assertThat(desk.getItems().get(0).id()).isEqualTo(newest.exchange().id());
    }

    /** The cell of this column in the row of this member, as rendered. */
    private static TableCell<?, ?> cellShowing(FxRobot robot, String code, String columnId) {
        return robot.lookup("#membersList .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof MemberRow row
                        && row.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no cell of " + code + " in " + columnId));
    }

    @Test
    void typingANameInLowerCaseWithoutDiacriticsFindsTheMember(FxRobot robot) throws TimeoutException {
        waitUntilOpen(robot);
        Member withYo = members.stream().filter(m -> m.name().contains("ё")).findFirst().orElseThrow();
        String surname = withYo.name().substring(withYo.name().indexOf(' ') + 1);
        String typed = surname.toLowerCase(Locale.ROOT).replace('ё', 'е');
        assertThat(typed).isNotEqualTo(surname);

        robot.clickOn("#membersSearch").write(typed);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<MemberRow> table = robot.lookup("#membersList").queryTableView();
        assertThat(table.getItems()).extracting(MemberRow::code).contains(withYo.code());
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.name()).containsIgnoringCase(surname));
        assertThat(text(robot, "#membersCount")).isEqualTo(table.getItems().size() + " of 60");
        assertThat(cellShowing(robot, withYo.code(), "nameColumn").getText()).isEqualTo(withYo.name());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(60);
    }

    @Test
    void registerByItsShortcutListsTheNewestExchangeFirst(FxRobot robot) throws TimeoutException {
        waitUntilOpen(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#registerTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        assertThat(table.getItems().get(0).exchangeId()).isEqualTo(newest.exchange().id());
    }

    @Test
    void statusBarShowsTheLedgerFileEntryCountAndChainHead(FxRobot robot) throws TimeoutException {
        waitUntilOpen(robot);
        assertThat(robot.lookup("#statusBar").tryQuery()).isPresent();
        assertThat(text(robot, "#ledgerPath")).isEqualTo("Ledger: " + ledger);
        assertThat(text(robot, "#entryCount")).isEqualTo("Journal entries: 743");
        assertThat(text(robot, "#headHash")).isEqualTo("Chain head " + head);
    }

    @Test
    void missingLedgerShowsTheSentenceAndACloseButton(FxRobot robot) throws Exception {
        Path missing = dir.resolve("missing");
        Stage other = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            new PorukaWindow(s, opening(missing)).show();
            return s;
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.from(other.getScene().getRoot()).lookup("#closeButton").query().isVisible());
        String message = robot.from(other.getScene().getRoot()).lookup("#startMessage").queryAs(Label.class).getText();
        assertThat(message).isEqualTo("There is no ledger at " + dir.resolve("missing.mv.db")
                + "; create one with \"poruka init\" or \"poruka demo\", or check the path.");
        robot.clickOn(robot.from(other.getScene().getRoot()).lookup("#closeButton").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(other.isShowing()).isFalse();
    }

    @Test
    void verifyFromTheKeyboardTellsTheBooksAreSoundAndShowsWhen(FxRobot robot) throws TimeoutException {
        waitUntilOpen(robot);
        assertThat(robot.lookup("#nav-members").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#notice").startsWith("The books are sound"));
        assertThat(text(robot, "#notice")).isEqualTo("The books are sound: 743 entries checked.");
        assertThat(text(robot, "#verifiedAt")).startsWith("Verified ").doesNotContain("since");
    }
}
