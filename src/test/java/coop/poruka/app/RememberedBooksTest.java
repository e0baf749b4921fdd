package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.office.CoopSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store remembers what every post asks (settings, head, rules, the latest closed month, where
 * the next entry and the next member go) from one write to the next: a write that fails must leave
 * nothing of itself remembered, and a change of any of them must be what the next post sees.
 */
class RememberedBooksTest {
    @TempDir
    Path dir;

    private static TestLedger books(Path dir) {
        TestLedger ledger = TestLedger.create(dir);
        ledger.member("ALM-0001", "Айгерим Қасымова", 100);
        ledger.member("ALM-0002", "Ivan Petrov", 100);
        return ledger;
    }

    @Test
    void aWriteRolledBackAfterPostingIsForgottenAndTheNextExchangeChainsOntoTheCommittedBooks() {
        try (TestLedger ledger = books(dir)) {
            PostedExchange first = ledger.post(new Leg("ALM-0001", "ALM-0002", 100, "bread"));
            assertThatThrownBy(() -> ledger.store.write(w -> {
                Poster poster = new Poster(w, TestLedger.CLOCK, false);
                poster.post(new Exchange(ExchangeIds.next(TestLedger.CLOCK.instant()), LocalDate.now(TestLedger.CLOCK),
                        List.of(new Leg("ALM-0001", "ALM-0002", 2000, "a cow")), null, null, null), true);
                poster.flush();
                throw new IllegalStateException("the power went");
            })).hasMessage("the power went");

            PostedExchange second = ledger.post(new Leg("ALM-0002", "ALM-0001", 30, "milk"));

            assertThat(second.seq()).isEqualTo(first.seq() + 1);
            assertThat(ledger.balances()).containsEntry("ALM-0001", 70L).containsEntry("ALM-0002", -70L);
            VerifyLedger.Report report = new VerifyLedger(ledger.store).run(Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.head()).isEqualTo(second.hash());
        }
        try (TestLedger reopened = TestLedger.reopen(dir.resolve("ledger.mv.db"))) {
            assertThat(new VerifyLedger(reopened.store).run(Progress.NONE).problems()).isEmpty();
        }
    }

    @Test
    void membersOfAWriteThatFailedLeaveNoTraceAndTheNextEntriesFollowTheCommittedOnes() {
        try (TestLedger ledger = books(dir)) {
            long committed = ledger.store.read(r -> r.head().orElseThrow().seq());
            AddMember add = new AddMember(ledger.store, TestLedger.CLOCK);
            assertThatThrownBy(() -> add.runAll(List.of(new AddMember.NewMember("ALM-0003", "Нұрлан Ахметов", 100, null),
                    new AddMember.NewMember("ALM-0004", "Sara Lind", 100, null),
                    new AddMember.NewMember("ALM-0001", "Айгерим again", 100, null))))
                    .isInstanceOf(LedgerException.class).hasMessageContaining("ALM-0001");
            boolean added = ledger.store.read(r -> r.member("ALM-0003").isPresent());
            assertThat(added).isFalse();

            // Several members in one write, each entry after the one before it.
            add.runAll(List.of(new AddMember.NewMember("ALM-0004", "Sara Lind", 100, null),
                    new AddMember.NewMember("ALM-0005", "Олжас Сейітов", 100, null)));
            PostedExchange tea = ledger.post(new Leg("ALM-0004", "ALM-0005", 100, "tea"));

            assertThat(tea.seq()).isEqualTo(committed + 3);
            assertThat(ledger.balances()).containsEntry("ALM-0004", 100L).containsEntry("ALM-0005", -100L)
                    .doesNotContainKey("ALM-0003");
            assertThat(new VerifyLedger(ledger.store).run(Progress.NONE).problems()).isEmpty();
        }
        try (TestLedger reopened = TestLedger.reopen(dir.resolve("ledger.mv.db"))) {
            assertThat(new VerifyLedger(reopened.store).run(Progress.NONE).problems()).isEmpty();
            assertThat(new AddMember(reopened.store, TestLedger.CLOCK).run("ALM-0006", "Erik Ström", 0, null).code())
                    .isEqualTo("ALM-0006");
            List<String> codes = reopened.store.read(r -> r.members().stream().map(m -> m.code()).toList());
            assertThat(codes)
                    .containsExactlyInAnyOrder("ALM-0001", "ALM-0002", "ALM-0004", "ALM-0005", "ALM-0006");
        }
    }

    @Test
    void settingsRulesAndAClosedMonthChangedBetweenPostsAreWhatTheNextPostSees() {
        try (TestLedger ledger = books(dir)) {
            ledger.postOn(LocalDate.parse("2026-10-05"), new Leg("ALM-0001", "ALM-0002", 100, "bread"));

            CoopSettings old = ledger.store.read(r -> r.settings().orElseThrow());
            new ChangeCoop(ledger.store, TestLedger.CLOCK)
                    .run(new ChangeCoop.Change("Ақ бұлақ серіктестігі", old.unit(), old.officeCode(), old.officeName()));
            String name = ledger.store.read(r -> r.settings().orElseThrow().name());
            assertThat(name).isEqualTo("Ақ бұлақ серіктестігі");

            new CloseMonth(ledger.store, TestLedger.CLOCK).run(YearMonth.of(2026, 10));
            assertThatThrownBy(() -> ledger.postOn(LocalDate.parse("2026-10-06"), new Leg("ALM-0001", "ALM-0002", 100, "milk")))
                    .isInstanceOf(LedgerException.class).hasMessageContaining("2026-10");

            ledger.post(new Leg("ALM-0001", "ALM-0002", 100, "honey"));
            new SetRules(ledger.store, TestLedger.CLOCK).run(new SetRules.Change(1, null, null, null, null, null),
                    "general meeting", "every member needs a guarantor", LocalDate.now(TestLedger.CLOCK));
            assertThatThrownBy(() -> ledger.post(new Leg("ALM-0001", "ALM-0002", 100, "salt")))
                    .isInstanceOf(LedgerException.class).hasMessageContaining("ALM-0002");

            assertThat(new VerifyLedger(ledger.store).run(Progress.NONE).problems()).isEmpty();
        }
    }
}
