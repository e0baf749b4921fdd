package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.MoveDeposit;
import coop.poruka.app.SetRules;
import coop.poruka.domain.guarantee.DepositAction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** The deposits register on a real ledger pricing tenge and euro, used from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class DepositsViewTest {
    @TempDir
    static Path dir;
    static TestLedger ledger;

    @BeforeAll
    static void books() {
        ledger = TestLedger.create(dir);
        for (String c : new String[] {"ALM-0001", "ALM-0002", "ALM-0003"}) {
            ledger.member(c, "Member " + c, 100);
        }
        LocalDate founded = LocalDate.parse("2026-08-01");
        SetRules rules = new SetRules(ledger.store, TestLedger.CLOCK);
        rules.run(new SetRules.Change(0, 14, null, null, "KZT", 100_00L), "general meeting", "founding", founded);
        rules.run(new SetRules.Change(null, null, null, null, "EUR", 20L), "general meeting", "euro too", founded);
        new GiveGuarantee(ledger.store, TestLedger.CLOCK).run("ALM-0001", "ALM-0002", 100_00, null);
        new MoveDeposit(ledger.store, TestLedger.CLOCK).run(new MoveDeposit.Request("ALM-0001", DepositAction.PLACE,
                20_000_00, "KZT", "Halyk Bank, KZ86 601A 8610 0000 4117", null, founded));
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DepositsView view = new DepositsView(new DepositsViewModel(
                new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK)));
        Scene scene = new Scene(view.root(), 1100, 520);
        scene.getStylesheets().add(DepositsView.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    private static void fill(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).clear());
        robot.clickOn(id).write(text);
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#depositsProblem").queryAs(Label.class).getText();
    }

    @Test
    void depositsInTwoCurrenciesArePlacedFromTheKeyboardAndRefusalsAreSaidInPlace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#depositsMember").query().isFocused());
        robot.write("ALM-0003").type(KeyCode.TAB);
        fill(robot, "#depositsCurrency", "KZT");
        fill(robot, "#depositsAmount", "5000");
        fill(robot, "#depositsHeldAt", "Kaspi Bank, KZ12 722S 0000 0000 1234");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).isEmpty();
        fill(robot, "#depositsCurrency", "EUR");
        fill(robot, "#depositsAmount", "10");
        fill(robot, "#depositsHeldAt", "LHV Pank, EE38 7700 7710 0123 4567");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).isEmpty();
        @SuppressWarnings("unchecked")
        TableView<DepositsViewModel.Row> table = robot.lookup("#depositsTable").queryAs(TableView.class);
        assertThat(table.getItems()).containsExactly(
                new DepositsViewModel.Row("ALM-0001", "KZT", "20,000.00", "0.00", "0.00", "20,000.00",
                        "Halyk Bank, KZ86 601A 8610 0000 4117"),
                new DepositsViewModel.Row("ALM-0003", "EUR", "10.00", "0.00", "0.00", "10.00",
                        "LHV Pank, EE38 7700 7710 0123 4567"),
                new DepositsViewModel.Row("ALM-0003", "KZT", "5,000.00", "0.00", "0.00", "5,000.00",
                        "Kaspi Bank, KZ12 722S 0000 0000 1234"));
        assertThat(robot.lookup("#depositsTotals").queryAs(Label.class).getText()).isEqualTo(
                "EUR: 10.00 held (one unit is worth 0.20 EUR)   KZT: 25,000.00 held (one unit is worth 100.00 KZT)");

        // A guarantor's deposit cannot go back while they vouch for someone; a currency the rules do not price is refused.
        String head = ledger.head();
        fill(robot, "#depositsMember", "ALM-0001");
        fill(robot, "#depositsCurrency", "KZT");
        fill(robot, "#depositsAmount", "100");
        robot.clickOn("#depositsReturn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).startsWith("The deposit of ALM-0001 cannot be returned while they vouch for ALM-0002");
        fill(robot, "#depositsCurrency", "USD");
        robot.clickOn("#depositsAmount").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).isEqualTo("The co-op's rules give no value to deposits in USD; type one of EUR, KZT in \"Currency\", or ask the treasurer to record the co-op's decision to take USD first.");
        assertThat(ledger.head()).isEqualTo(head);
        robot.interact(() -> Snapshots.save(robot.lookup("#depositsView").query().getScene(), "deposits"));
    }
}
