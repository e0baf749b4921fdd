package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.ClaimStatus;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo co-op written into a real ledger file. */
class MakeDemoTest {
    @TempDir
    Path dir;

    private LedgerStore newLedger(String name) {
        return Wiring.ledgers().open(dir.resolve(name), true);
    }

    private static MakeDemo.Result demo(LedgerStore store) {
        return new MakeDemo(store, TestLedger.CLOCK).run(DemoPlan.standard(), Progress.NONE);
    }

    @Test
    void sameSeedGivesTheSameMembersAndBalances() {
        try (LedgerStore a = newLedger("a"); LedgerStore b = newLedger("b")) {
            demo(a);
            demo(b);
            List<Member> first = new Queries(a).members();
            assertThat(first).hasSize(60);
            assertThat(new Queries(b).members()).isEqualTo(first);
            assertThat(first).anySatisfy(m -> assertThat(m.balance()).isNegative());
        }
    }

    @Test
    void demoLedgerPassesVerifyAndItsBalancesSumToZero() {
        try (LedgerStore store = newLedger("l")) {
            MakeDemo.Result r = demo(store);
            assertThat(r.members()).isEqualTo(60);
            assertThat(r.exchanges()).isEqualTo(540);
            assertThat(r.reversals()).isPositive();
            VerifyLedger.Report report = new VerifyLedger(store).run(Progress.NONE);
            assertThat(report.problems()).isEmpty();
            // settings, members, exchanges, then the guarantor system: its entries and the settlement's exchange
            assertThat(report.entries()).isEqualTo(1 + 60 + 540 + store.read(rd -> rd.guarantorEntries().size())
                    + (new GuarantorQueries(store).claims().stream().anyMatch(c -> c.status() == ClaimStatus.SETTLED) ? 1 : 0));
            assertThat(new Queries(store).members().stream().mapToLong(Member::balance).sum()).isZero();
        }
    }

    @Test
    void demoHasAGuarantorTreeFiveLevelsDeepDepositsAndClaimsAtEveryStage() {
        try (LedgerStore store = newLedger("l")) {
            MakeDemo.Result r = demo(store);
            GuarantorBook book = new GuarantorQueries(store).book();
            assertThat(r.guarantees()).isEqualTo(book.activeGuarantees().size()).isGreaterThan(59);
            assertThat(depth(book, "ALM-0060")).isEqualTo(5);
            assertThat(r.deposits()).isEqualTo(book.deposits().size()).isGreaterThan(20);
            assertThat(book.deposits()).extracting(d -> d.currency()).containsOnly("KZT", "EUR").contains("EUR");

            List<Claim> claims = book.claims();
            assertThat(claims).hasSize(r.claims()).hasSize(8);
            LocalDate today = LocalDate.now(TestLedger.CLOCK);
            assertThat(claims).filteredOn(c -> c.status() == ClaimStatus.SETTLED).singleElement()
                    .satisfies(c -> assertThat(c.outstanding()).isZero());
            assertThat(claims).filteredOn(c -> c.status() == ClaimStatus.REJECTED).singleElement()
                    .satisfies(c -> assertThat(c.appealUntil()).isBefore(today));
            assertThat(claims).filteredOn(c -> c.status() == ClaimStatus.UPHELD).singleElement()
                    .satisfies(c -> assertThat(c.appealUntil()).isAfterOrEqualTo(today));
            List<Claim> open = claims.stream().filter(c -> c.status().isOpen()).toList();
            assertThat(open).anySatisfy(c -> {
                assertThat(c.level()).isEqualTo(1);
                assertThat(c.votes()).isEmpty();
                assertThat(c.deadline()).isAfterOrEqualTo(today);
            });
            assertThat(open).anySatisfy(c -> {
                assertThat(c.level()).isEqualTo(1);
                assertThat(c.votes()).hasSize(1);
                assertThat(c.panel()).hasSize(2);
            });
            assertThat(open).anySatisfy(c -> assertThat(c.level()).isEqualTo(2));
            assertThat(open).anySatisfy(c -> assertThat(c.level()).isEqualTo(3));
            assertThat(open).anySatisfy(c -> assertThat(c.atGeneralMeeting()).isTrue());
            // Nothing is left to escalate: the demo is as the app would find it on starting today.
            assertThat(new EscalateClaims(store, TestLedger.CLOCK).run(today)).isEmpty();
            VerifyLedger.Report report = new VerifyLedger(store).run(Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.deposits()).extracting(DepositChecks.Total::currency).containsExactly("EUR", "KZT");
            assertThat(report.deposits()).allSatisfy(t ->
                    assertThat(t.held()).isEqualTo(t.placed() - t.drawn() - t.returned()).isPositive());
        }
    }

