package coop.poruka.sync;

import static coop.poruka.sync.Offices.export;
import static coop.poruka.sync.Offices.importFile;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.ui.GuarantorsView;
import coop.poruka.ui.GuarantorsViewModel;
import coop.poruka.ui.Labels;
import coop.poruka.ui.LedgerSession;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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

/** The conflicts board on the guarantors screen, after two offices posted at once. */
@ExtendWith(ApplicationExtension.class)
class ConflictsBoardViewTest {
    @TempDir
    static Path dir;
    static TestLedger alm;
    static PostedExchange atAst;

    @BeforeAll
    static void twoOfficesPostAtOnce() {
        Offices offices = new Offices(dir);
        alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana")) {
            alm.post(TestLedger.leg("ALM-0001", "ALM-0002", 30));
            atAst = ast.post(TestLedger.leg("ALM-0003", "ALM-0002", 30));
            importFile(alm, export(ast, "ALM", "ast-1"));
        }
        new GiveGuarantee(alm.store, TestLedger.CLOCK).run("ALM-0001", "ALM-0002", 40_00, null);
    }

    @AfterAll
    static void close() {
        alm.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        GuarantorsView view = new GuarantorsView(new GuarantorsViewModel(
                new LedgerSession(alm.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK)));
        Scene scene = new Scene(view.root(), 1000, 700);
        scene.getStylesheets().add(GuarantorsView.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    private static ListView<String> show(FxRobot robot, String code) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#guarantorsMember").query().isFocused());
        robot.write(code).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#guarantorsConflicts").queryAs(ListView.class);
    }

    @Test
    void aGuarantorSeesTheMemberTheyVouchForTakenBelowTheLimitAndTheEntryThatCrossedIt(FxRobot robot) throws Exception {
        ListView<String> board = show(robot, "ALM-0001");
        assertThat(board.getItems()).containsExactly("ALM-0002 Ivan Petrov: balance -72.00, limit 50.00; taken below it by"
                + " office AST entry 2 (exchange " + atAst.exchange().id().toString().substring(0, 8) + "…)");
        assertThat(board.isVisible()).isTrue();
    }

    @Test
    void aGuarantorOfNobodyInConflictSeesTheBoardEmpty(FxRobot robot) throws Exception {
        ListView<String> board = show(robot, "ALM-0003");
        assertThat(board.getItems()).isEmpty();
    }
}
