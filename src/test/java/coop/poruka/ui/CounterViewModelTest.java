package coop.poruka.ui;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.ChangeMember;
import coop.poruka.app.Queries;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.money.Unit;
import coop.poruka.ui.CounterViewModel.LegInput;
import coop.poruka.ui.CounterViewModel.Outcome;
import coop.poruka.ui.CounterViewModel.Problem;
import coop.poruka.ui.CounterViewModel.Standing;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counter's model on a real ledger, without a screen. */
class CounterViewModelTest {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @TempDir
    Path dir;
    TestLedger ledger;
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void members() {
        ledger = TestLedger.create(dir);
        ledger.member("ALM-0001", "Айгерім Қасымова", 100);
        ledger.member("ALM-0002", "Нұрлан Сүлейменов", 50);
        ledger.member("ALM-0003", "Olga Öberg", 20);
        ledger.member("ALM-0004", "Ivan Petrov", 0);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    CounterViewModel model(Locale locale) {
        LedgerSession session = new LedgerSession(ledger.store, new Labels(locale), TestLedger.CLOCK);
        session.onChanged(changes::incrementAndGet);
        CounterViewModel vm = new CounterViewModel(session);
        vm.refresh();
        return vm;
    }

    static void type(LegInput leg, String supplier, String receiver, String amount, String memo) {
        leg.supplierProperty().set(supplier);
        leg.receiverProperty().set(receiver);
        leg.amountProperty().set(amount);
        leg.memoProperty().set(memo);
    }

    static Standing standing(CounterViewModel vm, String code) {
        return vm.standings().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void standingShowsBalanceLimitAvailableAndWhatTheyBecome() {
        ledger.post(leg("ALM-0001", "ALM-0002", 30));
        CounterViewModel vm = model(Locale.ENGLISH);
        type(vm.legs().get(0), "ALM-0002", "alm-0001", "12.50", "eggs");

        assertThat(vm.standings()).extracting(Standing::code).containsExactly("ALM-0002", "ALM-0001");
        assertThat(standing(vm, "ALM-0002")).isEqualTo(new Standing("ALM-0002", "Нұрлан Сүлейменов", "active",
                -3000, 5000, 2000, 1250, -1750, 3250, Problem.NONE));
        assertThat(standing(vm, "ALM-0001")).isEqualTo(new Standing("ALM-0001", "Айгерім Қасымова", "active",
                3000, 10000, 13000, -1250, 1750, 11750, Problem.NONE));
        assertThat(vm.overLimitProperty().get()).isFalse();
    }

    @Test
    void postingRecordsTheExchangeShowsItsIdAndHashAndTellsTheOtherScreens() {
        CounterViewModel vm = model(Locale.ENGLISH);
        type(vm.legs().get(0), "ALM-0001", "ALM-0002", "40", "flour");
        assertThat(vm.post()).isEqualTo(Outcome.POSTED);

        PostedExchange posted = new Queries(ledger.store).latestExchanges(1).get(0);
        assertThat(posted.exchange().legs()).containsExactly(new coop.poruka.domain.ledger.Leg("ALM-0001",
                "ALM-0002", 4000, "flour"));
        assertThat(ledger.balances()).containsEntry("ALM-0001", 4000L).containsEntry("ALM-0002", -4000L);
        assertThat(vm.lastIdProperty().get()).isEqualTo(posted.exchange().id().toString());
        assertThat(vm.lastShortIdProperty().get()).isEqualTo(Formats.shortId(posted.exchange().id()));
        assertThat(vm.lastHashProperty().get()).isEqualTo(posted.hash().hex()).isEqualTo(ledger.head());
        assertThat(vm.messageProperty().get()).isEqualTo("Exchange " + Formats.shortId(posted.exchange().id())
                + " is posted.");
        assertThat(changes.get()).isEqualTo(1);
        // The form is ready for the next member at the desk.
        assertThat(vm.legs()).hasSize(1);
        assertThat(vm.legs().get(0).supplierProperty().get()).isEmpty();
        assertThat(vm.desk()).extracting(CounterViewModel.DeskRow::id).containsExactly(posted.exchange().id());
        // Enter pressed again on the empty form posts nothing.
        assertThat(vm.post()).isEqualTo(Outcome.REFUSED);
        assertThat(new Queries(ledger.store).latestExchanges(10)).hasSize(1);
    }

    @Test
    void chainNetsEachMemberOverAllLegsAndPostsAsOneExchange() {
        CounterViewModel vm = model(Locale.ENGLISH);
        type(vm.legs().get(0), "ALM-0004", "ALM-0001", "10", "roof");
        LegInput second = vm.addLeg();
        assertThat(second.supplierProperty().get()).as("a chain continues from the last receiver")
                .isEqualTo("ALM-0001");
        type(second, "ALM-0001", "ALM-0002", "15", "sewing");
        type(vm.addLeg(), "ALM-0002", "ALM-0004", "10", "driving");

        // Ivan has no credit at all, yet supplies 10 and receives 10: his net is zero, so he may.
        assertThat(standing(vm, "ALM-0004").net()).isZero();
        assertThat(standing(vm, "ALM-0004").problem()).isEqualTo(Problem.NONE);
        assertThat(standing(vm, "ALM-0001").balanceAfter()).isEqualTo(500);
        assertThat(standing(vm, "ALM-0002").balanceAfter()).isEqualTo(-500);
        assertThat(vm.post()).isEqualTo(Outcome.POSTED);

        assertThat(new Queries(ledger.store).latestExchanges(1).get(0).exchange().legs()).hasSize(3);
        assertThat(ledger.balances()).containsEntry("ALM-0001", 500L).containsEntry("ALM-0002", -500L)
                .containsEntry("ALM-0004", 0L);
    }

    @Test
    void partyBeyondTheirLimitIsMarkedAndPostingAsksForAReasonFirst() {
        CounterViewModel vm = model(Locale.ENGLISH);
        String head = ledger.head();
        type(vm.legs().get(0), "ALM-0001", "ALM-0003", "25", "hay");
        assertThat(standing(vm, "ALM-0003").problem()).isEqualTo(Problem.OVER_LIMIT);
        assertThat(standing(vm, "ALM-0003").availableAfter()).isEqualTo(-500);
        assertThat(standing(vm, "ALM-0001").problem()).isEqualTo(Problem.NONE);
        assertThat(vm.overLimitProperty().get()).isTrue();
        assertThat(vm.overrideAskedProperty().get()).isFalse();

        assertThat(vm.post()).isEqualTo(Outcome.NEEDS_OVERRIDE);
        assertThat(vm.overrideAskedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("reason");
        assertThat(ledger.head()).as("nothing posted").isEqualTo(head);

        vm.overrideProperty().set("harvest advance");
        assertThat(vm.post()).isEqualTo(Outcome.POSTED);
        assertThat(new Queries(ledger.store).latestExchanges(1).get(0).exchange().overrideReason())
                .isEqualTo("harvest advance");
        assertThat(ledger.balances()).containsEntry("ALM-0003", -2500L);
    }

    @Test
    void reasonIsNotStoredWhenNobodyGoesBeyondTheirLimit() {
        CounterViewModel vm = model(Locale.ENGLISH);
        type(vm.legs().get(0), "ALM-0001", "ALM-0003", "5", "");
        vm.overrideProperty().set("left over from before");
        assertThat(vm.post()).isEqualTo(Outcome.POSTED);
        assertThat(new Queries(ledger.store).latestExchanges(1).get(0).exchange().overrideReason()).isNull();
    }

    @Test
    void suspendedMemberCannotReceiveCreditEvenWithAReason() {
        new ChangeMember(ledger.store, TestLedger.CLOCK).run("ALM-0002",
                new ChangeMember.Change(null, MemberStatus.SUSPENDED, null, null), "unpaid claim");
        CounterViewModel vm = model(Locale.ENGLISH);
        String head = ledger.head();
        type(vm.legs().get(0), "ALM-0001", "ALM-0002", "5", "");
        assertThat(standing(vm, "ALM-0002").problem()).isEqualTo(Problem.NOT_ACTIVE);
        assertThat(vm.blockedProperty().get()).isEqualTo("ALM-0002 (Нұрлан Сүлейменов) is suspended and cannot "
                + "receive credit; they may only supply until their status is restored.");
        vm.overrideProperty().set("please");
        assertThat(vm.post()).isEqualTo(Outcome.REFUSED);
        assertThat(vm.messageProperty().get()).isEqualTo(vm.blockedProperty().get());
        assertThat(ledger.head()).isEqualTo(head);

        // Supplying is still allowed.
        type(vm.legs().get(0), "ALM-0002", "ALM-0001", "5", "");
        assertThat(vm.blockedProperty().get()).isEmpty();
        assertThat(vm.post()).isEqualTo(Outcome.POSTED);
    }

    @Test
    void amountsAreReadInThePersonsLocale() {
        Map<Locale, List<String>> good = Map.of(
                Locale.ENGLISH, List.of("1,234.50", "1234.5", " 1234.50 "),
                RUSSIAN, List.of("1 234,50", "1\u00a0234,5", "1234,50", "1234.50"),
                SWEDISH, List.of("1 234,50", "1\u202f234,50", "1234,5"));
        good.forEach((locale, texts) -> {
            CounterViewModel vm = model(locale);
            for (String text : texts) {
                type(vm.legs().get(0), "ALM-0003", "ALM-0001", text, "");
                assertThat(vm.legs().get(0).amountErrorProperty().get()).as(locale + " " + text).isEmpty();
                assertThat(standing(vm, "ALM-0003").net()).as(locale + " " + text).isEqualTo(123450);
            }
        });
    }

    @Test
    void badAmountIsRefusedWithOneSentenceAndNothingPosted() {
        CounterViewModel en = model(Locale.ENGLISH);
        String head = ledger.head();
        LegInput leg = en.legs().get(0);
        type(leg, "ALM-0003", "ALM-0001", "12,50", "");
        assertThat(leg.amountErrorProperty().get()).isEqualTo("\"12,50\" is not a value; write it like 1,234.50.");
        assertThat(en.post()).isEqualTo(Outcome.REFUSED);
        assertThat(en.messageProperty().get()).isEqualTo(leg.amountErrorProperty().get());
        leg.amountProperty().set("1.234");
        assertThat(en.post()).isEqualTo(Outcome.REFUSED);
        assertThat(en.messageProperty().get())
                .isEqualTo("The value 1.234 has more than 2 decimals; the unit is not counted in finer steps.");
        leg.amountProperty().set("0");
        assertThat(en.post()).isEqualTo(Outcome.REFUSED);
        assertThat(en.messageProperty().get()).isEqualTo("The value must be more than zero.");
        leg.amountProperty().set("");
        assertThat(en.post()).isEqualTo(Outcome.REFUSED);
        assertThat(en.messageProperty().get()).isEqualTo("The value is missing; enter how much was supplied.");
        assertThat(ledger.head()).isEqualTo(head);

        CounterViewModel ru = model(RUSSIAN);
        type(ru.legs().get(0), "ALM-0003", "ALM-0001", "12x", "");
        assertThat(ru.legs().get(0).amountErrorProperty().get())
                .isEqualTo("«12x» — не стоимость; пишите, например, так: 1\u00a0234,50.");
    }

    @Test
    void wholeUnitsNeedNoDecimals() {
        TestLedger whole = TestLedger.create(dir.resolve("whole"), new Unit("hour", "h", 0));
        try (whole) {
            whole.member("ALM-0001", "A", 10);
            whole.member("ALM-0002", "B", 10);
            CounterViewModel vm = new CounterViewModel(
                    new LedgerSession(whole.store, new Labels(Locale.ENGLISH), TestLedger.CLOCK));
            vm.refresh();
            type(vm.legs().get(0), "ALM-0001", "ALM-0002", "1,200", "");
            assertThat(standing(vm, "ALM-0001").net()).isEqualTo(1200);
        }
    }

    @Test
    void membersAreFoundByCodeOrAnyPartOfTheNameIgnoringCaseAndAccents() {
        CounterViewModel vm = model(Locale.ENGLISH);
        assertThat(vm.suggestions("нұрлан")).extracting(CounterViewModel.Suggestion::code)
                .containsExactly("ALM-0002");
        assertThat(vm.suggestions("ҚАСЫМ")).extracting(CounterViewModel.Suggestion::code)
                .containsExactly("ALM-0001");
        assertThat(vm.suggestions("oberg")).extracting(CounterViewModel.Suggestion::code)
                .containsExactly("ALM-0003");
        assertThat(vm.suggestions("alm-000")).hasSize(4);
        assertThat(vm.resolve("сүлейм").orElseThrow().code()).isEqualTo("ALM-0002");
        assertThat(vm.resolve("ALM-0003  Olga Öberg").orElseThrow().code()).isEqualTo("ALM-0003");
        assertThat(vm.resolve("alm-000")).isEmpty();

        type(vm.legs().get(0), "alm-000", "nobody", "1", "");
        assertThat(vm.post()).isEqualTo(Outcome.REFUSED);
        assertThat(vm.messageProperty().get()).isEqualTo("Supplier: several members match \"alm-000\"; pick one "
                + "from the list or type more of the name.");
        vm.legs().get(0).supplierProperty().set("olga");
        assertThat(vm.post()).isEqualTo(Outcome.REFUSED);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Receiver: no member matches \"nobody\"; check the code or the spelling.");
    }

    @Test
    void reversalNeedsAReasonAndIsRefusedWhenAlreadyReversed() {
        CounterViewModel vm = model(Locale.ENGLISH);
        type(vm.legs().get(0), "ALM-0001", "ALM-0002", "40", "flour");
        vm.post();
        var id = vm.desk().get(0).id();

        assertThat(vm.reverse(id, " ")).isFalse();
        assertThat(vm.messageProperty().get()).contains("needs a reason");
        assertThat(vm.reverse(id, "wrong member")).isTrue();
        assertThat(ledger.balances()).containsEntry("ALM-0001", 0L).containsEntry("ALM-0002", 0L);
        assertThat(vm.desk()).hasSize(2);
        assertThat(vm.desk().get(0).reversal()).isTrue();
        assertThat(vm.desk().get(1).reversed()).isTrue();
        assertThat(changes.get()).isEqualTo(2);

        String head = ledger.head();
        assertThat(vm.reverse(id, "again")).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Exchange " + id + " was already reversed by");
        assertThat(ledger.head()).isEqualTo(head);
    }

    @Test
    void refusalFromTheLedgerIsShownAndTheBooksAreUnchanged() {
        CounterViewModel vm = model(Locale.ENGLISH);
        type(vm.legs().get(0), "ALM-0001", "ALM-0002", "5", "");
        // The member leaves after the counter last read the members: only the ledger can refuse it now.
        new ChangeMember(ledger.store, TestLedger.CLOCK).run("ALM-0002",
                new ChangeMember.Change(null, MemberStatus.LEFT, null, null), "moved away");
        String head = ledger.head();
        assertThat(vm.post()).isEqualTo(Outcome.REFUSED);
        assertThat(vm.messageProperty().get()).isEqualTo("ALM-0002 (Нұрлан Сүлейменов) is left and cannot receive "
                + "credit; they may only supply until their status is restored.");
        assertThat(ledger.head()).isEqualTo(head);
        assertThat(vm.legs().get(0).supplierProperty().get()).as("the form is kept to fix").isEqualTo("ALM-0001");
    }
}
