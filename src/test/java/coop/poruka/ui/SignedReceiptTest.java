package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.report.Poppler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/**
 * Counter receipts (Ctrl+P) in a window that signs: the keystore password is asked for once, a wrong
 * one is asked again with the sentence, and the receipt is signed by the office key; an office
 * without a keystore hands an unsigned receipt and says so.
 */
@ExtendWith(ApplicationExtension.class)
class SignedReceiptTest {
    @TempDir
    Path dir;
    TestLedger ledger;
    CounterViewModel vm;
    final Deque<String> typed = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();
    Path chosen;

    @Start
    void start(Stage stage) throws Exception {
        ledger = TestLedger.create(Files.createDirectories(dir.resolve("ledger")));
        ledger.member("ALM-0001", "Айгерім Қасымова", 100);
        ledger.member("ALM-0002", "Märta Ågren", 50);
        LedgerSession session = new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK,
                Wiring.documents(), Wiring.identity());
        vm = new CounterViewModel(session);
        CounterView view = new CounterView(vm);
        // In place of the dialogs: the passwords the clerk types, a file of the test's own, no viewer.
        vm.setPasswordAsk(problem -> {
            asked.add(problem);
            return Optional.ofNullable(typed.poll());
        });
        vm.setReceiptFile((name, folder) -> Optional.ofNullable(chosen));
        vm.setViewer(file -> false);
        view.refresh();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(CounterView.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    @AfterEach
    void stop() {
        ledger.close();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#counterMessage").queryAs(Label.class).getText();
    }

    private void post(FxRobot robot) {
        robot.write("ALM-0001").push(KeyCode.TAB).write("ALM-0002").push(KeyCode.TAB).write("40").push(KeyCode.TAB)
                .write("flour").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theReceiptIsSignedOnceThePasswordIsGivenAndItIsAskedOnlyOnce(FxRobot robot) throws Exception {
        ledger.foundOffice();
        post(robot);
        chosen = dir.resolve("first.pdf");
        typed.add("wrong password");
        typed.add(TestLedger.PASSWORD);
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(robot).contains("saved"));
        assertThat(asked).containsExactly("", "The keystore password is wrong; type it again.");
        assertThat(message(robot)).endsWith("is saved as " + chosen + ".");
        assertThat(Poppler.run(false, "pdfsig", chosen.toString())).contains("Signature is Valid.",
                "Total document signed");

        // The key stays open for the rest of the window: the next receipt asks nothing.
        post(robot);
        chosen = dir.resolve("second.pdf");
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(robot).contains("second.pdf"));
        assertThat(asked).hasSize(2);
        assertThat(Poppler.run(false, "pdfsig", chosen.toString())).contains("Signature is Valid.");
    }

    @Test
    void cancellingThePasswordPrintsNothing(FxRobot robot) {
        ledger.foundOffice();
        post(robot);
        chosen = dir.resolve("never.pdf");
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(robot)).isEqualTo("The receipt was not printed: receipts are signed with the office key,"
                + " so type the keystore password when asked.");
        assertThat(chosen).doesNotExist();
    }

    @Test
    void anOfficeWithoutAKeystoreHandsAnUnsignedReceiptAndSaysSo(FxRobot robot) throws Exception {
        post(robot);
        chosen = dir.resolve("unsigned.pdf");
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(robot).contains("saved"));
        assertThat(asked).isEmpty();
        assertThat(message(robot)).endsWith("is saved as " + chosen + ". It is not signed: this office has no keystore yet.");
        assertThat(Poppler.run(false, "pdfsig", chosen.toString())).doesNotContain("Signature is Valid.");
    }
}
