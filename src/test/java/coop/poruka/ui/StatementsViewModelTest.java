package coop.poruka.ui;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.PrintStatements;
import coop.poruka.report.Poppler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Statements screen's model on a real ledger with a real office keystore, without a screen: the
 * work's results are said on the worker's own thread here. Today is 23 November 2026.
 */
class StatementsViewModelTest {
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;
    TestLedger ledger;
    Preferences prefs;
    Path out;

    @BeforeEach
    void books() {
        ledger = TestLedger.create(dir);
        prefs = TestPrefs.fresh();
        out = dir.resolve("out");
    }

    @AfterEach
    void close() {
        ledger.close();
        TestPrefs.remove(prefs);
    }

    /** Members ALM-0001.. trading in a ring, so each has postings this month. */
    void members(int n) {
        for (int i = 1; i <= n; i++) {
            ledger.member(code(i), "Member " + i, 100);
        }
        for (int i = 1; i <= n; i++) {
            ledger.post(leg(code(i), code(i % n + 1), 5));
        }
    }

    static String code(int i) {
        return String.format("ALM-%04d", i);
    }

    StatementsViewModel vm() {
        LedgerSession session = new LedgerSession(ledger.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK,
                Wiring.documents(), Wiring.identity());
        StatementsViewModel vm = new StatementsViewModel(session, prefs);
        vm.setExecutor(Runnable::run);
        vm.setViewer(p -> true);
        vm.refresh();
        vm.folderProperty().set(out);
        return vm;
    }

    static void awaitDone(StatementsViewModel vm) throws InterruptedException {
        for (int i = 0; i < 1200 && vm.runningProperty().get(); i++) {
            Thread.sleep(50);
        }
        assertThat(vm.runningProperty().get()).as("the work ended").isFalse();
    }

    static List<Path> pdfs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    static void assertSigned(Path pdf) {
        assertThat(Poppler.run(false, "pdfsig", pdf.toString())).as(pdf.toString())
                .contains("Signature is Valid.", "Total document signed");
    }

    @Test
    void withoutAKeystoreNothingIsPrintedAndOneSentenceSaysWhatToDo() throws Exception {
        members(2);
        StatementsViewModel vm = vm();
        String sentence = vm.keyNoteProperty().get();
        assertThat(sentence).startsWith("This office has no keystore yet (" + dir.resolve("ledger.office.p12") + ")")
                .contains("poruka office ca-init");
        assertThat(vm.asksPassword()).isFalse();
        assertThat(vm.print()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo(sentence);
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.printSummary()).isFalse();
        assertThat(pdfs(out)).isEmpty();
    }

    @Test
    void aWrongPasswordIsSaidBesideTheFieldAndTheRightOneOpensTheKey() {
        ledger.foundOffice();
        StatementsViewModel vm = vm();
        assertThat(vm.asksPassword()).isTrue();
        assertThat(vm.print()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Type the keystore password beside \"Keystore password\" first");
        assertThat(vm.unlock("not the password")).isFalse();
        assertThat(vm.passwordProblemProperty().get()).isEqualTo("The keystore password is wrong; type it again.");
        assertThat(vm.unlock("")).isFalse();
        assertThat(vm.passwordProblemProperty().get()).isEqualTo("Type the keystore password first.");
        assertThat(vm.unlock(TestLedger.PASSWORD)).isTrue();
        assertThat(vm.passwordProblemProperty().get()).isEmpty();
        assertThat(vm.asksPassword()).isFalse();
        assertThat(vm.keyNoteProperty().get()).startsWith("Documents are signed with the office key in ");
    }

