package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.app.Queries;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.ui.CounterViewModel.DeskRow;
import coop.poruka.ui.CounterViewModel.Problem;
import coop.poruka.ui.CounterViewModel.Standing;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The counter on a real ledger, driven from the keyboard as a clerk does. */
@ExtendWith(ApplicationExtension.class)
class CounterViewTest {
    private static final AtomicInteger LEDGERS = new AtomicInteger();

    @TempDir
    static Path dir;

    TestLedger ledger;
    CounterView view;
    final List<PostedExchange> receipts = new ArrayList<>();
    final AtomicInteger changes = new AtomicInteger();

    @Start
    void start(Stage stage) throws IOException {
        ledger = TestLedger.create(Files.createDirectories(dir.resolve("l" + LEDGERS.incrementAndGet())));
        ledger.member("ALM-0001", "Айгерім Қасымова", 100);
        ledger.member("ALM-0002", "Нұрлан Сүлейменов", 50);
        ledger.member("ALM-0003", "Olga Öberg", 20);
        LedgerSession session = new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK);
        session.onChanged(changes::incrementAndGet);
        view = new CounterView(new CounterViewModel(session));
        view.setOnReceiptRequested(receipts::add);
        view.refresh();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(CounterView.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    @Stop
    void stop() {
        ledger.close();
    }

    /** Types into the focused field and moves on with Tab. */
    private static void field(FxRobot robot, String text) {
        robot.write(text).push(KeyCode.TAB);
    }

    private static void leg(FxRobot robot, String supplier, String receiver, String amount, String memo) {
        field(robot, supplier);
        field(robot, receiver);
        field(robot, amount);
        robot.write(memo);
    }

    private static Standing standing(FxRobot robot, String code) {
        TableView<Standing> table = robot.lookup("#counterStanding").queryTableView();
        return table.getItems().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((TextInputControl) n).getText();
    }

    private static PostedExchange latest(TestLedger ledger) {
        return new Queries(ledger.store).latestExchanges(1).get(0);
    }

    @Test
    void aCounterOpeningInAWindowListsTheDaysExchangesOnceDrawnNotBefore(FxRobot robot) throws Exception {
        PostedExchange posted = ledger.post(TestLedger.leg("ALM-0001", "ALM-0002", 30));
        CounterView opening = new CounterView(new CounterViewModel(
                new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK)));
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = new Stage();
            window[0].setScene(new Scene(opening.root(), 1280, 800));
            opening.refresh();
            // The members are there for typing at once; the day's list waits for the first frame.
            assertThat(desk(opening).getItems()).isEmpty();
            window[0].show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desk(opening).getItems().size() == 1);
        assertThat(desk(opening).getItems()).extracting(DeskRow::id).containsExactly(posted.exchange().id());
        // Later readings (after a change) are immediate, as before.
        PostedExchange second = ledger.post(TestLedger.leg("ALM-0002", "ALM-0001", 20));
        robot.interact(opening::refresh);
        assertThat(desk(opening).getItems()).extracting(DeskRow::id)
                .containsExactly(second.exchange().id(), posted.exchange().id());
        robot.interact(window[0]::close);
    }

    @SuppressWarnings("unchecked")
    private static ListView<DeskRow> desk(CounterView view) {
        return (ListView<DeskRow>) view.root().lookup("#counterDesk");
    }

    @Test
    void twoPartyExchangeIsRecordedFromTheKeyboardAndItsIdAndHashShown(FxRobot robot) {
        leg(robot, "alm-0001", "ALM-0002", "1,234.50", "two sacks of flour");
        assertThat(text(robot, "#counterSupplier")).isEqualTo("ALM-0001  Айгерім Қасымова");
        assertThat(standing(robot, "ALM-0002").balanceAfter()).isEqualTo(-123450);
        assertThat(standing(robot, "ALM-0002").problem()).isEqualTo(Problem.OVER_LIMIT);
        robot.push(KeyCode.ESCAPE);
        assertThat(text(robot, "#counterSupplier")).isEmpty();

        leg(robot, "ALM-0001", "ALM-0002", "40.50", "flour");
        TableCell<?, ?> after = cell(robot, "ALM-0002", "standingAfter");
        assertThat(after.getText()).isEqualTo("-40.50");
        assertThat(after.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("negative"));
        assertThat(after.getAlignment()).hasToString("CENTER_RIGHT");
        assertThat(cell(robot, "ALM-0001", "standingAvailableAfter").getText()).isEqualTo("140.50");
        robot.push(KeyCode.ENTER);

        PostedExchange posted = latest(ledger);
        assertThat(posted.exchange().legs()).containsExactly(new Leg("ALM-0001", "ALM-0002", 4050, "flour"));
        assertThat(ledger.balances()).containsEntry("ALM-0001", 4050L).containsEntry("ALM-0002", -4050L);
        String id = posted.exchange().id().toString();
        assertThat(text(robot, "#counterPostedShort")).isEqualTo(id.substring(id.length() - 8));
        assertThat(text(robot, "#counterPostedId")).isEqualTo(id);
        assertThat(text(robot, "#counterPostedHash")).isEqualTo(posted.hash().hex());
        assertThat(text(robot, "#counterMessage")).isEqualTo("Exchange " + id.substring(id.length() - 8)
                + " is posted.");
        assertThat(changes.get()).isEqualTo(1);
        ListView<DeskRow> desk = robot.lookup("#counterDesk").queryListView();
        assertThat(desk.getItems()).extracting(DeskRow::id).containsExactly(posted.exchange().id());
        // Ready for the next member, from the supplier field.
        assertThat(robot.lookup("#counterSupplier").queryAs(TextField.class).isFocused()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.P);
        assertThat(receipts).containsExactly(posted);
    }

    @Test
    void chainOfThreeMembersIsOneExchangeWithItsNetStanding(FxRobot robot) {
        leg(robot, "ALM-0001", "ALM-0002", "10", "roof");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        // The new leg starts from the last receiver; the keyboard is in its receiver field.
        assertThat(text(robot, "#counterSupplier2")).startsWith("ALM-0002");
        field(robot, "ALM-0003");
        field(robot, "12");
        robot.write("sewing");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        field(robot, "ALM-0001");
        field(robot, "15");
        robot.write("driving");

        assertThat(standing(robot, "ALM-0001").net()).isEqualTo(-500);
        assertThat(standing(robot, "ALM-0002").net()).isEqualTo(200);
        assertThat(standing(robot, "ALM-0003").net()).isEqualTo(300);
        assertThat(cell(robot, "ALM-0001", "standingAfter").getText()).isEqualTo("-5.00");
        snapshot(robot, "counter-chain.png");
        robot.push(KeyCode.ENTER);

        Exchange x = latest(ledger).exchange();
        assertThat(x.legs()).extracting(Leg::amount).containsExactly(1000L, 1200L, 1500L);
        assertThat(ledger.balances()).containsEntry("ALM-0001", -500L).containsEntry("ALM-0002", 200L)
                .containsEntry("ALM-0003", 300L);
        snapshot(robot, "counter-posted.png");
    }

    @Test
    void limitBreachIsRefusedWithoutAReasonAndPostedWithOne(FxRobot robot) {
        String head = ledger.head();
        leg(robot, "ALM-0001", "ALM-0003", "25", "hay");
        assertThat(cell(robot, "ALM-0003", "standingStatus").getText()).isEqualTo("over limit");
        robot.push(KeyCode.ENTER);
        assertThat(ledger.head()).as("nothing posted").isEqualTo(head);
        assertThat(robot.lookup("#counterOverrideBox").query().isVisible()).isTrue();
        assertThat(text(robot, "#counterMessage")).isEqualTo("Someone would go below their credit limit; give the "
                + "reason for the override, then press Enter.");
        snapshot(robot, "counter-override.png");

        robot.write("harvest advance").push(KeyCode.ENTER);
        assertThat(latest(ledger).exchange().overrideReason()).isEqualTo("harvest advance");
        assertThat(ledger.balances()).containsEntry("ALM-0003", -2500L);
        assertThat(robot.lookup("#counterOverrideBox").query().isVisible()).isFalse();
    }

    @Test
    void lastExchangeIsReversedWithAReasonAndOnlyOnce(FxRobot robot) {
        leg(robot, "ALM-0001", "ALM-0002", "40", "flour");
        robot.push(KeyCode.ENTER);
        PostedExchange posted = latest(ledger);

        robot.push(KeyCode.CONTROL, KeyCode.R);
        assertThat(text(robot, "#counterReverseAsk")).startsWith("Reverse " + Formats.shortId(posted.exchange().id()));
        robot.write("wrong member").push(KeyCode.ENTER);
        Exchange reversal = latest(ledger).exchange();
        assertThat(reversal.reverses()).isEqualTo(posted.exchange().id());
        assertThat(reversal.reason()).isEqualTo("wrong member");
        assertThat(ledger.balances()).containsEntry("ALM-0001", 0L).containsEntry("ALM-0002", 0L);
        ListView<DeskRow> desk = robot.lookup("#counterDesk").queryListView();
        assertThat(desk.getItems()).extracting(DeskRow::reversed).containsExactly(false, true);

        // The original again, from the list: refused, and the books stay as they are.
        String head = ledger.head();
        robot.push(KeyCode.END).push(KeyCode.DELETE);
        robot.write("twice").push(KeyCode.ENTER);
        assertThat(text(robot, "#counterMessage")).startsWith("Exchange " + posted.exchange().id()
                + " was already reversed by");
        assertThat(ledger.head()).isEqualTo(head);
        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#counterReverseBox").query().isVisible()).isFalse();
    }

    @Test
    void memberIsFoundByPartOfAKazakhName(FxRobot robot) {
        TextField supplier = robot.lookup("#counterSupplier").queryAs(TextField.class);
        robot.write("нұрл");
        assertThat(supplier.getText()).isEqualTo("нұрл");
        ListView<?> suggestions = robot.lookup("#counterSuggestions").queryListView();
        assertThat(suggestions.isVisible()).isTrue();
        assertThat(suggestions.getItems()).hasSize(1);
        snapshot(robot, "counter-suggest.png");
        robot.push(KeyCode.TAB);
        assertThat(supplier.getText()).isEqualTo("ALM-0002  Нұрлан Сүлейменов");
        assertThat(suggestions.isVisible()).isFalse();
        assertThat(robot.lookup("#counterReceiver").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void badAmountIsMarkedAndExplainedAndNothingPosted(FxRobot robot) {
        String head = ledger.head();
        leg(robot, "ALM-0001", "ALM-0002", "12,50", "");
        robot.push(KeyCode.ENTER);
        assertThat(text(robot, "#counterMessage")).isEqualTo("\"12,50\" is not a value; write it like 1,234.50.");
        assertThat(robot.lookup("#counterAmount").query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("invalid"));
        assertThat(ledger.head()).isEqualTo(head);
    }

    /** The cell of this column in the row of this member, as rendered. */
    private static TableCell<?, ?> cell(FxRobot robot, String code, String columnId) {
        return robot.lookup("#counterStanding .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof Standing s
                        && s.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no cell of " + code + " in " + columnId));
    }

    /** Saves what the screen looks like to target/, to be looked at. */
    private void snapshot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.root().snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path target = Files.createDirectories(Path.of("target", "screens"));
            ImageIO.write(out, "png", target.resolve(name).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