    /** The levels from the root of the tree down to {@code member}, following first guarantors. */
    private static int depth(GuarantorBook book, String member) {
        int levels = 1;
        for (String m = member; !book.guarantorsOf(m).isEmpty(); m = book.guarantorsOf(m).get(0).guarantor()) {
            levels++;
        }
        return levels;
    }

    @Test
    void demoLedgerHoldsSwapsChainsReversalsAndKazakhNames() {
        try (LedgerStore store = newLedger("l")) {
            demo(store);
            List<Exchange> exchanges = new ArrayList<>();
            store.read(r -> {
                r.scanExchanges(exchanges::add);
                return null;
            });
            assertThat(exchanges).anySatisfy(x -> assertThat(x.legs()).hasSize(2));
            assertThat(exchanges).anySatisfy(x -> assertThat(x.legs()).hasSizeBetween(3, 5));
            assertThat(exchanges).anySatisfy(x -> assertThat(x.reason()).isNotBlank());
            assertThat(new Queries(store).members())
                    .anySatisfy(m -> assertThat(m.name()).containsPattern("[ӘҒҚҢӨҰҮҺІәғқңөұүһі]"));
        }
    }

    @Test
    void demoOnALedgerThatHasACoopIsRefusedAndChangesNothing() {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.member("ALM-0001", "Айгерим Қасымова", 100);
            Map<String, Long> balances = ledger.balances();
            String head = ledger.head();
            MakeDemo demo = new MakeDemo(ledger.store, TestLedger.CLOCK);
            assertThat(demo.ledgerIsEmpty()).isFalse();
            assertThatThrownBy(() -> demo.run(DemoPlan.standard(), Progress.NONE))
                    .isInstanceOf(LedgerException.class)
                    .hasMessage("The ledger " + ledger.path + " already has a co-op; a demo co-op is made only in a new "
                            + "ledger, so choose another path.");
            assertThat(ledger.balances()).isEqualTo(balances);
            assertThat(ledger.head()).isEqualTo(head);
            assertThat(new Queries(ledger.store).settings().name()).isEqualTo("Ak Bulak Co-op");
        }
    }

    @Test
    void cancelledDemoLeavesTheLedgerEmpty() {
        try (LedgerStore store = newLedger("l")) {
            List<Long> reported = new ArrayList<>();
            Progress cancelAfterFirstReport = new Progress() {
                @Override
                public void update(long done, long total) {
                    reported.add(done);
                }

                @Override
                public boolean cancelled() {
                    return !reported.isEmpty();
                }
            };
            MakeDemo demo = new MakeDemo(store, TestLedger.CLOCK);
            assertThatThrownBy(() -> demo.run(DemoPlan.standard().withExchanges(5_000), cancelAfterFirstReport))
                    .isInstanceOf(Progress.Cancelled.class);
            assertThat(reported).containsExactly(1_000L);
            assertThat(demo.ledgerIsEmpty()).isTrue();
            assertThat(new Queries(store).head()).isEmpty();
            demo(store);
            assertThat(new Queries(store).members()).hasSize(60);
        }
    }
}
