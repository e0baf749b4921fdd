package coop.poruka.domain.port;

import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.ledger.RecordedEntry;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** What the use cases read from a ledger. */
public interface LedgerReader {
    Optional<CoopSettings> settings();

    /** The last journal entry, or empty for a ledger with no entries. */
    Optional<JournalEntry> head();

    Optional<Member> member(String code);

    /** The members with these codes (codes not found are simply absent from the map). */
    Map<String, Member> members(Collection<String> codes);

    /** Every member, ordered by code. */
    List<Member> members();

    Optional<PostedExchange> exchange(UUID id);

    /** The exchanges with these ids, by id (ids not found are simply absent); for bulk lookups. */
    Map<UUID, Exchange> exchanges(Collection<UUID> ids);

    /** The id of the reversal of {@code id}, if it was reversed. */
    Optional<UUID> reversalOf(UUID id);

    /** The most recently recorded exchanges, newest first. */
    List<PostedExchange> latestExchanges(int limit);

    /** Every journal entry in sequence order, each with its content rebuilt from the rows. */
    void scanJournal(Consumer<RecordedEntry> sink);

    /** How many content rows of each kind exist (to spot rows the journal does not know). */
    Map<coop.poruka.domain.ledger.EntryKind, Long> contentCounts();

    /** Each member's balance summed from the legs (credits minus debits), by member code. */
    Map<String, Long> balancesFromPostings();

    /** Exchanges in journal order, for export. */
    void scanExchanges(Consumer<Exchange> sink);
}
