package coop.poruka.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.CreditRules;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.member.Member;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The made-up co-op itself, without a ledger. */
class DemoCoopTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static DemoCoop standard() {
        return new DemoCoop(DemoPlan.standard(), TODAY);
    }

    @Test
    void sameSeedGivesTheSameCoopMembersAndExchanges() {
        DemoCoop a = standard();
        DemoCoop b = standard();
        assertThat(b.settings()).isEqualTo(a.settings());
        assertThat(b.members()).isEqualTo(a.members());
        assertThat(b.stream().toList()).isEqualTo(a.stream().toList());
        // Asking again starts from the beginning.
        assertThat(a.stream().toList()).isEqualTo(b.stream().toList());

        DemoCoop other = new DemoCoop(DemoPlan.of(7, 60, 6), TODAY);
        assertThat(other.members()).isNotEqualTo(a.members());
    }

    @Test
    void standardDemoHasSixtyMembersCodedByOfficeWithVariedLimits() {
        DemoCoop demo = standard();
        assertThat(demo.settings().officeCode()).isEqualTo("ALM");
        assertThat(demo.settings().officeName()).isEqualTo("Almaty");
        assertThat(demo.settings().unit().decimals()).isEqualTo(2);
        List<Member> members = demo.members();
        assertThat(members).hasSize(60);
        assertThat(members.get(0).code()).isEqualTo("ALM-0001");
        assertThat(members.get(59).code()).isEqualTo("ALM-0060");
        assertThat(members).allSatisfy(m -> assertThat(m.creditLimit()).isBetween(200_00L, 2000_00L));
        assertThat(members.stream().map(Member::creditLimit).distinct().count()).isGreaterThan(10);
        assertThat(members).anySatisfy(m -> assertThat(m.contact()).isNotNull());
        assertThat(members).anySatisfy(m -> assertThat(m.contact()).isNull());
    }

    @Test
    void namesAreRussianKazakhAndEnglishWithKazakhAndSwedishLetters() {
        String names = new DemoCoop(DemoPlan.of(DemoPlan.DEFAULT_SEED, 400, 1), TODAY).members().stream()
                .map(Member::name).collect(Collectors.joining(" "));
        for (String kazakh : List.of("Ә", "Ғ", "Қ", "Ө", "Ұ", "Ү", "І", "ң", "һ")) {
            assertThat(names).as("a Kazakh name with " + kazakh).contains(kazakh);
        }
        assertThat(names).contains("ё").containsPattern("[åäö]").containsPattern("\\b[A-Z][a-z]+ [A-Z]");
        assertThat(standard().members()).anySatisfy(m -> assertThat(m.name()).containsPattern("[ӘҒҚҢӨҰҮҺІәғқңөұүһі]"));
    }

    @Test
    void everyExchangeKeepsEveryMemberWithinTheirCreditLimitAndDatesNeverGoBack() {
        DemoCoop demo = new DemoCoop(DemoPlan.of(3, 40, 12).withExchanges(20_000), TODAY);
        Map<String, Member> members = new HashMap<>(demo.members().stream()
                .collect(Collectors.toMap(Member::code, Function.identity())));
        LocalDate previous = LocalDate.MIN;
        for (Iterator<Exchange> it = demo.exchanges(); it.hasNext(); ) {
            Exchange x = it.next();
            assertThat(CreditRules.check(x, members)).as("exchange %s", x.id()).isEmpty();
            assertThat(x.valueDate()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(TODAY);
            assertThat(x.overrideReason()).isNull();
            previous = x.valueDate();
            x.netByMember().forEach((code, net) -> members.computeIfPresent(code,
                    (c, m) -> m.withBalance(m.balance() + net)));
        }
        assertThat(previous).isEqualTo(TODAY);
        assertThat(members.values().stream().mapToLong(Member::balance).sum()).isZero();
    }

    @Test
    void tradesSwapsChainsOfThreeToFiveAndAFewReversalsWithReasons() {
        List<Exchange> all = standard().stream().toList();
        assertThat(all).hasSize(540);
        assertThat(all.get(0).valueDate()).isEqualTo(TODAY.minusMonths(6).plusDays(1));
        assertThat(all).filteredOn(x -> !x.isReversal() && x.legs().size() == 1).hasSizeGreaterThan(300);
        assertThat(all).filteredOn(x -> !x.isReversal() && x.legs().size() == 2)
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x.legs().get(1).receiver()).isEqualTo(x.legs().get(0).supplier()));
        List<Exchange> chains = all.stream().filter(x -> !x.isReversal() && x.legs().size() >= 3).toList();
        assertThat(chains).isNotEmpty().allSatisfy(DemoCoopTest::isARing);
        assertThat(chains.stream().map(x -> x.legs().size()).collect(Collectors.toSet())).containsOnly(3, 4, 5);

        List<Exchange> reversals = all.stream().filter(Exchange::isReversal).toList();
        assertThat(reversals).hasSizeBetween(2, 12);
        Map<UUID, Exchange> byId = all.stream().collect(Collectors.toMap(Exchange::id, Function.identity()));
        Set<UUID> reversed = new HashSet<>();
        for (Exchange r : reversals) {
            Exchange original = byId.get(r.reverses());
            assertThat(original).isNotNull();
            assertThat(original.isReversal()).isFalse();
            assertThat(reversed.add(original.id())).as("reversed once").isTrue();
            assertThat(r.legs()).isEqualTo(original.legs().stream().map(Leg::reversed).toList());
            assertThat(r.reason()).isNotBlank();
            assertThat(r.valueDate()).isAfterOrEqualTo(original.valueDate());
        }
        assertThat(all.stream().flatMap(x -> x.legs().stream()).map(Leg::memo))
                .contains("two sacks of flour", "ұн, екі қап", "мука, два мешка");
    }

    private static void isARing(Exchange x) {
        List<Leg> legs = x.legs();
        for (int i = 0; i < legs.size(); i++) {
            assertThat(legs.get(i).receiver()).isEqualTo(legs.get((i + 1) % legs.size()).supplier());
        }
        assertThat(legs.stream().map(Leg::supplier).distinct().count()).isEqualTo(legs.size());
    }

    @Test
    void exchangeCountCanBeChosenDirectly() {
        DemoCoop demo = new DemoCoop(DemoPlan.of(1, 1000, 6).withExchanges(12_345), TODAY);
        assertThat(demo.exchangeCount()).isEqualTo(12_345);
        assertThat(demo.stream().count()).isEqualTo(12_345);
        assertThat(new DemoCoop(DemoPlan.of(1, 5, 1).withExchanges(0), TODAY).stream()).isEmpty();
    }

    @Test
    void planOutsideTheLimitsIsRefusedNamingTheNumber() {
        assertThatThrownBy(() -> DemoPlan.of(1, 1, 6)).isInstanceOf(LedgerException.class)
                .hasMessage("A demo co-op has 2 to 100000 members, not 1; choose a number in that range.");
        assertThatThrownBy(() -> DemoPlan.of(1, 60, 0)).hasMessageContaining("1 to 120 months, not 0");
        assertThatThrownBy(() -> DemoPlan.standard().withExchanges(-5)).hasMessageContaining("not -5");
    }
}
