package coop.poruka.app;

import static coop.poruka.app.GuarantorFixture.day;
import static coop.poruka.domain.guarantee.DepositAction.PLACE;
import static coop.poruka.domain.guarantee.DepositAction.RETURN;
import static coop.poruka.domain.guarantee.DepositAction.TOPUP;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.domain.guarantee.ClaimStatus;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent.RulesChange;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Co-op rules, derived limits, deposits and claims: each rule, and each refusal leaving the books as they were. */
class GuarantorRulesTest {
    @TempDir
    Path dir;
    GuarantorFixture f;

    @BeforeEach
    void coop() {
        f = new GuarantorFixture(dir);
        f.members("ALM-0001", "ALM-0002", "ALM-0003", "ALM-0004", "ALM-0005");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void deposit(String member, DepositAction action, String amount) {
        f.deposit(member, action, amount, "2026-08-02");
    }

    @Test
    void rulesAreJournaledWithWhoWhenAndWhyAndUnchangedFieldsStay() {
        f.rules(1, 10, null, null);
        new SetRules(f.ledger.store, TestLedger.CLOCK).run(new SetRules.Change(null, 21, null, null, null, null),
                "board of ALM", "longer for harvest season", day("2026-08-05"));
        RulesChange last = f.book().lastRulesChange().orElseThrow();
        assertThat(last.rules().minGuarantors()).isEqualTo(1);
        assertThat(last.rules().escalationDays()).isEqualTo(21);
        assertThat(last.rules().depositCurrency()).isEqualTo("KZT");
        assertThat(last.rules().unitValue()).isEqualTo(100);
        assertThat(last.decidedBy()).isEqualTo("board of ALM");
        assertThat(last.decidedOn()).isEqualTo(day("2026-08-05"));
        assertThat(last.reason()).isEqualTo("longer for harvest season");
        assertThat(f.verify().ok()).isTrue();
    }

    @Test
    void badRulesAreRefused() {
        f.refused("rules.minGuarantors", () -> f.rules(-1, null, null, null));
        f.refused("rules.escalationDays", () -> f.rules(null, 0, null, null));
        f.refused("rules.limitMaxRequired", () -> f.rules(null, null, LimitRule.DEPOSIT_PLUS_GUARANTEES, null));
        f.refused("text.required", () -> new SetRules(f.ledger.store, TestLedger.CLOCK)
                .run(new SetRules.Change(1, null, null, null, null, null), "meeting", "", null));
    }

    @Test
    void fixedLimitsStayAsSetAndExplainThemselves() {
        f.rules(0, 14, LimitRule.FIXED, null);
        assertThat(new CreditLimit(f.ledger.store).of("ALM-0001").explanation(2).toString())
                .isEqualTo("The credit limit of ALM-0001 is 1000.00, set for this member by hand (rule: fixed per member).");
        f.refused("exchange.belowLimit", () -> f.trade("2026-09-01", "ALM-0002", "ALM-0001", 1001));
    }

    @Test
    void derivedLimitIsDepositPlusCapsUpToTheMaximumAndIsUsedByTheLimitCheck() {
        f.rules(0, 14, LimitRule.DEPOSIT_PLUS_GUARANTEES, 250L);
        f.give("ALM-0002", "ALM-0001", 100);
        deposit("ALM-0001", PLACE, "50");
        assertThat(new CreditLimit(f.ledger.store).of("ALM-0001").limit()).isEqualTo(15_000);
        f.trade("2026-09-01", "ALM-0003", "ALM-0001", 150);
        f.refused("exchange.belowLimit", () -> f.trade("2026-09-01", "ALM-0003", "ALM-0001", 1));
        f.give("ALM-0003", "ALM-0001", 500);
        assertThat(new CreditLimit(f.ledger.store).of("ALM-0001").limit()).isEqualTo(25_000); // the maximum
        f.trade("2026-09-01", "ALM-0003", "ALM-0001", 100);
    }

    @Test
    void memberBelowTheMinimumOfGuarantorsGetsNoCreditUntilRestored() {
        f.rules(2, 14, null, null);
        new ChangeMember(f.ledger.store, TestLedger.CLOCK).run("ALM-0001",
                new ChangeMember.Change(null, null, 10_000L, null), "newcomer");
        f.give("ALM-0002", "ALM-0001", 10);
        f.refused("exchange.tooFewGuarantors", () -> f.trade("2026-09-01", "ALM-0003", "ALM-0001", 5));
        f.give("ALM-0003", "ALM-0001", 10);
        f.trade("2026-09-01", "ALM-0003", "ALM-0001", 5);
    }

    @Test
    void depositsArePlacedToppedUpAndReturnedAndVerifyReconcilesThem() {
        f.rules(null, null, null, null);
        deposit("ALM-0001", PLACE, "1000");
        deposit("ALM-0001", TOPUP, "250.50");
        deposit("ALM-0001", RETURN, "200");
        assertThat(f.held("ALM-0001")).isEqualTo(105_050);
        assertThat(f.book().deposit("ALM-0001", "KZT").orElseThrow().heldAt()).startsWith("Halyk Bank");
        VerifyLedger.Report r = f.verify();
        assertThat(r.ok()).isTrue();
        assertThat(r.deposits()).containsExactly(new DepositChecks.Total("KZT", 125_050, 0, 20_000, 105_050));
    }

    @Test
    void aDepositAmountChangedBehindTheJournalIsCaughtByVerify() throws Exception {
        f.rules(null, null, null, null);
        deposit("ALM-0001", PLACE, "1000");
        String url = "jdbc:h2:file:" + f.ledger.path.toString().replace(".mv.db", "");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "poruka", "");
                java.sql.Statement st = c.createStatement()) {
            st.execute("UPDATE deposit_movement SET amount = 1");
        }
        VerifyLedger.Report r = f.verify();
        assertThat(r.ok()).isFalse();
        assertThat(r.problems().get(0).key()).isEqualTo("verify.changedEntry");
    }

    @Test
    void depositRefusalsLeaveTheBooksUnchanged() {
        f.refused("deposit.noCurrency", () -> deposit("ALM-0001", PLACE, "10"));
        f.rules(null, null, null, null);
        f.refused("deposit.wrongCurrency", () -> new MoveDeposit(f.ledger.store, TestLedger.CLOCK).run(
                new MoveDeposit.Request("ALM-0001", PLACE, 100, "EUR", "Bank", null, null)));
        f.refused("deposit.badCurrency", () -> new MoveDeposit(f.ledger.store, TestLedger.CLOCK).run(
                new MoveDeposit.Request("ALM-0001", PLACE, 100, "euro", "Bank", null, null)));
        f.refused("deposit.heldAtMissing", () -> new MoveDeposit(f.ledger.store, TestLedger.CLOCK).run(
                new MoveDeposit.Request("ALM-0001", PLACE, 100, "KZT", " ", null, null)));
        f.refused("deposit.amountNotPositive", () -> deposit("ALM-0001", PLACE, "0"));
        f.refused("deposit.none", () -> deposit("ALM-0001", TOPUP, "10"));
        f.refused("deposit.none", () -> deposit("ALM-0001", RETURN, "10"));
        f.refused("deposit.drawOnlyForClaim", () -> deposit("ALM-0001", DepositAction.DRAW, "10"));
        deposit("ALM-0001", PLACE, "100");
        f.refused("deposit.alreadyPlaced", () -> deposit("ALM-0001", PLACE, "10"));
        f.refused("deposit.returnTooMuch", () -> deposit("ALM-0001", RETURN, "100.01"));
        f.give("ALM-0001", "ALM-0002", 10);
        f.refused("deposit.guaranteeDepends", () -> deposit("ALM-0001", RETURN, "1"));
        f.end("ALM-0001", "ALM-0002", "no longer", "2026-09-01");
        deposit("ALM-0001", RETURN, "100");
    }

    @Test
    void depositCannotBeReturnedWhileAClaimAgainstTheMemberIsOpen() {
        f.rules(null, null, null, null);
        deposit("ALM-0002", PLACE, "100");
        PostedExchange x = f.trade("2026-09-01", "ALM-0002", "ALM-0003", 0 + 1);
        f.file("ALM-0003", "ALM-0002", x, 1, "2026-09-02");
        f.refused("deposit.claimDepends", () -> deposit("ALM-0002", RETURN, "1"));
    }

    @Test
    void claimRefusalsLeaveTheBooksUnchanged() {
        f.rules(null, 14, null, null);
        f.give("ALM-0004", "ALM-0002", 10);
        f.give("ALM-0005", "ALM-0002", 10);
        PostedExchange x = f.trade("2026-09-01", "ALM-0002", "ALM-0003", 0 + 1);
        f.refused("claim.self", () -> f.file("ALM-0003", "ALM-0003", x, 1, "2026-09-02"));
        f.refused("claim.notParties", () -> f.file("ALM-0003", "ALM-0001", x, 1, "2026-09-02"));
        f.refused("claim.amount", () -> f.file("ALM-0003", "ALM-0002", x, 2, "2026-09-02"));
        f.refused("claim.beforeExchange", () -> f.file("ALM-0003", "ALM-0002", x, 1, "2026-08-30"));
        f.refused("member.unknown", () -> f.file("ALM-0009", "ALM-0002", x, 1, "2026-09-02"));
        UUID claim = f.file("ALM-0003", "ALM-0002", x, 1, "2026-09-02");
        f.refused("claim.notOnPanel", () -> f.vote(claim, "ALM-0001", 1, "2026-09-03"));
        f.refused("claim.voteAmount", () -> f.vote(claim, "ALM-0004", 2, "2026-09-03"));
        f.vote(claim, "ALM-0004", 1, "2026-09-03");
        f.refused("claim.votedAlready", () -> f.vote(claim, "ALM-0004", 1, "2026-09-04"));
        f.refused("claim.dateBeforeLast", () -> f.vote(claim, "ALM-0005", 1, "2026-09-02"));
        DecideClaim decide = new DecideClaim(f.ledger.store, TestLedger.CLOCK);
        f.refused("claim.appealUndecided", () -> decide.appeal(claim, "ALM-0003", "too slow", day("2026-09-04")));
        f.refused("claim.notAtMeeting", () -> decide.meeting(claim, 0, "minutes", day("2026-09-04")));
        assertThat(f.vote(claim, "ALM-0005", 0, "2026-09-04").status()).isEqualTo(ClaimStatus.OPEN); // 1 : 1
        f.refused("claim.appealNotParty", () -> decide.appeal(claim, "ALM-0001", "x", day("2026-09-05")));
        f.refused("claim.unknown", () -> f.vote(UUID.randomUUID(), "ALM-0004", 1, "2026-09-05"));
    }

    @Test
    void appealWithinTheIntervalGoesUpToTheGeneralMeetingWhoseDecisionIsFinal() {
        f.rules(null, 14, null, null);
        f.give("ALM-0004", "ALM-0002", 10);
        PostedExchange x = f.trade("2026-09-01", "ALM-0002", "ALM-0003", 0 + 1);
        UUID claim = f.file("ALM-0003", "ALM-0002", x, 1, "2026-09-02");
        assertThat(f.vote(claim, "ALM-0004", 0, "2026-09-03").status()).isEqualTo(ClaimStatus.REJECTED);
        DecideClaim decide = new DecideClaim(f.ledger.store, TestLedger.CLOCK);
        f.refused("claim.appealLate", () -> decide.appeal(claim, "ALM-0003", "unfair", day("2026-09-18")));
        // Nobody vouches for ALM-0004, so the appeal goes to the general meeting.
        assertThat(decide.appeal(claim, "ALM-0003", "unfair", day("2026-09-17")).atGeneralMeeting()).isTrue();
        f.refused("claim.atMeeting", () -> f.vote(claim, "ALM-0004", 1, "2026-09-20"));
        assertThat(decide.meeting(claim, 50, "meeting of 20 September", day("2026-09-20")).status())
                .isEqualTo(ClaimStatus.UPHELD);
        f.refused("claim.meetingFinal", () -> decide.appeal(claim, "ALM-0002", "no", day("2026-09-21")));
        assertThat(f.claim(claim).decidedAmount()).isEqualTo(50);
        assertThat(f.verify().ok()).isTrue();
    }

    @Test
    void claimThatCannotBeCoveredInFullIsNotPaidAtAll() {
        f.rules(null, 1, null, null);
        PostedExchange x = f.trade("2026-09-01", "ALM-0002", "ALM-0003", 5);
        f.trade("2026-09-01", "ALM-0001", "ALM-0002", 5);
        UUID claim = f.file("ALM-0003", "ALM-0002", x, 5, "2026-09-02");
        new DecideClaim(f.ledger.store, TestLedger.CLOCK).meeting(claim, 500, "meeting", day("2026-09-02"));
        new ChangeMember(f.ledger.store, TestLedger.CLOCK).run("ALM-0002",
                new ChangeMember.Change(null, coop.poruka.domain.member.MemberStatus.SUSPENDED, null, null), "claims");
        // Suspended at 0.00, no deposit, nobody vouching: 5.00 is short, and nothing is paid.
        f.refused("claim.cannotCover", () -> new SettleClaim(f.ledger.store, TestLedger.CLOCK).run(claim, day("2026-09-04")));
        assertThat(f.claim(claim).status()).isEqualTo(ClaimStatus.UPHELD);
        deposit("ALM-0002", PLACE, "8");
        assertThat(new SettleClaim(f.ledger.store, TestLedger.CLOCK).run(claim, day("2026-09-04")).fromOwnDeposit())
                .isEqualTo(500);
        assertThat(f.held("ALM-0002")).isEqualTo(300);
        assertThat(f.verify().ok()).isTrue();
    }
}
