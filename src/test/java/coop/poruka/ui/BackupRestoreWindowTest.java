package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.AddMember;
import coop.poruka.app.BackupLedger;
import coop.poruka.app.Queries;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Back up and File > Restore in the real window, over real ledger and backup files. */
@ExtendWith(ApplicationExtension.class)
class BackupRestoreWindowTest {
    private static final String TITLE = "Poruka — Ak Bulak Co-op";

    @TempDir
    Path dir;
    final Preferences prefs = TestPrefs.fresh();
    Stage stage;
    Opening opening;
    Path ledger;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    /** A co-op of two members, shown in the window. */
    @BeforeEach
    void open() throws Exception {
        try (TestLedger l = TestLedger.create(Files.createDirectories(dir.resolve("ak")))) {
            l.member("ALM-0001", "Айгерим Қасымова", 100);
            l.member("ALM-0002", "Olga Öberg", 100);
            ledger = l.path;
        }
        new Recents(prefs).opened(ledger);
        prefs.put("language", "en");
        WaitForAsyncUtils.asyncFx(() -> {
            opening = new Opening(stage, null, Wiring.ledgers(), TestLedger.CLOCK, prefs);
            opening.start();
        }).get(30, TimeUnit.SECONDS);
        waitFor(() -> TITLE.equals(stage.getTitle()) && stage.getScene().lookup("#mainView") != null);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> opening.stop()).get(30, TimeUnit.SECONDS);
        TestPrefs.remove(prefs);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String notice() {
        Label notice = (Label) stage.getScene().lookup("#notice");
        return notice == null ? "" : notice.getText();
    }

    private static int members(Path file) {
        try (LedgerStore store = Wiring.ledgers().open(file, false)) {
            return new Queries(store).members().size();
        }
    }

    @Test
    void backupTakenWhileTheWindowHasTheLedgerOpenIsCheckedAndSaysWhere(FxRobot robot) throws Exception {
        Path out = dir.resolve("ak-backup.mv.db");
        try (LedgerStore store = Wiring.ledgers().open(ledger, false)) {
            MainViewModel vm = WaitForAsyncUtils.asyncFx(() -> {
                MainViewModel m = new MainViewModel(store, new Labels(Locale.ENGLISH));
                m.backup(out, opening.ledgers());
                return m;
            }).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.noticeProperty().get().startsWith("Backup written"));
            assertThat(vm.noticeProperty().get()).isEqualTo("Backup written and checked: 3 entries in " + out + ".");
        }
        assertThat(members(out)).isEqualTo(2);
    }

    @Test
    void restoreReplacesTheBooksByTheBackupKeepsTheLedgerAsItWasAndSaysSo(FxRobot robot) throws Exception {
        Path backup = dir.resolve("two-members.mv.db");
        new BackupLedger(Wiring.ledgers()).run(ledger, backup);
        // After the backup the books move on: a third member, in the window's own ledger.
        try (LedgerStore store = Wiring.ledgers().open(ledger, false)) {
            new AddMember(store, TestLedger.CLOCK).run("ALM-0003", "Ivan Petrov", 0, null);
        }

        robot.interact(() -> opening.restore(backup));
        waitFor(() -> notice().startsWith("Restored from"));
        assertThat(notice()).startsWith("Restored from " + backup + ": 3 entries checked; the ledger as it was is kept at ");
        assertThat(stage.getTitle()).isEqualTo(TITLE);
        WaitForAsyncUtils.asyncFx(() -> opening.stop()).get(30, TimeUnit.SECONDS);
        assertThat(members(ledger)).isEqualTo(2);
        try (var kept = Files.list(ledger.getParent())) {
            Path before = kept.filter(f -> f.getFileName().toString().contains("before-restore")).findFirst().orElseThrow();
            assertThat(members(before)).isEqualTo(3);
        }
    }

    @Test
    void damagedBackupIsRefusedInOneSentenceAndTheLedgerCanBeShownAgainUnchanged(FxRobot robot) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.mv.db"), "not a ledger at all");
        robot.interact(() -> opening.restore(junk));
        waitFor(() -> stage.getScene().lookup("#backButton") != null && stage.getScene().lookup("#backButton").isVisible()
                && !((Label) stage.getScene().lookup("#startMessage")).getText().startsWith("Checking"));
        String message = ((Label) stage.getScene().lookup("#startMessage")).getText();
        assertThat(message).contains(junk.toString()).contains("nothing was replaced").doesNotContain("\n");

        robot.clickOn("#backButton");
        waitFor(() -> TITLE.equals(stage.getTitle()) && stage.getScene().lookup("#mainView") != null);
        WaitForAsyncUtils.asyncFx(() -> opening.stop()).get(30, TimeUnit.SECONDS);
        try (LedgerStore store = Wiring.ledgers().open(ledger, false)) {
            assertThat(new Queries(store).members()).extracting(Member::code).containsExactly("ALM-0001", "ALM-0002");
        }
    }
}
