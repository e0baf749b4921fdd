package coop.poruka.app;

import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent.RulesChange;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;

/** Records a change of the co-op's rules as its members decided it: who, when, why. */
public final class SetRules {
    private final LedgerStore store;
    private final Clock clock;

    public SetRules(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * What changes; null fields stay as they are. {@code depositCurrency} with {@code unitValue}
     * prices one more deposit currency (or reprices one), leaving the others as they were;
     * {@code unitValue} is in that currency's minor units per whole unit of account; null keeps the
     * value last decided for the currency, or one unit to one currency unit for a new currency.
     */
    public record Change(Integer minGuarantors, Integer escalationDays, LimitRule limitRule, Long limitMax,
            String depositCurrency, Long unitValue) {}

    public RulesChange run(Change change, String decidedBy, String reason, LocalDate date) {
        return store.write(w -> {
            Appender a = new Appender(w, clock);
            CoopRules old = a.book.rules();
            String currency = change.depositCurrency() == null ? old.depositCurrency()
                    : CoopRules.currency(change.depositCurrency());
            // A currency named again keeps the value last decided for it; a new one starts at one to one.
            Long known = currency == null ? null : a.book.unitValues().get(currency);
            long unitValue = change.unitValue() != null ? change.unitValue()
                    : known != null ? known : currency == null ? old.unitValue() : pow10(CoopRules.currencyDecimals(currency));
            CoopRules rules = new CoopRules(
                    change.minGuarantors() == null ? old.minGuarantors() : change.minGuarantors(),
                    change.escalationDays() == null ? old.escalationDays() : change.escalationDays(),
                    change.limitRule() == null ? old.limitRule() : change.limitRule(),
                    change.limitMax() == null ? old.limitMax() : change.limitMax(),
                    currency, unitValue);
            RulesChange c = new RulesChange(rules, decidedBy, a.date(date), reason);
            a.append(c);
            return c;
        });
    }

    private static long pow10(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) {
            v *= 10;
        }
        return v;
    }
}
