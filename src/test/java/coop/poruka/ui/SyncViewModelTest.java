package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.ExportSync;
import coop.poruka.app.ImportSync;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync screen's model on real ledgers, keystores and sync files, without the screen: the
 * status per office, a preview that changes nothing, taking a file in, refusals said beside the
 * field they concern, and writing a file.
 */
@ExtendWith(ApplicationExtension.class)
class SyncViewModelTest {
    @TempDir
    Path dir;
    TwoOffices offices;
    LedgerStore alm;
    BackgroundWork work;
    SyncViewModel vm;

    @Start
    void start(Stage stage) {
        // the FX toolkit is all this test needs: background work reports on its thread
    }

    @BeforeEach
    void offices() throws Exception {
        offices = TwoOffices.make(dir);
        alm = Wiring.ledgers().open(offices.almLedger, false);
        work = new BackgroundWork();
        vm = fx(() -> {
            SyncViewModel m = new SyncViewModel(new LedgerSession(alm, new Labels(Locale.ENGLISH), TestLedger.CLOCK),
                    new OfficeFiles(Wiring.identity(), Wiring.syncFiles()),
                    new SyncKeystore(Wiring.identity(), offices.keystore), work);
            m.refresh();
            return m;
        });
    }

    @AfterEach
    void close() {
        alm.close();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    /** Runs an action that starts background work and waits until the work has ended. */
    private boolean andWait(Callable<Boolean> action) throws Exception {
        boolean started = fx(action);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !work.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return started;
    }

    private String books() {
        Map<String, Long> balances = alm.read(r -> r.balancesFromPostings());
        return alm.read(r -> r.heldByOffice() + " " + new TreeMap<>(balances) + " " + r.forks());
    }

    @Test
    void previewCountsByOfficeAndKindThenTakingInAddsThemAndTheSameFileAgainIsNothingNew() throws Exception {
        assertThat(vm.offices()).extracting(SyncViewModel.OfficeRow::office, SyncViewModel.OfficeRow::held)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ALM (this office)", "1–7"));
        String before = books();
        vm.password().valueProperty().set(TestLedger.PASSWORD);
        assertThat(andWait(() -> vm.preview(offices.file))).isTrue();

        assertThat(vm.file().errorProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("The file from office AST adds " + offices.astEntries
                + " entries; 0 are already in the books. Nothing has changed yet.");
        assertThat(vm.added()).extracting(SyncViewModel.AddedRow::office).containsOnly("AST");
        assertThat(vm.added()).extracting(SyncViewModel.AddedRow::kind).containsExactly("Co-op and office settings",
                "Members admitted or changed", "Exchanges and reversals", "Guarantees", "Deposits");
        assertThat(vm.added().get(1).count()).isEqualTo("4");
        assertThat(vm.added().stream().mapToInt(r -> Integer.parseInt(r.count())).sum()).isEqualTo(offices.astEntries);
        assertThat(vm.canApplyProperty().get()).isTrue();
        assertThat(books()).isEqualTo(before);
        assertThat(vm.keystoreLineProperty().get()).endsWith(": open until the window closes");
        assertThat(vm.password().value()).isEmpty(); // the keystore stays open, the password field is emptied

        assertThat(andWait(vm::apply)).isTrue();
        assertThat(vm.importDoneProperty().get()).isEqualTo("Took in " + offices.astEntries
                + " entries from the file of office AST.");
        assertThat(vm.previewShownProperty().get()).isFalse();
        Map<String, Long> balances = alm.read(r -> r.balancesFromPostings());
        offices.astBalances.forEach((code, balance) -> assertThat(balances).containsEntry(code, balance));
        assertThat(vm.offices()).extracting(SyncViewModel.OfficeRow::office).containsExactly("ALM (this office)", "AST");
        assertThat(vm.offices().get(1).held()).isEqualTo("1–" + offices.astEntries);

        String after = books();
        assertThat(andWait(() -> vm.preview(offices.file))).isTrue();
        assertThat(vm.summaryProperty().get()).isEqualTo("Nothing in the file from office AST is new: all "
                + offices.astEntries + " entries are already in the books.");
        assertThat(vm.canApplyProperty().get()).isFalse();
        assertThat(books()).isEqualTo(after);
    }

    @Test
    void aWrongPasswordIsSaidBesideThePasswordAndAChangedFileBesideTheFile() throws Exception {
        String before = books();
        assertThat(fx(() -> vm.preview(offices.file))).isFalse();
        assertThat(vm.password().errorProperty().get()).isEqualTo("Type the keystore password first.");

        vm.password().valueProperty().set("not the password");
        andWait(() -> vm.preview(offices.file));
        assertThat(vm.password().errorProperty().get()).isEqualTo("The password is wrong; type it again.");
        assertThat(vm.file().errorProperty().get()).isEmpty();
        assertThat(vm.keystoreLineProperty().get()).endsWith(": locked");

        byte[] bytes = Files.readAllBytes(offices.file);
        bytes[bytes.length / 2] ^= 0x01;
        Path changed = Files.write(dir.resolve("changed.poruka-sync"), bytes);
        vm.password().valueProperty().set(TestLedger.PASSWORD);
        andWait(() -> vm.preview(changed));
        String refusal = vm.file().errorProperty().get();
        assertThat(refusal).contains("changed.poruka-sync").doesNotContain("\n");
        LedgerException expected = org.assertj.core.api.Assertions.catchThrowableOfType(() -> new ImportSync(alm,
                Wiring.syncFiles(), TestLedger.CLOCK).preview(changed, Wiring.identity().open(offices.keystore,
                TestLedger.PASSWORD.toCharArray()).ca()), LedgerException.class);
        assertThat(refusal).isEqualTo(expected.message(Locale.ENGLISH));
        assertThat(vm.previewShownProperty().get()).isFalse();
        assertThat(fx(vm::apply)).isFalse();
        assertThat(books()).isEqualTo(before);
    }

    @Test
    void entriesAnotherOfficeSaysItHoldsButThisOneLacksAreShownAsMissing() throws Exception {
        ImportSync almImport = new ImportSync(alm, Wiring.syncFiles(), TestLedger.CLOCK);
        var ca = Wiring.identity().open(offices.keystore, TestLedger.PASSWORD.toCharArray()).ca();
        almImport.run(offices.file, ca);
        // AST admits one more member, then sends a file with no entries but what it holds.
        Path empty = dir.resolve("empty.poruka-sync");
        try (LedgerStore ast = Wiring.ledgers().open(dir.resolve("ast/ledger"), false)) {
            new coop.poruka.app.AddMember(ast, TestLedger.CLOCK).run("AST-0009", "Жанна Ахметова", 0, null);
            new ExportSync(ast, Wiring.syncFiles(), TestLedger.CLOCK).run(empty, Wiring.identity().open(
                    dir.resolve("ast/ledger.office.p12"), TestLedger.PASSWORD.toCharArray()),
                    new ExportSync.Scope.Since(LocalDate.of(2030, 1, 1)));
        }
        almImport.run(empty, ca);
        fx(() -> {
            vm.refresh();
            return null;
        });
        int last = offices.astEntries;
        assertThat(vm.offices().get(1).held()).isEqualTo("1–" + last);
        assertThat(vm.offices().get(1).missing()).isEqualTo("entry " + (last + 1) + " (office AST has it)");
        assertThat(vm.offices().get(0).missing()).isEmpty();
        assertThat(vm.offices().get(1).nextFile()).isEqualTo("0 entries");
        assertThat(vm.forksProperty().get()).isEqualTo("No forks.");
    }

    @Test
    void aFileWithNothingNewThatConfirmsMoreCanBeTakenInAndTheNextFileLeavesThatOut() throws Exception {
        var almKey = Wiring.identity().open(offices.keystore, TestLedger.PASSWORD.toCharArray());
        new ImportSync(alm, Wiring.syncFiles(), TestLedger.CLOCK).run(offices.file, almKey.ca());
        // ALM records one exchange and sends it; AST takes it in and answers with a file holding no
        // entries (ALM already confirmed all of AST's), only that AST now holds ALM's new entry.
        new coop.poruka.app.RecordExchange(alm, TestLedger.CLOCK).run(new coop.poruka.app.RecordExchange.Request(null,
                null, java.util.List.of(TestLedger.leg("ALM-0001", "AST-0001", 3)), null));
        Path toAst = dir.resolve("alm-for-ast.poruka-sync");
        new ExportSync(alm, Wiring.syncFiles(), TestLedger.CLOCK).run(toAst, almKey, new ExportSync.Scope.For("AST"));
        Path answer = dir.resolve("ast-answer.poruka-sync");
        try (LedgerStore ast = Wiring.ledgers().open(dir.resolve("ast/ledger"), false)) {
            var astKey = Wiring.identity().open(dir.resolve("ast/ledger.office.p12"), TestLedger.PASSWORD.toCharArray());
            new ImportSync(ast, Wiring.syncFiles(), TestLedger.CLOCK).run(toAst, astKey.ca());
            assertThat(new ExportSync(ast, Wiring.syncFiles(), TestLedger.CLOCK).run(answer, astKey,
                    new ExportSync.Scope.For("ALM")).entries()).isZero();
        }
        fx(() -> {
            vm.refresh();
            return null;
        });
        assertThat(vm.offices().get(1).nextFile()).isEqualTo("1 entry");
        String before = books();
        vm.password().valueProperty().set(TestLedger.PASSWORD);
        andWait(() -> vm.preview(answer));
        assertThat(vm.summaryProperty().get()).isEqualTo("The file from office AST brings no new entries, but it says"
                + " what office AST now holds: take it in so the next file for AST leaves that out.");
        assertThat(vm.canApplyProperty().get()).isTrue();
        assertThat(books()).isEqualTo(before);

        assertThat(andWait(vm::apply)).isTrue();
        assertThat(vm.importDoneProperty().get()).isEqualTo("Recorded what office AST holds: the next file for AST"
                + " leaves it out.");
        assertThat(books()).isEqualTo(before);
        assertThat(vm.offices().get(1).nextFile()).isEqualTo("0 entries");
        assertThat(new ExportSync(alm, Wiring.syncFiles(), TestLedger.CLOCK).run(dir.resolve("next.poruka-sync"), almKey,
                new ExportSync.Scope.For("AST")).entries()).isZero();
    }

    @Test
    void writingAFileForAnOfficeSaysHowManyEntriesAndHowLargeAndTheOtherOfficeCanTakeItIn() throws Exception {
        vm.password().valueProperty().set(TestLedger.PASSWORD);
        andWait(() -> vm.preview(offices.file));
        andWait(vm::apply);
        new coop.poruka.app.RecordExchange(alm, TestLedger.CLOCK).run(new coop.poruka.app.RecordExchange.Request(null,
                null, java.util.List.of(TestLedger.leg("ALM-0001", "AST-0001", 3)), null));
        fx(() -> {
            vm.refresh();
            return null;
        });
        assertThat(vm.targets()).containsExactly("", "AST");
        assertThat(vm.offices().get(1).nextFile()).isEqualTo("1 entry");

        fx(() -> {
            vm.targetProperty().set("AST");
            return null;
        });
        assertThat(vm.scopeProperty().get()).isEqualTo(SyncViewModel.Scope.UNCONFIRMED);
        assertThat(vm.suggestedName()).isEqualTo("ALM-AST-2026-11-23.poruka-sync");
        Path out = dir.resolve("alm-for-ast.poruka-sync");
        assertThat(andWait(() -> vm.export(out))).isTrue();
        assertThat(vm.exportProblemProperty().get()).isEmpty();
        assertThat(vm.exportDoneProperty().get()).matches("Wrote 1 entry \\(\\d+(\\.\\d)? KB\\) to "
                + java.util.regex.Pattern.quote(out.toString()) + ": ALM 8\\.");

        try (LedgerStore ast = Wiring.ledgers().open(dir.resolve("ast/ledger"), false)) {
            ImportSync.Preview p = new ImportSync(ast, Wiring.syncFiles(), TestLedger.CLOCK).run(out,
                    Wiring.identity().open(dir.resolve("ast/ledger.office.p12"), TestLedger.PASSWORD.toCharArray()).ca());
            assertThat(p.added()).isEqualTo(1);
        }

        fx(() -> {
            vm.scopeProperty().set(SyncViewModel.Scope.SINCE);
            return null;
        });
        assertThat(fx(() -> vm.export(dir.resolve("never.poruka-sync")))).isFalse();
        assertThat(vm.exportProblemProperty().get()).isEqualTo("Choose the date the file starts from.");
        assertThat(dir.resolve("never.poruka-sync")).doesNotExist();
    }
}
