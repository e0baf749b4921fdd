package coop.poruka.sync;

import static coop.poruka.sync.Offices.export;
import static coop.poruka.sync.Offices.importFile;
import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.CloseMonth;
import coop.poruka.app.PrintReceipt;
import coop.poruka.domain.document.Receipt;
import coop.poruka.domain.ledger.EntryContent.PeriodClose;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.ui.Labels;
import coop.poruka.ui.MainViewModel;
import coop.poruka.ui.VerifiedMarks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once a ledger holds other offices' entries, an entry's place in its office's chain is not where
 * this ledger stored it: what reads one must not take it for the other.
 */
class ReceivedEntriesReadersTest {
    @TempDir
    Path dir;

    @Test
    void statusBarCountsEveryEntryHeldNotOnlyThisOfficesChain() {
        Offices offices = new Offices(dir);
        try (TestLedger ast = offices.join("AST", "Astana")) {
            long held = ast.store.read(r -> r.heldByOffice().values().stream().mapToLong(Long::longValue).sum());
            MainViewModel vm = new MainViewModel(ast.store, new Labels(Locale.ENGLISH),
                    new VerifiedMarks(Preferences.userRoot().node("coop/poruka/test-" + System.nanoTime())));
            vm.refresh();
            assertThat(held).isEqualTo(6);
            assertThat(vm.entriesProperty().get()).isEqualTo("Journal entries: 6");
        }
    }

    @Test
    void aMonthClosedAfterReceivingNamesThisOfficesOwnHeadAndVerifyPasses() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana")) {
            alm.post(TestLedger.leg("ALM-0003", "ALM-0002", 5));
            importFile(ast, export(alm, "AST", "alm-1"));
            Clock december = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("Asia/Almaty"));
            PeriodClose close = new CloseMonth(ast.store, december).run(YearMonth.of(2026, 11));
            // AST's own last entry of November is its first; ALM's entries hold other places.
            assertThat(close.headSeq()).isEqualTo(1);
            assertThat(close.headHash()).isEqualTo(ast.store.read(r -> r.entryAt("AST", 1)).orElseThrow().hash().hex());
            ok(ast.command("verify"));
            importFile(alm, export(ast, "ALM", "ast-1"));
            ok(alm.command("verify"));
        }
    }

    @Test
    void aReceiptOfAnExchangeMadeAfterReceivingNamesItsPlaceInItsOfficesChainAndTheBalancesAfterIt() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana")) {
            ast.member("AST-0001", "Marat Nurlanov", 80);
            ast.post(TestLedger.leg("AST-0001", "ALM-0001", 7));
            importFile(alm, export(ast, "ALM", "ast-1"));
            PostedExchange mine = alm.post(TestLedger.leg("ALM-0002", "ALM-0001", 4));
            alm.post(TestLedger.leg("ALM-0001", "ALM-0002", 1));

            Receipt receipt = new PrintReceipt(alm.store, null, TestLedger.CLOCK).read(mine.exchange().id());
            assertThat(receipt.entry().office()).isEqualTo("ALM");
            assertThat(receipt.entry().seq()).isEqualTo(mine.seq()).isEqualTo(6);
            assertThat(receipt.parties()).extracting(Receipt.Party::balanceAfter).containsExactly(-8_00L, 1_00L);
        }
    }
}
