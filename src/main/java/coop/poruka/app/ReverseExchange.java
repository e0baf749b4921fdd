package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.util.UUID;

/**
 * Corrects a mistaken exchange the only way the books allow: a new exchange that runs every leg
 * backwards, names the original and says why. The original stays as it was.
 */
public final class ReverseExchange {
    private final LedgerStore store;
    private final Clock clock;

    public ReverseExchange(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public PostedExchange run(UUID id, String reason) {
        return store.write(w -> {
            Poster poster = new Poster(w, clock, false);
            PostedExchange posted = w.exchange(id).orElseThrow(() -> new LedgerException("exchange.unknown", id));
            Exchange original = posted.exchange();
            // Two offices reversing one exchange at once would each be right alone and wrong together
            // (docs/decisions/0028): only the office that recorded it reverses it.
            String office = w.journalEntry(posted.seq()).map(e -> e.office()).orElse(poster.settings().officeCode());
            if (!office.equals(poster.settings().officeCode())) {
                throw new LedgerException("reverse.otherOffice", id, office);
            }
            if (original.isReversal()) {
                throw new LedgerException("reverse.ofReversal", id, original.reverses());
            }
            w.reversalOf(id).ifPresent(r -> {
                throw new LedgerException("reverse.already", id, r);
            });
            Exchange reversal = new Exchange(ExchangeIds.next(clock.instant()), poster.today(),
                    original.legs().stream().map(Leg::reversed).toList(), id, reason, null);
            PostedExchange reversed = poster.post(reversal, false);
            poster.flush();
            return reversed;
        });
    }
}
