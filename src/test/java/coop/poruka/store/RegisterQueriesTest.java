package coop.poruka.store;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.RecordExchange;
import coop.poruka.app.ReverseExchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.ledger.RegisterEntry;
import coop.poruka.domain.ledger.RegisterFilter;
import coop.poruka.domain.ledger.RegisterPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's reads on a real ledger file: filters, keyset pages, reversal links, daily net. */
class RegisterQueriesTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @TempDir
    Path dir;

    private static PostedExchange post(TestLedger l, LocalDate date, Leg... legs) {
        return new RecordExchange(l.store, TestLedger.CLOCK)
                .run(new RecordExchange.Request(null, date, List.of(legs), "test")).posted();
    }

    private static Leg leg(String s, String r, long minor, String memo) {
        return new Leg(s, r, minor, memo);
    }

    private static TestLedger threeMembers(Path dir) {
        TestLedger l = TestLedger.create(dir);
        l.member("ALM-0001", "Айгерим Қасымова", 1000);
        l.member("ALM-0002", "Ivan Petrov", 1000);
        l.member("ALM-0003", "Olga Öberg", 1000);
        return l;
    }

    private static RegisterPage page(TestLedger l, RegisterFilter f, long before, int limit) {
        return l.store.read(r -> r.register(f, before, limit));
    }

    private static List<UUID> ids(RegisterPage p) {
        return p.entries().stream().map(e -> e.exchange().id()).toList();
    }

    /** Every page from the newest on, followed to the end. */
    private static List<UUID> allPages(TestLedger l, RegisterFilter f, int limit) {
        List<UUID> all = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (before > 0) {
            RegisterPage p = page(l, f, before, limit);
            assertThat(p.entries().size()).isLessThanOrEqualTo(limit);
            all.addAll(ids(p));
            before = p.next();
        }
        return all;
    }

    @Test
    void filtersByMemberDateAndTextNewestFirst() {
        try (TestLedger l = threeMembers(dir)) {
            PostedExchange flour = post(l, DAY, leg("ALM-0001", "ALM-0002", 4000, "Two sacks of flour"));
            PostedExchange roof = post(l, DAY.plusDays(1), leg("ALM-0002", "ALM-0003", 9000, "Fixed the roof"));
            PostedExchange chain = post(l, DAY.plusDays(2), leg("ALM-0001", "ALM-0002", 100, "мёд"),
                    leg("ALM-0002", "ALM-0003", 100, "sewing"), leg("ALM-0003", "ALM-0001", 100, "drive"));
            PostedExchange late = post(l, DAY.plusDays(5), leg("ALM-0003", "ALM-0002", 700, "Eggs"));

            assertThat(ids(page(l, RegisterFilter.ALL, Long.MAX_VALUE, 10)))
                    .containsExactly(id(late), id(chain), id(roof), id(flour));
            assertThat(ids(page(l, RegisterFilter.member("ALM-0001"), Long.MAX_VALUE, 10)))
                    .containsExactly(id(chain), id(flour));
            assertThat(ids(page(l, new RegisterFilter(DAY.plusDays(1), DAY.plusDays(2), null, null), Long.MAX_VALUE, 10)))
                    .containsExactly(id(chain), id(roof));
            assertThat(ids(page(l, new RegisterFilter(DAY.plusDays(1), null, "ALM-0003", null), Long.MAX_VALUE, 10)))
                    .containsExactly(id(late), id(chain), id(roof));
            // Case and accents folded: "МЕД" finds "мёд"; a memo word; part of an id.
            assertThat(ids(page(l, new RegisterFilter(null, null, null, "МЕД"), Long.MAX_VALUE, 10)))
                    .containsExactly(id(chain));
            assertThat(ids(page(l, new RegisterFilter(null, null, "ALM-0002", "roof"), Long.MAX_VALUE, 10)))
                    .containsExactly(id(roof));
            String tail = id(flour).toString().substring(28);
            assertThat(ids(page(l, new RegisterFilter(null, null, null, tail), Long.MAX_VALUE, 10)))
                    .containsExactly(id(flour));
            assertThat(page(l, RegisterFilter.member("ALM-9999"), Long.MAX_VALUE, 10).entries()).isEmpty();
            assertThat(page(l, new RegisterFilter(null, null, null, "nothing like it"), Long.MAX_VALUE, 10).hasMore())
                    .isFalse();
        }
    }

    private static UUID id(PostedExchange p) {
        return p.exchange().id();
    }

    @Test
    void pagesFollowedToTheEndGiveEveryMatchingExchangeExactlyOnce() {
        try (TestLedger l = threeMembers(dir)) {
            List<UUID> posted = new ArrayList<>();
            List<UUID> withEggs = new ArrayList<>();
            for (int i = 0; i < 57; i++) {
                String memo = i % 3 == 0 ? "eggs " + i : "bread " + i;
                PostedExchange p = post(l, DAY.plusDays(i % 7), leg("ALM-000" + (1 + i % 3), "ALM-000" + (1 + (i + 1) % 3), 100 + i, memo));
                posted.add(0, id(p));
                if (i % 3 == 0) {
                    withEggs.add(0, id(p));
                }
            }
            for (int limit : new int[] {1, 5, 10, 57, 100}) {
                assertThat(allPages(l, RegisterFilter.ALL, limit)).containsExactlyElementsOf(posted);
                assertThat(allPages(l, new RegisterFilter(null, null, null, "EGGS"), limit))
                        .containsExactlyElementsOf(withEggs);
            }
            RegisterPage first = page(l, RegisterFilter.ALL, Long.MAX_VALUE, 10);
            assertThat(first.hasMore()).isTrue();
            assertThat(page(l, RegisterFilter.ALL, Long.MAX_VALUE, 57).next()).isZero();
        }
    }

    @Test
    void reversalNamesWhatItReversesAndTheReversedNamesItsReversal() {
        try (TestLedger l = threeMembers(dir)) {
            PostedExchange flour = post(l, DAY, leg("ALM-0001", "ALM-0002", 4000, "flour"));
            PostedExchange other = post(l, DAY, leg("ALM-0002", "ALM-0003", 100, "other"));
            PostedExchange reversal = new ReverseExchange(l.store, TestLedger.CLOCK).run(id(flour), "wrong member");

            List<RegisterEntry> rows = page(l, RegisterFilter.member("ALM-0001"), Long.MAX_VALUE, 10).entries();
            assertThat(rows).extracting(e -> e.exchange().id()).containsExactly(id(reversal), id(flour));
            assertThat(rows.get(0).exchange().reverses()).isEqualTo(id(flour));
            assertThat(rows.get(0).isReversed()).isFalse();
            assertThat(rows.get(1).reversedBy()).isEqualTo(id(reversal));
            RegisterEntry untouched = page(l, RegisterFilter.member("ALM-0003"), Long.MAX_VALUE, 10).entries().get(0);
            assertThat(untouched.exchange().id()).isEqualTo(id(other));
            assertThat(untouched.reversedBy()).isNull();
            assertThat(untouched.exchange().reverses()).isNull();
        }
    }

    @Test
    void exchangesPostedAfterTheFirstLookupAreFoundByMemberAtOnce() {
        try (TestLedger l = threeMembers(dir)) {
            post(l, DAY, leg("ALM-0001", "ALM-0002", 4000, "flour"));
            assertThat(page(l, RegisterFilter.member("ALM-0003"), Long.MAX_VALUE, 10).entries()).isEmpty();
            PostedExchange later = post(l, DAY, leg("ALM-0003", "ALM-0002", 100, "later"));
            assertThat(ids(page(l, RegisterFilter.member("ALM-0003"), Long.MAX_VALUE, 10))).containsExactly(id(later));
            // A ledger opened afresh builds its lookups from the file.
            l.store.close();
            try (TestLedger again = TestLedger.reopen(l.path)) {
                assertThat(ids(page(again, RegisterFilter.member("ALM-0003"), Long.MAX_VALUE, 10)))
                        .containsExactly(id(later));
            }
        }
    }

    @Test
    void dailyNetSumsTheMembersCreditsMinusDebitsPerValueDate() {
        try (TestLedger l = threeMembers(dir)) {
            post(l, DAY, leg("ALM-0001", "ALM-0002", 4000, "flour"));
            post(l, DAY, leg("ALM-0002", "ALM-0001", 1000, "back"));
            post(l, DAY.plusDays(3), leg("ALM-0002", "ALM-0003", 500, "not theirs"));
            post(l, DAY.plusDays(4), leg("ALM-0001", "ALM-0002", 100, "a"), leg("ALM-0003", "ALM-0001", 300, "b"));
            post(l, DAY.plusDays(6), leg("ALM-0001", "ALM-0002", 50, "a"), leg("ALM-0002", "ALM-0001", 50, "b"));

            Map<LocalDate, Long> net = l.store.read(r -> r.dailyNet("ALM-0001"));
            assertThat(net).containsExactly(Map.entry(DAY, 3000L), Map.entry(DAY.plusDays(4), -200L));
            assertThat(net.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(l.balances().get("ALM-0001"));
            Map<LocalDate, Long> none = l.store.read(r -> r.dailyNet("ALM-9999"));
            assertThat(none).isEmpty();
        }
    }
}
