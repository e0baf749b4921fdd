package coop.poruka.app;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.MemberStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordExchangeTest {
    @TempDir
    Path dir;
    TestLedger ledger;

    @BeforeEach
    void members() {
        ledger = TestLedger.create(dir);
        ledger.member("ALM-0001", "Айгерим Қасымова", 100);
        ledger.member("ALM-0002", "Ivan Petrov", 50);
        ledger.member("ALM-0003", "Olga Öberg", 0);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private void assertNothingChanged(Map<String, Long> balancesBefore, String headBefore) {
        assertThat(ledger.balances()).isEqualTo(balancesBefore);
        assertThat(ledger.head()).isEqualTo(headBefore);
    }

    @Test
    void twoPartyTradeCreditsSupplierAndDebitsReceiver() {
        PostedExchange p = ledger.post(new Leg("ALM-0001", "ALM-0002", 4050, "two sacks of flour"));
        assertThat(ledger.balances()).containsEntry("ALM-0001", 4050L).containsEntry("ALM-0002", -4050L)
                .containsEntry("ALM-0003", 0L);
        assertThat(p.exchange().valueDate()).isEqualTo(LocalDate.now(TestLedger.CLOCK));
        assertThat(ledger.head()).isEqualTo(p.hash().hex());
    }

    @Test
    void chainOfThreeMembersIsOneExchangeAndPassesThroughAMemberAtTheirLimit() {
        // ALM-0003 has limit 0 and balance 0: in the chain she receives 30 and supplies 30.
        PostedExchange p = ledger.post(leg("ALM-0001", "ALM-0003", 30), leg("ALM-0003", "ALM-0002", 30),
                leg("ALM-0002", "ALM-0001", 10));
        assertThat(p.exchange().legs()).hasSize(3);
        assertThat(ledger.balances()).containsEntry("ALM-0001", 2000L).containsEntry("ALM-0002", -2000L)
                .containsEntry("ALM-0003", 0L);
    }

    @Test
    void chainWithOneBadLegPostsNoneOfItsLegs() {
        Map<String, Long> before = ledger.balances();
        String head = ledger.head();
        assertThatThrownBy(() -> ledger.post(leg("ALM-0001", "ALM-0002", 10), leg("ALM-0002", "ALM-0099", 10)))
                .hasMessageContaining("no member with code ALM-0099");
        assertNothingChanged(before, head);
    }

    @Test
    void exchangeBelowTheLimitIsRefusedNamingTheMemberTheirBalanceAndLimit() {
        ledger.post(leg("ALM-0001", "ALM-0002", 40));
        Map<String, Long> before = ledger.balances();
        String head = ledger.head();
        assertThatThrownBy(() -> ledger.post(leg("ALM-0001", "ALM-0002", 11)))
                .isInstanceOf(LedgerException.class)
                .hasMessage("ALM-0002 (Ivan Petrov) would go from -40.00 to -51.00, below their credit limit of "
                        + "-50.00; change the exchange or give an override reason.");
        assertNothingChanged(before, head);
    }

    @Test
    void overrideReasonLetsTheExchangeThroughAndIsStoredWithIt() {
        PostedExchange p = ledger.post(null, "board decision 12: harvest advance", leg("ALM-0001", "ALM-0003", 25));
        assertThat(ledger.balances()).containsEntry("ALM-0003", -2500L);
        Exchange stored = ledger.store.read(r -> r.exchange(p.exchange().id())).orElseThrow().exchange();
        assertThat(stored.overrideReason()).isEqualTo("board decision 12: harvest advance");
    }

    @Test
    void suspendedMemberCannotReceiveCreditEvenWithAnOverrideButMaySupply() {
        new ChangeMember(ledger.store, TestLedger.CLOCK)
                .run("ALM-0002", new ChangeMember.Change(null, MemberStatus.SUSPENDED, null, null), "guarantor withdrew");
        assertThatThrownBy(() -> ledger.post(null, "please", leg("ALM-0001", "ALM-0002", 1)))
                .hasMessageContaining("ALM-0002 (Ivan Petrov) is suspended and cannot receive credit");
        ledger.post(leg("ALM-0002", "ALM-0001", 1));
        assertThat(ledger.balances()).containsEntry("ALM-0002", 100L);
    }

    @Test
    void postingTheSameIdAgainWithTheSameContentPostsNothing() {
        UUID id = UUID.randomUUID();
        PostedExchange first = ledger.post(id, null, leg("ALM-0001", "ALM-0002", 5));
        PostedExchange again = ledger.post(id, null, leg("ALM-0001", "ALM-0002", 5));
        assertThat(again.seq()).isEqualTo(first.seq());
        assertThat(again.hash()).isEqualTo(first.hash());
        assertThat(ledger.balances()).containsEntry("ALM-0002", -500L);
    }

    @Test
    void theSameIdWithDifferentContentIsRefused() {
        UUID id = UUID.randomUUID();
        ledger.post(id, null, leg("ALM-0001", "ALM-0002", 5));
        String head = ledger.head();
        assertThatThrownBy(() -> ledger.post(id, null, leg("ALM-0001", "ALM-0002", 6)))
                .hasMessageContaining("already posted with different content");
        assertThat(ledger.head()).isEqualTo(head);
    }

    @Test
    void boundsOnLegsMemoAndAmountAreEnforcedWithClearMessages() {
        List<Leg> many = new ArrayList<>();
        for (int i = 0; i < Exchange.MAX_LEGS + 1; i++) {
            many.add(leg(i % 2 == 0 ? "ALM-0001" : "ALM-0002", i % 2 == 0 ? "ALM-0002" : "ALM-0001", 1));
        }
        assertThatThrownBy(() -> ledger.post(many.toArray(Leg[]::new))).hasMessageContaining("at most 50 legs");
        assertThatThrownBy(() -> new Leg("ALM-0001", "ALM-0002", 1, "x".repeat(201)))
                .hasMessageContaining("longer than 200 characters");
        assertThatThrownBy(() -> new Leg("ALM-0001", "ALM-0002", 1_000_000_000_001L, ""))
                .hasMessageContaining("larger than one entry may carry");
        assertThatThrownBy(() -> new Leg("ALM-0001", "ALM-0001", 1, "")).hasMessageContaining("must be different");
        assertThatThrownBy(() -> new Leg("ALM-0001", "ALM-0002", 0, "")).hasMessageContaining("more than zero");
    }

    @Test
    void futureValueDatesAreRefused() {
        RecordExchange record = new RecordExchange(ledger.store, TestLedger.CLOCK);
        LocalDate tomorrow = LocalDate.now(TestLedger.CLOCK).plusDays(1);
        assertThatThrownBy(() -> record.run(new RecordExchange.Request(null, tomorrow,
                List.of(leg("ALM-0001", "ALM-0002", 1)), null))).hasMessageContaining("in the future");
    }

    @Test
    void reversalRunsEveryLegBackwardsLinksTheOriginalAndCannotBeRepeated() {
        PostedExchange original = ledger.post(leg("ALM-0001", "ALM-0002", 30), leg("ALM-0003", "ALM-0002", 1));
        ReverseExchange reverse = new ReverseExchange(ledger.store, TestLedger.CLOCK);
        PostedExchange reversal = reverse.run(original.exchange().id(), "recorded twice by mistake");
        assertThat(reversal.exchange().reverses()).isEqualTo(original.exchange().id());
        assertThat(reversal.exchange().reason()).isEqualTo("recorded twice by mistake");
        assertThat(ledger.balances().values()).containsOnly(0L);
        assertThatThrownBy(() -> reverse.run(original.exchange().id(), "again"))
                .hasMessageContaining("was already reversed by " + reversal.exchange().id());
        assertThatThrownBy(() -> reverse.run(reversal.exchange().id(), "undo"))
                .hasMessageContaining("is itself a reversal");
        assertThatThrownBy(() -> reverse.run(UUID.randomUUID(), "x")).hasMessageContaining("no exchange with id");
        assertThatThrownBy(() -> reverse.run(original.exchange().id(), " "))
                .isInstanceOf(LedgerException.class);
    }

    @Test
    void balancesAlwaysSumToZeroAndMatchPostingsAfterManyRandomExchanges() {
        Random random = new Random(7);
        String[] codes = {"ALM-0001", "ALM-0002", "ALM-0003"};
        int posted = 0;
        for (int i = 0; i < 300; i++) {
            int a = random.nextInt(3);
            int b = (a + 1 + random.nextInt(2)) % 3;
            try {
                ledger.post(new Leg(codes[a], codes[b], 1 + random.nextInt(3000), "r" + i));
                posted++;
            } catch (LedgerException refusedByALimit) {
                assertThat(refusedByALimit.key()).isEqualTo("exchange.belowLimit");
            }
        }
        assertThat(posted).isGreaterThan(50);
        assertThat(ledger.balances().values().stream().mapToLong(Long::longValue).sum()).isZero();
        VerifyLedger.Report report = new VerifyLedger(ledger.store).run(Progress.NONE);
        assertThat(report.problems()).isEmpty();
        assertThat(report.entries()).isEqualTo(1 + 3 + posted);
    }

    @Test
    void memberCodesAreUniqueAndNamesInAnyScriptAreKeptExactly() {
        assertThatThrownBy(() -> ledger.member("alm-0001", "Someone Else", 0))
                .hasMessageContaining("A member with code ALM-0001 already exists");
        ledger.member("ALM-0004", "Ivan Petrov", 0);
        assertThat(new Queries(ledger.store).members()).extracting(m -> m.name())
                .contains("Айгерим Қасымова", "Olga Öberg");
    }
}
