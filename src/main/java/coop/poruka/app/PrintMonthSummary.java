package coop.poruka.app;

import coop.poruka.domain.document.MonthSummary;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.RegisterEntry;
import coop.poruka.domain.ledger.RegisterFilter;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.ledger.JournalEntry;

/** The treasurer's monthly summary of the whole co-op, as a signed PDF. */
public final class PrintMonthSummary {
    private final LedgerStore store;
    private final Documents documents;
    private final Clock clock;

    public PrintMonthSummary(LedgerStore store, Documents documents, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    public MonthSummary run(YearMonth month, Path file, Locale locale) {
        MonthSummary s = read(month);
        documents.summary(s, locale, file);
        return s;
    }

    /** The month's figures, read in one transaction; balances are as at the month's last value date. */
    public MonthSummary read(YearMonth month) {
        PrintStatements dates = new PrintStatements(store, documents, clock);
        dates.checkMonth(month);
        LocalDate end = month.atEndOfMonth();
        return store.read(r -> {
            var coop = Books.settings(r);
            long exchanges = 0;
            long reversals = 0;
            long value = 0;
            long legs = 0;
            Set<String> active = new HashSet<>();
            for (RegisterEntry e : PrintStatements.entries(r, new RegisterFilter(month.atDay(1), end, null, null))) {
                Exchange x = e.exchange();
                exchanges++;
                legs += x.legs().size();
                if (x.isReversal()) {
                    reversals++;
                } else {
                    value = Math.addExact(value, x.totalValue());
                }
                for (Leg leg : x.legs()) {
                    active.add(leg.supplier());
                    active.add(leg.receiver());
                }
            }
            Map<String, Long> balances = balancesAt(r, end);
            long positive = 0;
            long negative = 0;
            for (long b : balances.values()) {
                if (b > 0) {
                    positive = Math.addExact(positive, b);
                } else {
                    negative = Math.addExact(negative, b);
                }
            }
            List<Member> members = r.members();
            long joined = members.stream().filter(m -> !m.joined().isAfter(end) || active.contains(m.code())).count();
            JournalEntry head = r.headAt(dates.endOf(month)).orElse(null);
            GuarantorBook book = PrintStatements.bookAt(r, end, coop.unit().decimals());
            return new MonthSummary(coop, month, exchanges, reversals, value, legs, active.size(), joined, positive,
                    negative, head, guarantees(book, month), clock.instant(), clock.getZone());
        });
    }

    /** The guarantor system as the month left it: deposits against caps, and the month's claims. */
    static MonthSummary.Guarantees guarantees(GuarantorBook book, YearMonth month) {
        long deposits = book.deposits().stream().mapToLong(d -> book.depositUnits(d.member())).reduce(0, Math::addExact);
        long caps = book.activeGuarantees().stream().mapToLong(Guarantee::cap).reduce(0, Math::addExact);
        long opened = 0;
        long decided = 0;
        long settled = 0;
        for (Claim c : book.claims()) {
            opened += YearMonth.from(c.filed()).equals(month) ? 1 : 0;
            decided += c.decidedOn() != null && YearMonth.from(c.decidedOn()).equals(month) ? 1 : 0;
            settled += c.events().stream().anyMatch(e -> e.action() == ClaimAction.SETTLE
                    && YearMonth.from(e.date()).equals(month)) ? 1 : 0;
        }
        return new MonthSummary.Guarantees(deposits, caps, opened, decided, settled);
    }

    /** Each member's balance by value date at the end of {@code end}: today's, less what is dated after it. */
    static Map<String, Long> balancesAt(LedgerReader r, LocalDate end) {
        Map<String, Long> balances = new HashMap<>(r.balancesFromPostings());
        for (RegisterEntry e : PrintStatements.entries(r, new RegisterFilter(end.plusDays(1), null, null, null))) {
            e.exchange().netByMember().forEach((code, net) -> balances.merge(code, -net, Math::addExact));
        }
        return balances;
    }
}
