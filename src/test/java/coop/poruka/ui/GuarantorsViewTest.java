package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.SetRules;
import coop.poruka.domain.guarantee.LimitRule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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

/** The guarantors screen on a real ledger, used from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class GuarantorsViewTest {
    @TempDir
    static Path dir;
    static TestLedger ledger;

    @BeforeAll
    static void books() {
        ledger = TestLedger.create(dir);
        for (String c : new String[] {"ALM-0001", "ALM-0002", "ALM-0003", "ALM-0004"}) {
            ledger.member(c, "Member " + c, 100);
        }
        new SetRules(ledger.store, TestLedger.CLOCK).run(new SetRules.Change(1, 14, LimitRule.DEPOSIT_PLUS_GUARANTEES,
                50_000L, "KZT", null), "general meeting", "founding", LocalDate.parse("2026-08-01"));
        GiveGuarantee give = new GiveGuarantee(ledger.store, TestLedger.CLOCK);
        give.run("ALM-0001", "ALM-0002", 30_000, null);
        give.run("ALM-0002", "ALM-0003", 10_000, null);
        give.run("ALM-0004", "ALM-0002", 5_000, null);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        GuarantorsView view = new GuarantorsView(new GuarantorsViewModel(
                new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK)));
        Scene scene = new Scene(view.root(), 1000, 640);
        scene.getStylesheets().add(GuarantorsView.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    private static void show(FxRobot robot, String code) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#guarantorsMember").query().isFocused());
        robot.write(code).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterShowsTheTreeBothWaysTheLimitAndTheExposure(FxRobot robot) throws Exception {
        show(robot, "alm-0002");
        TreeView<String> up = robot.lookup("#guarantorsUp").queryAs(TreeView.class);
        TreeView<String> down = robot.lookup("#guarantorsDown").queryAs(TreeView.class);
        assertThat(up.getRoot().getValue()).isEqualTo("ALM-0002 is vouched for by");
        assertThat(up.getRoot().getChildren()).extracting(TreeItem::getValue)
                .containsExactly("ALM-0001, cap 300.00", "ALM-0004, cap 50.00");
        assertThat(down.getRoot().getChildren()).extracting(TreeItem::getValue).containsExactly("ALM-0003, cap 100.00");
        assertThat(robot.lookup("#guarantorsLimit").queryAs(Label.class).getText()).isEqualTo("The credit limit of "
                + "ALM-0002 is 350.00: no deposit of their own, so guarantee caps of 350.00 from 2 guarantor(s), up to "
                + "the co-op's maximum of 500.00.");
        TableView<?> table = robot.lookup("#guarantorsExposure").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0)).isEqualTo(new GuarantorsViewModel.ExposureRow("ALM-0003  Member ALM-0003",
                "100.00", "0.00", "0.00", "100.00", "0.00"));
        robot.interact(() -> Snapshots.save(robot.lookup("#guarantorsView").query().getScene(), "guarantors"));
    }

    @Test
    void anUnknownCodeIsSaidInOneSentenceAndNothingElseIsShown(FxRobot robot) throws Exception {
        show(robot, "ALM-0099");
        assertThat(robot.lookup("#guarantorsProblem").queryAs(Label.class).getText())
                .isEqualTo("There is no member with code ALM-0099; check the code or add the member first.");
        assertThat(robot.lookup("#guarantorsUp").queryAs(TreeView.class).getRoot()).isNull();
        assertThat(robot.lookup("#guarantorsExposure").queryAs(TableView.class).getItems()).isEmpty();
    }

    @Test
    void aGuaranteeIsAddedAndEndedFromTheScreenAndALoopIsRefusedInPlace(FxRobot robot) throws Exception {
        show(robot, "ALM-0001");
        String head = ledger.head();
        // ALM-0001 vouches for ALM-0002, who vouches for ALM-0003: ALM-0003 cannot vouch for ALM-0001.
        robot.clickOn("#guarantorsGuarantor").write("ALM-0003");
        robot.clickOn("#guarantorsCap").write("40").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guarantorsProblem").queryAs(Label.class).getText()).isEqualTo("ALM-0003 cannot vouch "
                + "for ALM-0001: ALM-0001 already vouches for ALM-0003 through the chain ALM-0001 \u2192 ALM-0002 \u2192 "
                + "ALM-0003 \u2192 ALM-0001, so ALM-0003 would become their own guarantor; choose another guarantor.");
        assertThat(ledger.head()).isEqualTo(head);

        robot.doubleClickOn("#guarantorsGuarantor").eraseText(8).write("ALM-0004");
        robot.clickOn("#guarantorsCap").type(KeyCode.ENTER); // the cap typed before stays
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guarantorsProblem").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#guarantorsDone").queryAs(Label.class).getText())
                .isEqualTo("ALM-0004 now vouches for ALM-0001 up to 40.00.");
        TreeView<String> up = robot.lookup("#guarantorsUp").queryAs(TreeView.class);
        assertThat(up.getRoot().getChildren()).extracting(TreeItem::getValue).containsExactly("ALM-0004, cap 40.00");
        robot.interact(() -> Snapshots.save(robot.lookup("#guarantorsView").query().getScene(), "guarantors-added"));

        robot.clickOn("#guarantorsReason").write("moved to Astana").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guarantorsDone").queryAs(Label.class).getText())
                .isEqualTo("ALM-0004 no longer vouches for ALM-0001.");
        assertThat(robot.lookup("#guarantorsUp").queryAs(TreeView.class).getRoot().getChildren()).isEmpty();
    }
}
