package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.Deposit;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Places, tops up or returns a member's deposit in one currency: money in a currency the co-op's
 * rules have priced, held at a named depository. A member may hold a deposit in each such currency. Drawing on a deposit is only done by {@link SettleClaim}.
 */
public final class MoveDeposit {
    private final LedgerStore store;
    private final Clock clock;

    public MoveDeposit(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param amount      in the currency's minor units
     * @param heldAt      bank and account reference; needed to place, otherwise optional
     * @param description what is deposited, when it is not plain money
     */
    public record Request(String member, DepositAction action, long amount, String currency, String heldAt,
            String description, LocalDate date) {}

    public DepositMovement run(Request r) {
        if (r.action() == DepositAction.DRAW) {
            throw new LedgerException("deposit.drawOnlyForClaim", r.member());
        }
        return store.write(w -> {
            Appender a = new Appender(w, clock);
            Member m = r.action() == DepositAction.RETURN
                    ? w.member(Member.code(r.member())).orElseThrow(() -> new LedgerException("member.unknown", r.member()))
                    : a.current(r.member());
            String currency = CoopRules.currency(r.currency());
            if (a.book.unitValues().isEmpty()) {
                throw new LedgerException("deposit.noCurrency");
            }
            if (!a.book.unitValues().containsKey(currency)) {
                throw new LedgerException("deposit.wrongCurrency", currency, String.join(", ", a.book.unitValues().keySet()));
            }
            if (r.amount() <= 0) {
                throw new LedgerException("deposit.amountNotPositive", m.code());
            }
            Optional<Deposit> old = a.book.deposit(m.code(), currency).filter(d -> d.held() > 0);
            String heldAt = r.heldAt();
            switch (r.action()) {
                case PLACE -> {
                    if (old.isPresent()) {
                        throw new LedgerException("deposit.alreadyPlaced", m.code(), currency);
                    }
                    if (heldAt == null || heldAt.isBlank()) {
                        throw new LedgerException("deposit.heldAtMissing", m.code());
                    }
                }
                case TOPUP -> heldAt = a.book.deposit(m.code(), currency).map(Deposit::heldAt)
                        .orElseThrow(() -> new LedgerException("deposit.none", m.code(), currency));
                case RETURN -> heldAt = returnable(a, m, currency, r.amount());
                default -> throw new IllegalStateException();
            }
            DepositMovement d = new DepositMovement(m.code(), r.action(), r.amount(), currency, heldAt,
                    r.description(), a.date(r.date()), null);
            a.append(d);
            return d;
        });
    }

    /** Where the deposit is held, when {@code amount} of it may go back to the member; else the reason not. */
    private static String returnable(Appender a, Member m, String currency, long amount) {
        Deposit d = a.book.deposit(m.code(), currency).filter(x -> x.held() > 0)
                .orElseThrow(() -> new LedgerException("deposit.none", m.code(), currency));
        if (amount > d.held()) {
            throw new LedgerException("deposit.returnTooMuch", m.code(),
                    coop.poruka.domain.money.Amounts.format(d.held(), CoopRules.currencyDecimals(d.currency())), d.currency());
        }
        List<Claim> claims = a.book.unsettledClaimsAgainst(m.code());
        if (!claims.isEmpty()) {
            throw new LedgerException("deposit.claimDepends", m.code(), claims.get(0).id());
        }
        List<Guarantee> vouches = a.book.vouchedBy(m.code());
        if (!vouches.isEmpty()) {
            throw new LedgerException("deposit.guaranteeDepends", m.code(), vouches.get(0).member(), vouches.size());
        }
        return d.heldAt();
    }
}
