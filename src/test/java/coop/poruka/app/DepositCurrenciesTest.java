package coop.poruka.app;

import static coop.poruka.app.GuarantorFixture.day;
import static coop.poruka.domain.guarantee.DepositAction.PLACE;
import static coop.poruka.domain.guarantee.DepositAction.RETURN;
import static coop.poruka.domain.guarantee.DepositAction.TOPUP;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.money.Amounts;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deposits in more than one currency in the same co-op (KZT at 1 tenge a unit, EUR at 0.20 euro
 * a unit): one deposit per member and currency, each valued at its own rate for the limit and
 * drawn currency by currency for a claim; the deposits ledger reconciles per currency.
 */
class DepositCurrenciesTest {
    @TempDir
    Path dir;
    private GuarantorFixture f;

    @BeforeEach
    void coopPricingTengeAndEuro() {
        f = new GuarantorFixture(dir);
        f.members("ALM-0001", "ALM-0002", "ALM-0003", "ALM-0009");
        f.rules(0, 14, LimitRule.DEPOSIT_PLUS_GUARANTEES, 1_000L); // KZT, one unit = 1.00 KZT
        new SetRules(f.ledger.store, TestLedger.CLOCK).run(new SetRules.Change(null, null, null, null, "EUR", 20L),
                "general meeting", "euro deposits accepted at 0.20 EUR a unit", day("2026-08-01"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private DepositMovement move(String member, DepositAction action, String amount, String currency) {
        return new MoveDeposit(f.ledger.store, TestLedger.CLOCK).run(new MoveDeposit.Request(member, action,
                Amounts.parse(amount, 2), currency, "Sparbanken, SE45 5000 0000 0583 9825 7466", null, day("2026-08-02")));
    }

    @Test
    void aMemberHoldsADepositInEachCurrencyAndTheLimitValuesEachAtItsRate() {
        f.deposit("ALM-0001", PLACE, "100", "2026-08-02");
        move("ALM-0001", PLACE, "10.00", "EUR");
        f.refused("deposit.alreadyPlaced", () -> move("ALM-0001", PLACE, "1.00", "EUR"));
        move("ALM-0001", TOPUP, "2.00", "EUR");
        // 100 KZT / 1.00 = 100 units; 12 EUR / 0.20 = 60 units
        assertThat(f.book().depositUnits("ALM-0001")).isEqualTo(160_00);
        assertThat(f.book().deposit("ALM-0001", "EUR").orElseThrow().heldAt()).startsWith("Sparbanken");
        assertThat(new CreditLimit(f.ledger.store).of("ALM-0001").explanation(2).toString()).isEqualTo(
                "The credit limit of ALM-0001 is 160.00: own deposits worth 160.00 (EUR 12.00 \u00f7 0.20 = 60.00; "
                        + "KZT 100.00 \u00f7 1.00 = 100.00; each deposit's money divided by what the rules say one unit "
                        + "is worth in its currency, rounded down) plus guarantee caps of 0.00 from 0 guarantor(s), up "
                        + "to the co-op's maximum of 1000.00.");
        // Returning the euro deposit leaves the tenge one as it was.
        move("ALM-0001", RETURN, "12.00", "EUR");
        assertThat(f.held("ALM-0001")).isEqualTo(100_00);
        assertThat(f.book().depositUnits("ALM-0001")).isEqualTo(100_00);
        f.refused("deposit.none", () -> move("ALM-0001", RETURN, "1.00", "EUR"));
        f.refused("deposit.wrongCurrency", () -> move("ALM-0001", PLACE, "1.00", "USD"));
        VerifyLedger.Report r = f.verify();
        assertThat(r.problems()).isEmpty();
        assertThat(r.deposits()).containsExactly(new DepositChecks.Total("EUR", 12_00, 0, 12_00, 0),
                new DepositChecks.Total("KZT", 100_00, 0, 0, 100_00));
    }

    @Test
    void aClaimIsPaidFromTheRespondentsDepositsCurrencyByCurrencyAndEachCurrencyReconciles() {
        f.rules(null, null, LimitRule.FIXED, null); // the respondent's own credit is the fixed 1000
        f.give("ALM-0009", "ALM-0001", 500);
        // ALM-0001 ends at its limit of -1000, so it cannot pay in units.
        f.trade("2026-09-01", "ALM-0003", "ALM-0001", 1000);
        PostedExchange bad = f.trade("2026-09-01", "ALM-0001", "ALM-0002", 50);
        f.trade("2026-09-01", "ALM-0003", "ALM-0001", 50);
        f.deposit("ALM-0001", PLACE, "100", "2026-09-01");
        move("ALM-0001", PLACE, "2.00", "EUR");
        UUID claim = f.file("ALM-0002", "ALM-0001", bad, 50, "2026-09-02");
        f.vote(claim, "ALM-0009", 50, "2026-09-03");
        new SettleClaim(f.ledger.store, TestLedger.CLOCK).run(claim, day("2026-09-20"));

        // Currencies in code order: EUR 2.00 at 0.20 is 10 units (all of it), the other 40 from KZT.
        assertThat(f.book().drawsFor(claim)).extracting(DepositMovement::currency, DepositMovement::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EUR", 2_00L),
                        org.assertj.core.groups.Tuple.tuple("KZT", 40_00L));
        assertThat(f.claim(claim).outstanding()).isZero();
        VerifyLedger.Report r = f.verify();
        assertThat(r.problems()).isEmpty();
        assertThat(r.deposits()).containsExactly(new DepositChecks.Total("EUR", 2_00, 2_00, 0, 0),
                new DepositChecks.Total("KZT", 100_00, 40_00, 0, 60_00));
    }
}
