package coop.poruka.app;

import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves every claim whose panel let its deadline pass one level up the guarantor tree, as many
 * levels as the days allow: each level's deadline runs from the day after the last one. It follows
 * from dates alone, so running it late (the program was closed) escalates exactly as on time.
 * The app runs it on every start; {@code poruka claims escalate} runs it by hand.
 */
public final class EscalateClaims {
    private final LedgerStore store;
    private final Clock clock;

    public EscalateClaims(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The escalations recorded, in order. */
    public List<ClaimEvent> run(LocalDate asOf) {
        return store.write(w -> escalate(new Appender(w, clock), asOf == null ? LocalDate.now(clock) : asOf));
    }

    /** Escalates everything due by {@code asOf} (deadlines before that day) in this write. */
    static List<ClaimEvent> escalate(Appender a, LocalDate asOf) {
        List<ClaimEvent> done = new ArrayList<>();
        for (Claim c : a.book.claims()) {
            while (c.status().isOpen() && c.deadline() != null && c.deadline().isBefore(asOf)) {
                ClaimEvent e = up(a, c, ClaimAction.ESCALATE, c.deadline().plusDays(1), null, null);
                a.append(e);
                done.add(e);
                c = a.book.claim(c.id()).orElseThrow();
            }
        }
        return done;
    }

    /** The step that takes claim {@code c} one level up on {@code date} (an escalation or an appeal). */
    static ClaimEvent up(Appender a, Claim c, ClaimAction action, LocalDate date, String by, String text) {
        List<String> panel = a.book.nextPanel(c);
        LocalDate deadline = panel.isEmpty() ? null : date.plusDays(a.book.rules().escalationDays() - 1L);
        return new ClaimEvent(c.id(), action, date, by, null, null, null, null, null, text, null, c.level() + 1,
                deadline, panel);
    }
}
