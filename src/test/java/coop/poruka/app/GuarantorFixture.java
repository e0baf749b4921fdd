package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A real ledger file with short ways to run the guarantor system's use cases (amounts in whole units). */
final class GuarantorFixture implements AutoCloseable {
    final TestLedger ledger;

    GuarantorFixture(Path dir) {
        ledger = TestLedger.create(dir);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    void members(String... codes) {
        for (String c : codes) {
            ledger.member(c, "Member " + c, 1000);
        }
    }

    void give(String guarantor, String member, long capUnits) {
        new GiveGuarantee(ledger.store, TestLedger.CLOCK).run(guarantor, member, capUnits * 100, day("2026-08-01"));
    }

    void end(String guarantor, String member, String reason, String date) {
        new EndGuarantee(ledger.store, TestLedger.CLOCK).run(guarantor, member, reason, day(date));
    }

    void rules(Integer min, Integer days, LimitRule rule, Long maxUnits) {
        new SetRules(ledger.store, TestLedger.CLOCK).run(new SetRules.Change(min, days, rule,
                maxUnits == null ? null : maxUnits * 100, "KZT", null), "general meeting", "decided 2026-08-01",
                day("2026-08-01"));
    }

    void deposit(String member, DepositAction action, String tenge, String date) {
        new MoveDeposit(ledger.store, TestLedger.CLOCK).run(new MoveDeposit.Request(member, action,
                coop.poruka.domain.money.Amounts.parse(tenge, 2), "KZT",
                "Halyk Bank, KZ12 601A 8610 0000 0001", null, day(date)));
    }

    PostedExchange trade(String date, String supplier, String receiver, long units) {
        return new RecordExchange(ledger.store, TestLedger.CLOCK).run(new RecordExchange.Request(null, day(date),
                List.of(new Leg(supplier, receiver, units * 100, "")), null)).posted();
    }

    UUID file(String claimant, String respondent, PostedExchange x, long units, String date) {
        ClaimEvent e = new FileClaim(ledger.store, TestLedger.CLOCK).run(new FileClaim.Request(claimant, respondent,
                x.exchange().id(), units * 100, "goods never delivered", false, day(date)));
        return e.claim();
    }

    Claim vote(UUID claim, String by, long units, String date) {
        return new DecideClaim(ledger.store, TestLedger.CLOCK).vote(claim, by, units * 100, day(date));
    }

    GuarantorBook book() {
        return ledger.store.read(Appender::book);
    }

    Claim claim(UUID id) {
        return book().claim(id).orElseThrow();
    }

    long balance(String code) {
        return ledger.balances().get(code);
    }

    long held(String code) {
        return book().deposit(code, "KZT").orElseThrow().held();
    }

    VerifyLedger.Report verify() {
        return new VerifyLedger(ledger.store).run(Progress.NONE);
    }

    /** The action is refused with this message key and leaves the journal exactly as it was. */
    void refused(String key, ThrowingCallable action) {
        String head = ledger.head();
        assertThatThrownBy(action).isInstanceOf(LedgerException.class)
                .satisfies(e -> assertThat(((LedgerException) e).key()).isEqualTo(key));
        assertThat(ledger.head()).isEqualTo(head);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
