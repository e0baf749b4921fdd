package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.Queries;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.report.Poppler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The receipt a clerk hands over after posting, saved as a real PDF and read back with poppler. */
@ExtendWith(ApplicationExtension.class)
class CounterReceiptTest {
    @TempDir
    Path dir;

    TestLedger ledger;
    CounterViewModel vm;
    Scene scene;
    final List<String> suggested = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    Path chosen;

    @Start
    void start(Stage stage) throws Exception {
        ledger = TestLedger.create(Files.createDirectories(dir.resolve("ledger")));
        ledger.member("ALM-0001", "Айгерім Қасымова", 100);
        ledger.member("ALM-0002", "Нұрлан Сүлейменов", 50);
        LedgerSession session = new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK,
                Wiring.documents());
        vm = new CounterViewModel(session);
        CounterView view = new CounterView(vm);
        // In place of the save dialog and the PDF viewer: a file of the test's own, and a note that it was opened.
        vm.setReceiptFile((name, folder) -> {
            suggested.add(name);
            return Optional.ofNullable(chosen);
        });
        vm.setViewer(file -> opened.add(file));
        view.refresh();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(CounterView.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    @Stop
    void stop() {
        ledger.close();
    }

    private void post(FxRobot robot) {
        robot.write("ALM-0001").push(KeyCode.TAB).write("ALM-0002").push(KeyCode.TAB).write("40").push(KeyCode.TAB)
                .write("two sacks of flour").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#counterMessage").queryAs(Label.class).getText();
    }

    @Test
    void receiptOfThePostedExchangeIsSavedAsAPdfNamingBothPartiesAndOpenedForPrinting(FxRobot robot)
            throws Exception {
        // Before anything is posted there is no receipt button to press (it comes with the first exchange).
        assertThat(robot.lookup("#printReceipt").tryQuery().filter(javafx.scene.Node::isVisible)).isEmpty();
        post(robot);
        PostedExchange posted = new Queries(ledger.store).latestExchanges(1).get(0);
        String shortId = Formats.shortId(posted.exchange().id());
        chosen = dir.resolve("counter receipt"); // typed without the ending, as people do
        assertThat(robot.lookup("#printReceipt").queryAs(Button.class).isDisabled()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.P);
        Path pdf = dir.resolve("counter receipt.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message(robot).contains("saved"));

        assertThat(suggested).containsExactly("receipt-" + shortId + ".pdf");
        assertThat(pdf).isRegularFile();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String text = Poppler.text(pdf);
        assertThat(text).contains("ALM-0001", "Айгерім Қасымова", "ALM-0002", "Нұрлан Сүлейменов", shortId);
        assertThat(opened).containsExactly(pdf);
        assertThat(message(robot)).isEqualTo("The receipt of " + shortId + " is saved as " + pdf
                + " and opened for printing.");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(scene, "counter-receipt")).get(30, TimeUnit.SECONDS);
    }

    @Test
    void cancelledSaveWritesNothingAndAFailedOneSaysWhy(FxRobot robot) throws Exception {
        post(robot);
        String before = message(robot);
        chosen = null; // the person closes the dialog
        robot.clickOn("#printReceipt");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(robot)).isEqualTo(before);
        assertThat(opened).isEmpty();

        chosen = dir.resolve("no such folder").resolve("receipt.pdf");
        robot.clickOn("#printReceipt");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !message(robot).equals(before));
        assertThat(message(robot)).contains("no such folder");
        assertThat(robot.lookup("#counterMessage").query().getStyleClass()).contains("error");
        assertThat(chosen).doesNotExist();
        assertThat(opened).isEmpty();
    }

    @Test
    void deskListShowsBothPartiesAndTheValueOfEveryLegUncutBesideTheNavigation(FxRobot robot) throws Exception {
        // The counter's share of a 1280-pixel window once the navigation has its column.
        robot.interact(() -> scene.getWindow().setWidth(1130));
        robot.write("ALM-0001").push(KeyCode.TAB).write("ALM-0002").push(KeyCode.TAB).write("48.50")
                .push(KeyCode.TAB).write("two sacks of flour and a barrel of honey from the upper orchard")
                .push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> shown = robot.lookup("#counterDesk .leg-parties").queryAllAs(Label.class).stream().toList();
        List<Label> amounts = robot.lookup("#counterDesk .leg-amount").queryAllAs(Label.class).stream().toList();
        assertThat(shown).isNotEmpty();
        for (Label l : concat(shown, amounts)) {
            assertThat(displayed(l)).as("shown in full").isEqualTo(l.getText());
        }
        assertThat(shown.get(0).getText()).isEqualTo("ALM-0001 → ALM-0002");
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(scene, "counter-desk")).get(30, TimeUnit.SECONDS);
    }

    private static List<Label> concat(List<Label> a, List<Label> b) {
        List<Label> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** What a label really shows: its text, or the text cut short with an ellipsis when it does not fit. */
    private static String displayed(Label label) {
        return label.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
    }
}
