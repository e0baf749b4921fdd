package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Records a trade, swap or chain as one exchange: all legs or none. */
public final class RecordExchange {
    private final LedgerStore store;
    private final Clock clock;

    public RecordExchange(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param id       chosen by the caller so a retry can never post twice; null for a new one
     * @param date     value date; null for today
     * @param override why a credit limit may be broken; null to respect every limit
     */
    public record Request(UUID id, LocalDate date, List<Leg> legs, String override) {}

    /** @param alreadyPosted true when this id was posted before with the same content: nothing new was posted */
    public record Result(PostedExchange posted, boolean alreadyPosted) {}

    public Result run(Request request) {
        return store.write(w -> {
            Poster poster = new Poster(w, clock, false);
            Exchange x = new Exchange(request.id() == null ? ExchangeIds.next(clock.instant()) : request.id(),
                    request.date() == null ? poster.today() : request.date(),
                    request.legs(), null, null, request.override());
            // Only a caller's id can have been posted before; a new one is looked up by no one.
            Optional<PostedExchange> earlier = request.id() == null ? Optional.empty()
                    : samePosted(w, x, request.date() != null);
            if (earlier.isPresent()) {
                return new Result(earlier.get(), true);
            }
            PostedExchange posted = poster.post(x, true);
            poster.flush();
            return new Result(posted, false);
        });
    }

    /**
     * The exchange already posted under this id, if its content is the same; a different content
     * under the same id is refused. Without an explicit date the earlier value date is accepted.
     */
    static Optional<PostedExchange> samePosted(LedgerReader r, Exchange x, boolean dateGiven) {
        Optional<PostedExchange> earlier = r.exchange(x.id());
        earlier.ifPresent(p -> requireSame(p.exchange(), x, dateGiven));
        return earlier;
    }

    /** Refuses {@code x} when {@code old}, posted under the same id, says something else. */
    static void requireSame(Exchange old, Exchange x, boolean dateGiven) {
        Exchange asked = dateGiven ? x
                : new Exchange(x.id(), old.valueDate(), x.legs(), x.reverses(), x.reason(), x.overrideReason());
        if (!Journal.encodeExchange(old).equals(Journal.encodeExchange(asked))) {
            throw new LedgerException("exchange.idConflict", x.id());
        }
    }
}
