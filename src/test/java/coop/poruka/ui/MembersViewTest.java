package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.app.Queries;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.port.LedgerStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The members screen on the demo ledger, in a window of the real size, used from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class MembersViewTest {
    @TempDir
    static Path dir;
    static LedgerStore store;

    MembersView view;
    int changes;

    @BeforeAll
    static void makeDemo() {
        store = DemoLedger.open(dir);
    }

    @AfterAll
    static void closeDemo() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LedgerSession session = new LedgerSession(store, new Labels(Locale.ENGLISH), TestLedger.CLOCK);
        session.onChanged(() -> changes++);
        view = new MembersView(new MembersViewModel(session));
        view.refresh();
        Scene scene = new Scene(view.root(), PorukaWindow.WIDTH, PorukaWindow.HEIGHT);
        scene.getStylesheets().add(PorukaWindow.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    private static Member member(String code) {
        return new Queries(store).members().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    private static TableView<MemberRow> table(FxRobot robot) {
        return robot.lookup("#membersList").queryTableView();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves what the node shows as target/NAME.png, to be looked at. */
    static void snapshot(Node node, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path target = Path.of("target", "screens");
        try {
            Files.createDirectories(target);
            ImageIO.write(out, "png", target.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void stylesheetParsesWithoutErrors() throws IOException {
        // One unclosed brace silently drops every rule after it, including this screen's.
        javafx.css.CssParser.errorsProperty().clear();
        new javafx.css.CssParser().parse(PorukaWindow.class.getResource("poruka.css"));
        assertThat(javafx.css.CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }

    @Test
    void tableShowsEveryMemberWithAmountsRightAlignedAndDebtsMarked(FxRobot robot) throws Exception {
        assertThat(table(robot).getItems()).hasSize(new Queries(store).members().size());
        assertThat(text(robot, "#membersCount")).isEqualTo(String.valueOf(table(robot).getItems().size()));
        Node negative = robot.lookup("#membersList .table-cell.amount")
                .match(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("negative"))).query();
        assertThat(((javafx.scene.control.TableCell<?, ?>) negative).getAlignment()).hasToString("CENTER_RIGHT");
        assertThat(((javafx.scene.control.TableCell<?, ?>) negative).getText()).startsWith("-");
        assertThat(robot.lookup("#newMember").queryButton().getTooltip().getText()).contains("Ctrl+N");
        assertThat(robot.lookup("#editMember").queryButton().getTooltip().getText()).contains("F2");
        assertThat(robot.lookup("#openCard").queryButton().getTooltip().getText()).contains("Enter");
        snapshot(view.root(), "members-table");
    }

    @Test
    void newMemberIsAddedFromTheKeyboardAndSelected(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        assertThat(robot.lookup("#memberEditor").query().isVisible()).isTrue();
        assertThat(robot.lookup("#codeField").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("alm-0900").type(KeyCode.TAB).write("Olga Lind").type(KeyCode.TAB);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("250").type(KeyCode.TAB).write("Main street 4");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Member added = member("ALM-0900");
        assertThat(added.name()).isEqualTo("Olga Lind");
        assertThat(added.creditLimit()).isEqualTo(25000);
        assertThat(added.contact()).isEqualTo("Main street 4");
        assertThat(robot.lookup("#memberEditor").query().isVisible()).isFalse();
        assertThat(table(robot).getSelectionModel().getSelectedItem().code()).isEqualTo("ALM-0900");
        assertThat(table(robot).isFocused()).isTrue();
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void invalidEntryShowsItsMessageBesideTheFieldAndWritesNothing(FxRobot robot) throws Exception {
        String head = new Queries(store).head().orElseThrow().hash().hex();
        ctrl(robot, KeyCode.N);
        robot.write("bad code!").type(KeyCode.TAB).type(KeyCode.TAB);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("-5");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#codeError")).isEqualTo(
                "The member code \"bad code!\" is not valid; use letters, digits and \"-\", such as ALM-0042.");
        assertThat(robot.lookup("#codeError").query().isVisible()).isTrue();
        assertThat(text(robot, "#nameError")).isEqualTo("Fill this in.");
        assertThat(robot.lookup("#limitError").query().isVisible()).isFalse();
        // The message sits right under its field.
        Node field = robot.lookup("#codeField").query();
        Node message = robot.lookup("#codeError").query();
        assertThat(message.localToScene(0, 0).getY()).isBetween(field.localToScene(0, 0).getY(),
                field.localToScene(0, 0).getY() + 60);
        assertThat(robot.lookup("#codeField").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(new Queries(store).head().orElseThrow().hash().hex()).isEqualTo(head);
        assertThat(changes).isZero();
        snapshot(view.root(), "members-editor-errors");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#memberEditor").query().isVisible()).isFalse();
    }

    @Test
    void statusIsChangedWithAReasonThroughF2(FxRobot robot) throws Exception {
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(1);
            table(robot).requestFocus();
        });
        String code = table(robot).getItems().get(1).code();
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#codeField").queryAs(TextField.class).getText()).isEqualTo(code);
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).isFocused()).isTrue();

        @SuppressWarnings("unchecked")
        ComboBox<MemberStatus> status = robot.lookup("#statusField").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue(MemberStatus.SUSPENDED));
        robot.clickOn("#reasonField");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reasonError")).isEqualTo("Say why the member is changed; the journal keeps the reason.");
        assertThat(member(code).status()).isEqualTo(MemberStatus.ACTIVE);
        snapshot(view.root(), "members-status-reason");

        robot.write("goods not delivered").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(member(code).status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(table(robot).getSelectionModel().getSelectedItem().status()).isEqualTo("suspended");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void enterOpensTheCardWithTheMembersStandingAndItsHistorySlot(FxRobot robot) throws Exception {
        Member inDebt = new Queries(store).members().stream().filter(m -> m.balance() < 0).findFirst().orElseThrow();
        robot.interact(() -> view.setHistory(code -> {
            Label history = new Label("history of " + code);
            history.setId("pluggedHistory");
            return history;
        }));
        robot.write(inDebt.code()).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#memberCard").query().isVisible()).isTrue();
        assertThat(text(robot, "#cardName")).isEqualTo(inDebt.name());
        assertThat(text(robot, "#cardCode")).isEqualTo(inDebt.code());
        assertThat(text(robot, "#cardBalance")).startsWith("-");
        assertThat(robot.lookup("#cardBalance").query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("negative"));
        assertThat(text(robot, "#pluggedHistory")).isEqualTo("history of " + inDebt.code());
        snapshot(view.root(), "members-card");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#memberCard").query().isVisible()).isFalse();
        assertThat(robot.lookup("#cardHistory").queryAs(StackPane.class).getChildren()).isEmpty();
    }

    @Test
    void cardHistorySlotShowsTheBalanceChartAndExchangesUnlessTheWindowFillsItOtherwise(FxRobot robot) {
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        robot.doubleClickOn(robot.lookup("#membersList .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#memberCard").query().isVisible()).isTrue();
        assertThat(robot.lookup("#cardHistory").queryAs(StackPane.class).getChildren())
                .containsExactly(robot.lookup("#memberHistory").query());
    }
}
