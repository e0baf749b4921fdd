package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.app.FileClaim;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.GuarantorQueries;
import coop.poruka.app.RecordExchange;
import coop.poruka.app.SetRules;
import coop.poruka.domain.guarantee.ClaimStatus;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The claims board on a real ledger (today is 23 November 2026): a vote, a refusal in place, an appeal. */
@ExtendWith(ApplicationExtension.class)
class ClaimsViewTest {
    @TempDir
    static Path dir;
    static TestLedger ledger;

    @BeforeAll
    static void books() {
        ledger = TestLedger.create(dir);
        for (String c : new String[] {"ALM-0001", "ALM-0002", "ALM-0003", "ALM-0009"}) {
            ledger.member(c, "Member " + c, 1000);
        }
        new SetRules(ledger.store, TestLedger.CLOCK).run(new SetRules.Change(0, 14, null, null, null, null),
                "general meeting", "founding", LocalDate.parse("2026-08-01"));
        GiveGuarantee give = new GiveGuarantee(ledger.store, TestLedger.CLOCK);
        give.run("ALM-0002", "ALM-0001", 300_00, null);
        give.run("ALM-0003", "ALM-0002", 300_00, null);
        PostedExchange roof = new RecordExchange(ledger.store, TestLedger.CLOCK).run(new RecordExchange.Request(null,
                LocalDate.parse("2026-11-10"), List.of(new Leg("ALM-0001", "ALM-0009", 120_00, "roof")), null)).posted();
        new FileClaim(ledger.store, TestLedger.CLOCK).run(new FileClaim.Request("ALM-0009", "ALM-0001",
                roof.exchange().id(), 80_00, "the roof leaks", false, LocalDate.parse("2026-11-20")));
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ClaimsView view = new ClaimsView(new ClaimsViewModel(
                new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK)));
        Scene scene = new Scene(view.root(), 1100, 560);
        scene.getStylesheets().add(ClaimsView.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    private static String stage(FxRobot robot) {
        TableView<?> table = robot.lookup("#claimsTable").queryAs(TableView.class);
        return ((ClaimsViewModel.Row) table.getItems().get(0)).stage();
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#claimsProblem").queryAs(Label.class).getText();
    }

    @Test
    void theBoardShowsDaysLeftRefusesAVoteOffThePanelInPlaceThenRecordsAVoteAndAnAppeal(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#claimsTable").query().isFocused());
        // Filed on 20 November with 14 days: the panel has until 3 December, 11 days counting today.
        assertThat(stage(robot)).isEqualTo("Open at level 1: 11 day(s) left to decide");
        robot.interact(() -> Snapshots.save(robot.lookup("#claimsView").query().getScene(), "claims-open"));

        String head = ledger.head();
        robot.clickOn("#claimsBy").write("ALM-0003");
        robot.clickOn("#claimsAmount").write("80").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).startsWith("ALM-0003 is not on the panel");
        assertThat(ledger.head()).isEqualTo(head);

        // The refused input stays, so only the voter is corrected.
        assertThat(robot.lookup("#claimsAmount").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("80");
        robot.doubleClickOn("#claimsBy").eraseText(8).write("ALM-0002");
        robot.clickOn("#claimsAmount").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).isEmpty();
        assertThat(stage(robot)).startsWith("Upheld for 80.00; may be appealed until ");
        assertThat(new GuarantorQueries(ledger.store).claims().get(0).status()).isEqualTo(ClaimStatus.UPHELD);

        robot.doubleClickOn("#claimsBy").eraseText(8).write("ALM-0001");
        robot.clickOn("#claimsReason").write("The leak came from the neighbour's roof").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).isEmpty();
        assertThat(stage(robot)).isEqualTo("Escalated to level 2: 14 day(s) left to decide");
        assertThat(robot.lookup("#claimsDone").queryAs(Label.class).getText()).endsWith("goes one level up.");
        robot.interact(() -> Snapshots.save(robot.lookup("#claimsView").query().getScene(), "claims-appealed"));
    }
}
