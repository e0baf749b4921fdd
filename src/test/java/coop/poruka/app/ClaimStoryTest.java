package coop.poruka.app;

import static coop.poruka.app.GuarantorFixture.day;
import static coop.poruka.domain.guarantee.DepositAction.PLACE;
import static coop.poruka.domain.guarantee.DepositAction.TOPUP;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.ClaimStatus;
import coop.poruka.domain.guarantee.Compensation;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story of docs/guarantor-system.md, with its numbers: a delivery goes wrong, the claim misses
 * its deadline, is upheld at level 2, the respondent cannot cover it, their deposit covers part and
 * two guarantors' deposits the rest in proportion to their caps; a guarantor tops up, another
 * withdraws and the respondent is left without enough guarantors.
 */
class ClaimStoryTest {
    static final String OLGA = "ALM-0010";
    static final String IVAN = "ALM-0020";
    static final String G1 = "ALM-0031";
    static final String G2 = "ALM-0032";
    static final String H1 = "ALM-0041";
    static final String H2 = "ALM-0042";

    @TempDir
    Path dir;

    @Test
    void claimEscalatesIsUpheldAtLevelTwoAndIsPaidFromDepositsInProportionToCaps() {
        try (GuarantorFixture f = new GuarantorFixture(dir)) {
            f.members(OLGA, IVAN, G1, G2, H1, H2);
            f.rules(2, 14, LimitRule.DEPOSIT_PLUS_GUARANTEES, 500L);
            f.give(G1, IVAN, 300);
            f.give(G2, IVAN, 100);
            f.give(H1, G1, 200);
            f.give(H2, G1, 200);
            f.give(H1, G2, 200);
            f.give(H1, OLGA, 50);
            f.give(H2, OLGA, 50);
            f.deposit(IVAN, PLACE, "20", "2026-08-02");
            f.deposit(G1, PLACE, "400", "2026-08-02");
            f.deposit(G2, PLACE, "200", "2026-08-02");

            // Ivan's limit: deposit 20 + caps 400 = 420 (under the maximum of 500).
            assertThat(limitOf(f, IVAN)).isEqualTo(42_000);
            assertThat(new CreditLimit(f.ledger.store).of(IVAN).explanation(2).toString()).isEqualTo(
                    "The credit limit of ALM-0020 is 420.00: own deposits worth 20.00 (KZT 20.00 \u00f7 1.00 = 20.00; each "
                            + "deposit's money divided by what the rules say one unit is worth in its currency, rounded "
                            + "down) plus guarantee caps of 400.00 "
                            + "from 2 guarantor(s), up to the co-op's maximum of 500.00.");

            PostedExchange flour = f.trade("2026-09-01", IVAN, OLGA, 80); // never delivered
            f.trade("2026-09-01", G1, IVAN, 500);                          // Ivan at -420, his limit
            UUID claim = f.file(OLGA, IVAN, flour, 80, "2026-09-02");
            assertThat(f.claim(claim).panel()).containsExactly(G1, G2);
            assertThat(f.claim(claim).deadline()).isEqualTo(day("2026-09-15"));

            // The panel lets the deadline pass: on the 16th the claim climbs to their guarantors.
            assertThat(new EscalateClaims(f.ledger.store, TestLedger.CLOCK).run(day("2026-09-15"))).isEmpty();
            assertThat(new EscalateClaims(f.ledger.store, TestLedger.CLOCK).run(day("2026-09-16"))).hasSize(1);
            assertThat(new EscalateClaims(f.ledger.store, TestLedger.CLOCK).run(day("2026-09-16"))).isEmpty();
            Claim up = f.claim(claim);
            assertThat(up.level()).isEqualTo(2);
            assertThat(up.panel()).containsExactly(H1, H2);
            assertThat(up.deadline()).isEqualTo(day("2026-09-29"));

            // Upheld by both: the amount a majority (2 of 2) supports is 70.
            f.vote(claim, H1, 80, "2026-09-20");
            Claim decided = f.vote(claim, H2, 70, "2026-09-21");
            assertThat(decided.status()).isEqualTo(ClaimStatus.UPHELD);
            assertThat(decided.decidedAmount()).isEqualTo(7_000);
            assertThat(decided.appealUntil()).isEqualTo(day("2026-10-05"));

            Exposure.Report g1 = new Exposure(f.ledger.store).of(G1);
            assertThat(g1.lines()).containsExactly(new coop.poruka.domain.guarantee.ExposureLine(IVAN, "Member " + IVAN, 30_000, -42_000, 7_000,
                    30_000, 3_750, 0));
            assertThat(new Exposure(f.ledger.store).of(H1).fromBelow()).isEqualTo(7_000);

            f.refused("claim.appealWindowOpen", () -> settle(f, claim, "2026-10-05"));
            Compensation paid = settle(f, claim, "2026-10-06");
            assertThat(paid.fromRespondent()).isZero();
            assertThat(paid.fromOwnDeposit()).isEqualTo(2_000);
            assertThat(paid.fromGuarantors()).isEqualTo(Map.of(G1, 3_750L, G2, 1_250L));
            assertThat(f.claim(claim).status()).isEqualTo(ClaimStatus.SETTLED);
            assertThat(f.held(IVAN)).isZero();
            assertThat(f.held(G1)).isEqualTo(40_000 - 3_750);
            assertThat(f.held(G2)).isEqualTo(20_000 - 1_250);
            List<DepositMovement> draws = f.book().drawsFor(claim);
            assertThat(draws.stream().mapToLong(DepositMovement::amount).sum()).isEqualTo(7_000); // Olga made whole
            assertThat(f.book().paidFor(G1, IVAN)).isEqualTo(3_750);                            // Ivan owes G1
            assertThat(new Exposure(f.ledger.store).of(G1).lines().get(0).liabilityMax()).isEqualTo(30_000 - 3_750);

            // G1 tops up; G2 has had enough and withdraws: Ivan now has one guarantor of the two required.
            f.deposit(G1, TOPUP, "37.5", "2026-10-07");
            f.end(G2, IVAN, "paid 12.50 for his undelivered flour", "2026-10-07");
            assertThat(f.held(G1)).isEqualTo(40_000);
            f.refused("exchange.tooFewGuarantors", () -> f.trade("2026-10-08", OLGA, IVAN, 1));
            f.trade("2026-10-08", IVAN, OLGA, 1); // he may still supply
            assertThat(new CreditLimit(f.ledger.store).of(IVAN).explanation(2).toString()).isEqualTo(
                    "ALM-0020 has 1 guarantor(s) but the co-op's rules require 2, so they receive no new credit until "
                            + "enough members vouch for them.");

            VerifyLedger.Report r = f.verify();
            assertThat(r.problems()).isEmpty();
            assertThat(r.deposits()).containsExactly(new DepositChecks.Total("KZT", 62_000 + 3_750, 7_000, 0,
                    58_750));
            assertThat(f.ledger.balances().values().stream().mapToLong(Long::longValue).sum()).isZero();
        }
    }

    private static long limitOf(GuarantorFixture f, String code) {
        return new coop.poruka.app.Queries(f.ledger.store).members().stream().filter(m -> m.code().equals(code))
                .findFirst().orElseThrow().creditLimit();
    }

    private static Compensation settle(GuarantorFixture f, UUID claim, String date) {
        return new SettleClaim(f.ledger.store, TestLedger.CLOCK).run(claim, day(date));
    }

    static Leg leg(String s, String r, long units) {
        return new Leg(s, r, units * 100, "");
    }
}
