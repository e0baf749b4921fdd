package coop.poruka.domain.port;

import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.ledger.RecordedEntry;
import coop.poruka.domain.ledger.RegisterFilter;
import coop.poruka.domain.ledger.RegisterPage;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import java.util.Collection;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Consumer;

/** What the use cases read from a ledger. */
public interface LedgerReader {
    Optional<CoopSettings> settings();

    /**
     * This office's last journal entry (its own chain's head), or empty for a ledger with no
     * entries. Entries received from other offices are not part of it.
     */
    Optional<JournalEntry> head();

    /**
     * The latest time of an entry of another office that this ledger stored after this office's own
     * last entry: what the next entry's time must exceed (docs/decisions/0027). Empty when none.
     */
    Optional<java.time.Instant> latestReceived();

    /** How many entries this ledger holds, of every office. */
    long entryCount();

    /** The journal entry stored at position {@code seq} (this ledger's own order), if there is one. */
    Optional<JournalEntry> journalEntry(long seq);

    /** The latest month closed (everything up to its end is closed), or empty when none is. */
    Optional<java.time.YearMonth> lastClosedMonth();

    /**
     * This office's last entry of its own chain recorded at or before {@code at}: the head a period
     * ended with (its {@code seq} is its place in this office's chain).
     */
    Optional<JournalEntry> headAt(java.time.Instant at);

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

    /**
     * As {@link #scanJournal}, from the first entry stored that is beyond {@code through} for its
     * office (by office, the last place already known elsewhere): what an office has not confirmed
     * yet, without reading what it has. May pass earlier entries too, never skips a later one.
     */
    void scanJournalAfter(Map<String, Long> through, Consumer<RecordedEntry> sink);

    /** How many content rows of each kind exist (to spot rows the journal does not know). */
    Map<coop.poruka.domain.ledger.EntryKind, Long> contentCounts();

    /** Each member's balance summed from the legs (credits minus debits), by member code. */
    Map<String, Long> balancesFromPostings();

    /**
     * Each member's balance from the exchanges valued before {@code day} (what a statement of the
     * month that day begins opens with), by member code; members with no such exchange are absent.
     */
    Map<String, Long> balancesBefore(LocalDate day);

    /**
     * Each named member's balance as it stood right after journal entry {@code seq}: what a
     * receipt shows, however much was posted since. By member code; unknown codes are absent.
     */
    Map<String, Long> balancesAfter(long seq, Collection<String> codes);

    /**
     * The content of every entry of the guarantor system (guarantees, rules, deposits, claims), in
     * journal order: what {@code GuarantorBook} is rebuilt from.
     */
    List<coop.poruka.domain.ledger.EntryContent> guarantorEntries();

    /**
     * Only what a credit check of these members needs, in journal order: every rules change, and the
     * guarantees given to and deposits of these members (not the guarantees they give, nor claims).
     */
    List<coop.poruka.domain.ledger.EntryContent> guarantorEntriesFor(Collection<String> members);

    /** Exchanges in journal order, for export. */
    void scanExchanges(Consumer<Exchange> sink);

    /**
     * The exchanges the filter matches whose journal sequence number is below {@code before}
     * ({@code Long.MAX_VALUE}: from the newest), newest first, at most {@code limit}. Never reads
     * the whole journal into memory; a page may come back short while {@link RegisterPage#hasMore}.
     */
    RegisterPage register(RegisterFilter filter, long before, int limit);

    /**
     * How the member's balance changed on each value date (credits minus debits that day, days
     * without any change left out), in date order. Empty for an unknown member.
     */
    SortedMap<LocalDate, Long> dailyNet(String memberCode);

    /**
     * Readies the lookups of {@link #register} by member and date; takes seconds on a ledger of
     * millions of exchanges, so call it off the screen's thread when a ledger opens. Optional: the
     * first such lookup does it otherwise.
     */
    void prepareRegister();

    /** For each office whose entries this ledger holds, the last sequence number of its chain held. */
    Map<String, Long> heldByOffice();

    /** The entry at this place of an office's chain, if this ledger holds it. */
    Optional<JournalEntry> entryAt(String office, long seq);

    /**
     * The hash of every entry this ledger holds at places {@code from} to {@code to} of an office's
     * chain, by place: what {@link #entryAt} says of each, read by ranges rather than one by one.
     */
    Map<Long, Hash> hashesAt(String office, long from, long to);

    /** What {@code office} last said it holds from each origin office (see sync files). */
    Map<String, Long> acknowledgedBy(String office);

    /** The forks seen in sync files, oldest first. */
    List<coop.poruka.domain.ledger.Fork> forks();

    /** The highest signed head kept for each office (sync files, format version 2). */
    Map<String, coop.poruka.domain.ledger.SignedHead> signedHeads();

    /** A kept office certificate by the SHA-256 of its DER bytes. */
    Optional<coop.poruka.domain.ledger.SyncCertificate> officeCertificate(coop.poruka.domain.ledger.Hash fingerprint);

    /** The keystore this office named for this ledger (at `office ca-init` or `join`), if any. */
    Optional<String> officeKeystore();
}
