package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.FileClaim;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.GuarantorQueries;
import coop.poruka.app.RecordExchange;
import coop.poruka.app.SetRules;
import coop.poruka.domain.guarantee.ClaimStatus;
import coop.poruka.domain.guarantee.Deposit;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deposits and claims screens read amounts as the person writes numbers, like the counter: a
 * comma before the decimals and spaces between thousands in Russian and Swedish. No screen needed.
 */
class LocalAmountsTest {
    @TempDir
    Path dir;
    TestLedger ledger;

    @BeforeEach
    void books() {
        ledger = TestLedger.create(dir);
        for (String c : new String[] {"ALM-0001", "ALM-0002", "ALM-0003", "ALM-0009"}) {
            ledger.member(c, "Member " + c, 1000);
        }
        new SetRules(ledger.store, TestLedger.CLOCK).run(new SetRules.Change(0, 14, null, null, "KZT", 100_00L),
                "general meeting", "founding", LocalDate.parse("2026-08-01"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private LedgerSession session(Locale locale) {
        return new LedgerSession(ledger.store, new Labels(locale), TestLedger.CLOCK);
    }

    @Test
    void aRussianDepositWithACommaAndGroupedThousandsIsPlacedInFull() {
        DepositsViewModel vm = new DepositsViewModel(session(Locale.forLanguageTag("ru")));
        vm.refresh();
        vm.memberProperty().set("ALM-0001");
        vm.currencyProperty().set("KZT");
        vm.heldAtProperty().set("Halyk Bank");
        vm.amountProperty().set("12 345,50");
        assertThat(vm.place()).as(vm.problemProperty().get()).isTrue();
        Deposit d = new GuarantorQueries(ledger.store).book().depositsOf("ALM-0001").get(0);
        assertThat(d.held()).isEqualTo(12_345_50L);

        // More decimals than the currency has is refused, in the same sentence the counter gives.
        vm.amountProperty().set("1,505");
        assertThat(vm.topUp()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo(new Labels(Locale.forLanguageTag("ru"))
                .get("counter.amountDecimals", "1,505", 2));
    }

    @Test
    void aSwedishPanelistUpholdsAClaimWithACommaDecimal() {
        new GiveGuarantee(ledger.store, TestLedger.CLOCK).run("ALM-0002", "ALM-0001", 300_00, null);
        PostedExchange roof = new RecordExchange(ledger.store, TestLedger.CLOCK).run(new RecordExchange.Request(null,
                LocalDate.parse("2026-11-10"), List.of(new Leg("ALM-0001", "ALM-0009", 120_00, "roof")), null)).posted();
        new FileClaim(ledger.store, TestLedger.CLOCK).run(new FileClaim.Request("ALM-0009", "ALM-0001",
                roof.exchange().id(), 80_00, "the roof leaks", false, LocalDate.parse("2026-11-20")));
        ClaimsViewModel vm = new ClaimsViewModel(session(Locale.forLanguageTag("sv")));
        vm.refresh();
        vm.selectedProperty().set(vm.rows().get(0));
        vm.byProperty().set("ALM-0002");
        vm.amountProperty().set("62,5");
        assertThat(vm.uphold()).as(vm.problemProperty().get()).isTrue();
        var claim = new GuarantorQueries(ledger.store).claims().get(0);
        assertThat(claim.status()).isEqualTo(ClaimStatus.UPHELD);
        assertThat(claim.decidedAmount()).isEqualTo(62_50L);
    }

    @Test
    void aDepositInACurrencyTheRulesDoNotPriceSaysWhatToDoInTheWindow() {
        DepositsViewModel vm = new DepositsViewModel(session(Locale.ENGLISH));
        vm.refresh();
        vm.memberProperty().set("ALM-0001");
        vm.currencyProperty().set("USD");
        vm.heldAtProperty().set("Bank");
        vm.amountProperty().set("10");
        assertThat(vm.place()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("The co-op's rules give no value to deposits in USD; type one"
                + " of KZT in \"Currency\", or ask the treasurer to record the co-op's decision to take USD first.")
                .doesNotContain("poruka");
    }
}