    @Test
    void everyMembersStatementAndTheCombinedFileAreWrittenSignedAndTheFolderRemembered() throws Exception {
        ledger.foundOffice();
        members(4);
        StatementsViewModel vm = vm();
        assertThat(vm.monthProperty().get()).as("last month by default").isEqualTo(OCTOBER);
        vm.monthProperty().set(NOVEMBER);
        vm.combinedProperty().set(true);
        vm.unlock(TestLedger.PASSWORD);
        assertThat(vm.print()).isTrue();
        awaitDone(vm);
        assertThat(vm.messageIsErrorProperty().get()).as(vm.messageProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Wrote 4 statements for November 2026 into " + out
                + ". The combined file to print is " + out.resolve("statements-2026-11.pdf") + ".");
        assertThat(vm.writtenProperty().get()).isEqualTo(out);
        List<Path> files = pdfs(out);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "statement-2026-11-ALM-0001.pdf", "statement-2026-11-ALM-0002.pdf", "statement-2026-11-ALM-0003.pdf",
                "statement-2026-11-ALM-0004.pdf", "statements-2026-11.pdf");
        files.stream().filter(p -> p.getFileName().toString().startsWith("statement-")).forEach(
                StatementsViewModelTest::assertSigned);
        assertThat(Poppler.text(files.get(2))).contains("ALM-0003", "Member 3");
        // The next window offers the same folder.
        assertThat(vm().folderProperty().get()).isEqualTo(out);
    }

    @Test
    void cancelStopsTheBatchBeforeTheNextMemberAndTheFilesWrittenStay() throws Exception {
        ledger.foundOffice();
        members(30);
        StatementsViewModel vm = vm();
        vm.monthProperty().set(NOVEMBER);
        vm.unlock(TestLedger.PASSWORD);
        // The person presses Cancel as soon as the second statement is reported written.
        vm.setExecutor(r -> {
            r.run();
            if (vm.progressProperty().get() >= 2.0 / 30) {
                vm.cancel();
            }
        });
        assertThat(vm.print()).isTrue();
        awaitDone(vm);
        // Statements other cores were finishing when Cancel came stay too, and are counted.
        List<Path> written = pdfs(out);
        assertThat(written.size()).isBetween(2, 29);
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Cancelled: " + written.size() + " of 30 statements were written into " + out + " and stay there.");
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, written.size()).mapToObj(i -> PrintStatements.fileName(NOVEMBER, String.format("ALM-%04d", i))).toList());
        pdfs(out).forEach(StatementsViewModelTest::assertSigned);
        assertThat(vm.writtenProperty().get()).isEqualTo(out);
    }

    @Test
    void oneMembersStatementTheSummaryAndAnExposurePackAreWrittenSigned() throws Exception {
        ledger.foundOffice();
        members(3);
        new GiveGuarantee(ledger.store, TestLedger.CLOCK).run("ALM-0001", "ALM-0002", 50_00, null);
        StatementsViewModel vm = vm();
        vm.monthProperty().set(NOVEMBER);
        vm.unlock(TestLedger.PASSWORD);

        vm.allMembersProperty().set(false);
        assertThat(vm.print()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Type the code of the member");
        assertThat(vm.suggestions("member 2")).extracting(CounterViewModel.Suggestion::code).containsExactly("ALM-0002");
        vm.memberProperty().set("ALM-0002  Member 2");
        assertThat(vm.print()).isTrue();
        awaitDone(vm);
        Path one = out.resolve("statement-2026-11-ALM-0002.pdf");
        assertThat(vm.messageProperty().get()).isEqualTo("Wrote the statement of ALM-0002 for November 2026: " + one + ".");
        assertSigned(one);

        assertThat(vm.printSummary()).isTrue();
        awaitDone(vm);
        Path summary = out.resolve("summary-2026-11.pdf");
        assertThat(vm.messageProperty().get()).isEqualTo("Wrote the co-op's summary for November 2026: " + summary + ".");
        assertSigned(summary);

        vm.guarantorProperty().set("alm-0001");
        assertThat(vm.printExposure()).isTrue();
        awaitDone(vm);
        Path pack = out.resolve("exposure-ALM-0001-2026-11-23.pdf");
        assertThat(vm.messageProperty().get()).isEqualTo("Wrote the exposure pack of ALM-0001: " + pack + ".");
        assertSigned(pack);
        assertThat(Poppler.text(pack)).contains("ALM-0002");
    }

    @Test
    void closingAMonthMarksItClosedAndARefusalIsOneSentence() {
        members(2);
        StatementsViewModel vm = vm();
        assertThat(vm.monthText(OCTOBER)).isEqualTo("October 2026");
        vm.monthProperty().set(NOVEMBER);
        assertThat(vm.closeMonth()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("The month 2026-11 has not ended yet; close it on 2026-12-01 or later.");
        vm.monthProperty().set(OCTOBER);
        assertThat(vm.closeMonth()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("October 2026 is closed: nothing can be dated into it any more.");
        assertThat(vm.monthText(OCTOBER)).isEqualTo("October 2026 (closed)");
        assertThat(vm.monthText(NOVEMBER)).isEqualTo("November 2026");
        assertThat(vm.closeMonth()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("The month 2026-10 is already closed");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
    }
}
