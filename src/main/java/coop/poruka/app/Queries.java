package coop.poruka.app;

import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.util.List;
import java.util.Optional;

/** What the screens and commands show: read-only, never scanning history for a balance. */
public final class Queries {
    private final LedgerStore store;

    public Queries(LedgerStore store) {
        this.store = store;
    }

    public CoopSettings settings() {
        return store.read(Books::settings);
    }

    /** Every member with their running balance and the credit limit the co-op's rules give them, by code. */
    public List<Member> members() {
        return store.read(r -> {
            List<Member> all = r.members();
            Standings s = Standings.ifTheyMatter(r);
            if (s != null) {
                s.load(all);
            }
            return all.stream().map(m -> Standings.effective(m, s)).toList();
        });
    }

    public List<PostedExchange> latestExchanges(int limit) {
        return store.read(r -> r.latestExchanges(limit));
    }

    public Optional<JournalEntry> head() {
        return store.read(r -> r.head());
    }

    /** The last month closed by the treasurer, if any. */
    public Optional<java.time.YearMonth> lastClosedMonth() {
        return store.read(r -> r.lastClosedMonth());
    }

    /** How many entries the ledger holds, of every office (its own chain's head counts only its own). */
    public long entryCount() {
        return store.read(LedgerReader::entryCount);
    }

    public String location() {
        return store.location();
    }
}
