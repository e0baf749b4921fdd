package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.MakeDemo;
import coop.poruka.app.Progress;
import coop.poruka.app.Queries;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
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

/** The member card's balance chart and exchanges, on a busy co-op where each member has hundreds. */
@ExtendWith(ApplicationExtension.class)
class MemberHistoryTest {
    @TempDir
    static Path dir;
    static LedgerStore store;
    /** A member of a reversed exchange, and so with reversal marks among their exchanges. */
    static Member member;
    static Exchange reversal;
    static Set<UUID> theirExchanges = new HashSet<>();

    Scene scene;

    @BeforeAll
    static void makeBusyCoop() {
        store = Wiring.ledgers().open(dir.resolve("busy"), true);
        new MakeDemo(store, TestLedger.CLOCK).run(DemoPlan.of(DemoPlan.DEFAULT_SEED, 20, 12).withExchanges(4_000),
                Progress.NONE);
        Queries q = new Queries(store);
        reversal = q.latestExchanges(5_000).stream().map(PostedExchange::exchange).filter(Exchange::isReversal)
                .findFirst().orElseThrow();
        String code = reversal.legs().get(0).supplier();
        member = q.members().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
        // Counted from the journal itself, not through the register the card uses.
        store.read(r -> {
            r.scanExchanges(x -> {
                if (x.legs().stream().anyMatch(l -> l.supplier().equals(code) || l.receiver().equals(code))) {
                    theirExchanges.add(x.id());
                }
            });
            return null;
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LedgerSession session = new LedgerSession(store, new Labels(Locale.ENGLISH), TestLedger.CLOCK);
        MembersView view = new MembersView(new MembersViewModel(session));
        view.refresh();
        scene = new Scene(view.root(), PorukaWindow.WIDTH, PorukaWindow.HEIGHT);
        scene.getStylesheets().add(PorukaWindow.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.focus();
    }

    @SuppressWarnings("unchecked")
    private static XYChart.Series<Number, Number> line(FxRobot robot) {
        return ((AreaChart<Number, Number>) robot.lookup("#balanceChart").query()).getData().get(0);
    }

    private static Set<UUID> shownExchanges(TableView<RegisterRow> table) {
        Set<UUID> ids = new HashSet<>();
        table.getItems().forEach(r -> ids.add(r.exchangeId()));
        return ids;
    }

    @Test
    void cardOfABusyMemberChartsTheirBalanceToTodayAndPagesThroughAllTheirExchangesWithReversalsMarked(
            FxRobot robot) throws Exception {
        assertThat(theirExchanges).as("a member with hundreds of exchanges").hasSizeGreaterThan(300);
        robot.write(member.code()).type(KeyCode.DOWN).type(KeyCode.ENTER);
        TableView<RegisterRow> table = robot.lookup("#cardExchanges").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && !line(robot).getData()
                .isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(scene, "member-card-history")).get(30, TimeUnit.SECONDS);

        // The line ends today at the balance the card shows above it.
        List<XYChart.Data<Number, Number>> points = line(robot).getData();
        XYChart.Data<Number, Number> last = points.get(points.size() - 1);
        assertThat(last.getXValue().longValue()).isEqualTo(LocalDate.now(TestLedger.CLOCK).toEpochDay());
        assertThat(last.getYValue().doubleValue()).isEqualTo(member.balance() / 100.0);
        // Dates on the axis are written the person's way (English here: month first).
        NumberAxis days = (NumberAxis) ((AreaChart<?, ?>) robot.lookup("#balanceChart").query()).getXAxis();
        assertThat(days.getTickLabelFormatter().toString(LocalDate.of(2026, 3, 9).toEpochDay())).isEqualTo("3/9/26");

        // One page first, then older ones on demand, until every one of their exchanges is there.
        assertThat(shownExchanges(table)).hasSize(coop.poruka.app.Register.PAGE);
        Button more = robot.lookup("#cardExchangesMore").queryButton();
        while (more.isVisible()) {
            int before = table.getItems().size();
            robot.interact(more::fire);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() > before
                    || !more.isVisible());
        }
        assertThat(shownExchanges(table)).isEqualTo(theirExchanges);

        RegisterRow marked = table.getItems().stream().filter(r -> r.exchangeId().equals(reversal.id())).findFirst()
                .orElseThrow();
        assertThat(marked.mark()).isEqualTo("Reverses " + Formats.shortId(reversal.reverses()));
        RegisterRow original = table.getItems().stream().filter(r -> r.exchangeId().equals(reversal.reverses())).findFirst()
                .orElseThrow();
        assertThat(original.mark()).isEqualTo("Reversed by " + Formats.shortId(reversal.id()));
    }
}
