package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.TestLedger;
import coop.poruka.app.Queries;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
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

/** The register screen on a demo ledger, typed into as a person would. */
@ExtendWith(ApplicationExtension.class)
class RegisterViewTest {
    @TempDir
    static Path dir;
    static LedgerStore demo;
    static List<Member> members;
    static List<Exchange> newestFirst;

    RegisterView view;

    @BeforeAll
    static void makeDemo() {
        demo = DemoLedger.open(dir);
        members = new Queries(demo).members();
        List<Exchange> all = new ArrayList<>();
        demo.read(r -> {
            r.scanExchanges(all::add);
            return null;
        });
        Collections.reverse(all);
        newestFirst = all;
    }

    @AfterAll
    static void closeDemo() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new RegisterView(new RegisterViewModel(new LedgerSession(demo, new Labels(Locale.ENGLISH), TestLedger.CLOCK)));
        Scene scene = new Scene(view.root(), 1100, 600);
        scene.getStylesheets().add(RegisterView.class.getResource("poruka.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.refresh();
    }

    private static void waitUntilIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#registerBusy").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAMembersCodeShowsOnlyTheirExchangesNewestFirst(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.getItems().get(0).exchangeId()).isEqualTo(newestFirst.get(0).id());

        Member m = members.get(5);
        robot.clickOn("#registerMember").write(m.code());
        waitUntilIdle(robot);

        List<UUID> expected = newestFirst.stream()
                .filter(x -> x.legs().stream().anyMatch(l -> l.supplier().equals(m.code()) || l.receiver().equals(m.code())))
                .map(Exchange::id).toList();
        List<UUID> shown = List.copyOf(new LinkedHashSet<>(table.getItems().stream().map(RegisterRow::exchangeId).toList()));
        assertThat(shown).isNotEmpty().containsExactlyElementsOf(expected.subList(0, shown.size()));
        assertThat(shown.size()).isEqualTo(Math.min(expected.size(), coop.poruka.app.Register.PAGE));
        // Every exchange shown has a leg of the member (a chain also shows its other legs).
        assertThat(shown).allSatisfy(id -> assertThat(table.getItems()).anyMatch(r -> r.exchangeId().equals(id)
                && (r.supplier().equals(m.code()) || r.receiver().equals(m.code()))));

        // What the person sees in the first row: its parties, the amount right-aligned.
        RegisterRow first = table.getItems().get(0);
        TableCell<?, ?> amount = firstCell(robot, "registerAmountColumn");
        assertThat(amount.getText()).isEqualTo(first.amount());
        assertThat(amount.getAlignment()).hasToString("CENTER_RIGHT");
        assertThat(firstCell(robot, "registerSupplierColumn").getText()).isEqualTo(first.supplier());
        assertThat(firstCell(robot, "registerReceiverColumn").getText()).isEqualTo(first.receiver());
        assertThat(firstCell(robot, "registerIdColumn").getText()).isEqualTo(Formats.shortId(expected.get(0)));
        assertThat(robot.lookup("#registerStatus").queryAs(Label.class).getText())
                .startsWith(shown.size() + " exchanges shown");
        snapshot(robot, "register.png");
    }

    @Test
    void aNameMatchingNobodySaysSoNextToTheField(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        robot.clickOn("#registerMember").write("zzzz");
        waitUntilIdle(robot);
        Label problem = robot.lookup("#registerMemberProblem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("No member has the code or a name containing “zzzz”.");
        assertThat(problem.isVisible()).isTrue();
        assertThat(robot.lookup("#registerTable").queryTableView().getItems()).isEmpty();
    }

    @Test
    void scrollingToTheEndLoadsOlderExchanges(FxRobot robot) throws Exception {
        waitUntilIdle(robot);
        TableView<RegisterRow> table = robot.lookup("#registerTable").queryTableView();
        int firstPage = table.getItems().size();
        assertThat(robot.lookup("#registerMore").query().isVisible()).isTrue();
        robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
        waitUntilIdle(robot);
        assertThat(table.getItems().size()).isGreaterThan(firstPage);
        assertThat(table.getItems().stream().map(RegisterRow::exchangeId).distinct().count())
                .isGreaterThan(coop.poruka.app.Register.PAGE);
    }

    private static TableCell<?, ?> firstCell(FxRobot robot, String columnId) {
        return robot.lookup("#registerTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getIndex() == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no first cell in " + columnId));
    }

    /** Saves what the screen looks like, to be looked at. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.root().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        PixelReader px = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", new File("target", name));
    }

    @Test
    void memberAndTextFiltersKeepTheirHintWhileTheyHaveTheKeyboard(FxRobot robot) throws Exception {
        for (String id : List.of("#registerMember", "#registerText")) {
            javafx.scene.control.TextField field = robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
            robot.clickOn(field);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, field::isFocused);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.text.Text hint = field.lookupAll(".text").stream()
                    .filter(n -> n instanceof javafx.scene.text.Text t && field.getPromptText().equals(t.getText()))
                    .map(n -> (javafx.scene.text.Text) n).findFirst().orElseThrow();
            assertThat(hint.isVisible()).as(id).isTrue();
            assertThat(((javafx.scene.paint.Color) hint.getFill()).getOpacity()).as(id).isGreaterThan(0.5);
        }
        WaitForAsyncUtils.asyncFx(() -> Snapshots.save(robot.lookup("#registerText").query().getScene(),
                "register-hint-focused")).get(30, TimeUnit.SECONDS);
    }
}
