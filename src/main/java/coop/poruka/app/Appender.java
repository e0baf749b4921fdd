package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerWriter;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Appends the guarantor system's entries inside one write, keeping the chain's head itself (an
 * escalation run appends a thousand entries) and the book up to date with what it appended.
 */
final class Appender {
    private final LedgerWriter writer;
    private final Clock clock;
    private final CoopSettings settings;
    final GuarantorBook book;
    private JournalEntry head;
    private final EntryClock entryClock;

    Appender(LedgerWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
        this.settings = Books.settings(writer);
        this.book = book(writer);
        this.head = Books.head(writer);
        this.entryClock = new EntryClock(writer, clock);
    }

    /** The guarantor system as the journal leaves it. */
    static GuarantorBook book(LedgerReader r) {
        return GuarantorBook.of(r.guarantorEntries(), Books.settings(r).unit().decimals());
    }

    void append(EntryContent content) {
        head = Journal.next(head, settings.officeCode(), entryClock.next(head), content);
        writer.append(head, content);
        book.apply(content);
    }

    int decimals() {
        return settings.unit().decimals();
    }

    /** Today, or the given date when it is not in the future. */
    LocalDate date(LocalDate given) {
        LocalDate today = LocalDate.now(clock);
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw new LedgerException("guarantor.futureDate", given);
        }
        CloseMonth.refuseIfClosed(writer.lastClosedMonth(), given);
        return given;
    }

    /** A member who exists and has not left. */
    Member current(String code) {
        String c = Member.code(code);
        Member m = writer.member(c).orElseThrow(() -> new LedgerException("member.unknown", c));
        if (m.status() == MemberStatus.LEFT) {
            throw new LedgerException("guarantee.memberLeft", m.code(), m.name());
        }
        return m;
    }

    LedgerWriter writer() {
        return writer;
    }
}
