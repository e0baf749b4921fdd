package coop.poruka.app;

import coop.poruka.app.AddMember.NewMember;
import coop.poruka.app.demo.DemoCoop;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;

/**
 * Fills a new, empty ledger with a made-up co-op to look around in: its settings, members,
 * exchanges and guarantor system (guarantees, deposits, claims at every stage), through the same
 * checks as real work. It is one transaction, so a cancelled or
 * failed demo leaves the ledger as empty as it was.
 */
public final class MakeDemo {
    private static final int PROGRESS_EVERY = 1_000;

    private final LedgerStore store;
    private final Clock clock;

    public MakeDemo(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @param guarantees, deposits, claims what the demo's guarantor system holds */
    public record Result(CoopSettings settings, int members, long exchanges, long reversals, int guarantees,
            int deposits, int claims) {}

    /** True when the ledger has no co-op yet, so a demo may be made in it. */
    public boolean ledgerIsEmpty() {
        return store.read(r -> r.settings().isEmpty());
    }

    /** Makes the demo of {@code plan}, with exchanges up to today. */
    public Result run(DemoPlan plan, Progress progress) {
        DemoCoop demo = new DemoCoop(plan, LocalDate.now(clock));
        long total = demo.members().size() + demo.exchangeCount();
        return store.write(w -> {
            if (w.settings().isPresent()) {
                throw new LedgerException("demo.notEmpty", store.location());
            }
            new InitLedger(store, clock).start(w, demo.settings());
            AddMember admit = new AddMember(store, clock);
            long done = 0;
            for (Member m : demo.members()) {
                admit.add(w, new NewMember(m.code(), m.name(), m.creditLimit(), m.contact()));
                tick(++done, total, progress);
            }
            DemoGuarantors guarantors = new DemoGuarantors(new WithinWrite(w, store.location()), clock, demo.members(),
                    demo.settings().unit().decimals());
            Poster poster = new Poster(w, clock, true);
            long exchanges = 0;
            long reversals = 0;
            for (Iterator<Exchange> it = demo.exchanges(); it.hasNext(); ) {
                Exchange x = it.next();
                // A reversal restores the facts whatever the limits, as ReverseExchange posts it.
                poster.post(x, !x.isReversal());
                guarantors.offer(x);
                exchanges++;
                reversals += x.isReversal() ? 1 : 0;
                tick(++done, total, progress);
            }
            poster.flush();
            DemoGuarantors.Made made = guarantors.make(LocalDate.now(clock).minusMonths(plan.months()).plusDays(1));
            progress.update(total, total);
            return new Result(demo.settings(), demo.members().size(), exchanges, reversals, made.guarantees(),
                    made.deposits(), made.claims());
        });
    }

    private static void tick(long done, long total, Progress progress) {
        if (done % PROGRESS_EVERY == 0) {
            progress.update(done, total);
            progress.checkCancelled();
        }
    }
}
