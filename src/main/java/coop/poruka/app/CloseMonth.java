package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryContent.PeriodClose;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Closes a month: records its trial balance and the journal head it ended with as a journal
 * entry. From then on nothing can be dated into it or any month before it; mistakes found later
 * are corrected by entries dated in the open month that refer to the original.
 */
public final class CloseMonth {
    private final LedgerStore store;
    private final Clock clock;

    public CloseMonth(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public PeriodClose run(YearMonth month) {
        return store.write(w -> {
            CoopSettings settings = Books.settings(w);
            YearMonth now = YearMonth.now(clock);
            if (!month.isBefore(now)) {
                throw new LedgerException("close.notEnded", month.toString(), month.plusMonths(1).atDay(1));
            }
            Optional<YearMonth> last = w.lastClosedMonth();
            if (last.isPresent() && !month.isAfter(last.get())) {
                throw new LedgerException("close.already", month.toString(), last.get().toString());
            }
            JournalEntry endHead = w.headAt(new PrintStatements(store, null, clock).endOf(month)).orElse(null);
            Map<String, Long> balances = new TreeMap<>();
            w.members().forEach(m -> balances.put(m.code(), 0L));
            PrintMonthSummary.balancesAt(w, month.atEndOfMonth()).forEach(balances::put);
            PeriodClose content = new PeriodClose(month, endHead == null ? 0 : endHead.seq(),
                    endHead == null ? null : endHead.hash().hex(), new TreeMap<>(balances));
            Books.append(w, clock, settings.officeCode(), content);
            return content;
        });
    }

    /** Refuses a date in a closed month, saying which month and what to do instead. */
    static void refuseIfClosed(Optional<YearMonth> lastClosed, LocalDate date) {
        if (lastClosed.isPresent() && !YearMonth.from(date).isAfter(lastClosed.get())) {
            throw new LedgerException("period.closed", date, YearMonth.from(date).toString(),
                    lastClosed.get().plusMonths(1).atDay(1));
        }
    }
}
