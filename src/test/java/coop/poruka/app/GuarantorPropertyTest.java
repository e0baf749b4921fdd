package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random sequences of guarantees, deposits, exchanges, claims, votes, appeals, escalations
 * and settlements. Whatever happens: the barter ledger sums to zero, the deposits ledger reconciles,
 * no guarantor pays past a cap, verify passes, and every refusal leaves the journal as it was.
 */
class GuarantorPropertyTest {
    private static final int MEMBERS = 8;
    private static final int STEPS = 160;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void booksStayBalancedAndCapsHoldWhateverHappens(long seed) {
        Random rnd = new Random(seed);
        Clock clock = TestLedger.CLOCK;
        try (GuarantorFixture f = new GuarantorFixture(dir)) {
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= MEMBERS; i++) {
                codes.add(String.format("ALM-%04d", i));
            }
            f.members(codes.toArray(String[]::new));
            new SetRules(f.ledger.store, clock).run(new SetRules.Change(1, 5, LimitRule.DEPOSIT_PLUS_GUARANTEES,
                    40_000L, "KZT", null), "meeting", "founding", LocalDate.parse("2026-01-01"));
            List<PostedExchange> exchanges = new ArrayList<>();
            LocalDate day = LocalDate.parse("2026-01-02");
            int refusals = 0;
            for (int step = 0; step < STEPS; step++) {
                day = day.plusDays(rnd.nextInt(3));
                String a = codes.get(rnd.nextInt(MEMBERS));
                String b = codes.get(rnd.nextInt(MEMBERS));
                LocalDate d = day;
                GuarantorBook book = f.book();
                List<Claim> claims = book.claims();
                Claim c = claims.isEmpty() ? null : claims.get(rnd.nextInt(claims.size()));
                String head = f.ledger.head();
                try {
                    switch (rnd.nextInt(11)) {
                        case 0, 1 -> new GiveGuarantee(f.ledger.store, clock).run(a, b, 100 + rnd.nextInt(20_000), d);
                        case 2 -> new EndGuarantee(f.ledger.store, clock).run(a, b, "random", d);
                        case 3 -> new MoveDeposit(f.ledger.store, clock).run(new MoveDeposit.Request(a,
                                DepositAction.values()[rnd.nextInt(4)], 100 + rnd.nextInt(30_000), "KZT", "Kaspi", null, d));
                        case 4, 5 -> exchanges.add(new RecordExchange(f.ledger.store, clock).run(new RecordExchange.Request(
                                null, d, List.of(new Leg(a, b, 100 + rnd.nextInt(10_000), "")), null)).posted());
                        case 6 -> {
                            if (!exchanges.isEmpty()) {
                                Leg leg = exchanges.get(rnd.nextInt(exchanges.size())).exchange().legs().get(0);
                                PostedExchange x = exchanges.stream().filter(e -> e.exchange().legs().get(0) == leg)
                                        .findFirst().orElseThrow();
                                new FileClaim(f.ledger.store, clock).run(new FileClaim.Request(leg.receiver(),
                                        leg.supplier(), x.exchange().id(), 1 + rnd.nextInt((int) leg.amount()), "bad",
                                        rnd.nextBoolean(), d));
                            }
                        }
                        case 7 -> {
                            if (c != null && !c.panel().isEmpty()) {
                                new DecideClaim(f.ledger.store, clock).vote(c.id(), c.panel().get(rnd.nextInt(c.panel().size())),
                                        rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt((int) c.amount()), d);
                            } else if (c != null) {
                                new DecideClaim(f.ledger.store, clock).meeting(c.id(), rnd.nextInt((int) c.amount() + 1), "m", d);
                            }
                        }
                        case 8 -> {
                            if (c != null) {
                                new DecideClaim(f.ledger.store, clock).appeal(c.id(), rnd.nextBoolean() ? c.claimant()
                                        : c.respondent(), "no", d);
                            }
                        }
                        case 9 -> new EscalateClaims(f.ledger.store, clock).run(d);
                        default -> {
                            if (c != null) {
                                new SettleClaim(f.ledger.store, clock).run(c.id(), d);
                            }
                        }
                    }
                } catch (LedgerException e) {
                    refusals++;
                    assertThat(f.ledger.head()).as("refused %s left the journal as it was", e.key()).isEqualTo(head);
                }
            }
            VerifyLedger.Report r = f.verify();
            assertThat(r.problems()).isEmpty();
            assertThat(f.ledger.balances().values().stream().mapToLong(Long::longValue).sum()).isZero();
            GuarantorBook book = f.book();
            for (Guarantee g : book.activeGuarantees()) {
                assertThat(book.paidFor(g.guarantor(), g.member())).isLessThanOrEqualTo(g.cap());
            }
            book.deposits().forEach(x -> assertThat(x.held()).isNotNegative());
            assertThat(r.deposits().stream().mapToLong(DepositChecks.Total::held).sum())
                    .isEqualTo(book.deposits().stream().mapToLong(x -> x.held()).sum());
            assertThat(book.claims()).isNotEmpty();
            assertThat(refusals).isLessThan(STEPS);
        }
    }
}
