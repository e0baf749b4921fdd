package coop.poruka.app;

import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.RecordedEntry;
import coop.poruka.domain.ledger.SignedHead;
import coop.poruka.domain.ledger.SyncBundle;
import coop.poruka.domain.ledger.SyncCertificate;
import coop.poruka.domain.ledger.SyncEntry;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.SyncFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Writes a sync file: for another office, what it has not confirmed holding; or everything; or
 * everything recorded since a date. The file also says what this office holds from each office,
 * so the next file the other office makes for this one leaves that out. This office signs the
 * head of its own chain; other offices' entries travel with the heads they signed.
 */
public final class ExportSync {
    private final LedgerStore store;
    private final SyncFiles files;
    private final Clock clock;

    public ExportSync(LedgerStore store, SyncFiles files, Clock clock) {
        this.store = store;
        this.files = files;
        this.clock = clock;
    }

    /** Which entries go into the file. */
    public sealed interface Scope {
        /** What {@code office} has not confirmed holding. */
        record For(String office) implements Scope {}

        record All() implements Scope {}

        /** Everything recorded on or after the date (UTC). */
        record Since(LocalDate date) implements Scope {}
    }

    public record Result(int entries, Map<String, long[]> ranges) {}

    public Result run(Path out, OfficeKey key, Scope scope) {
        SyncBundle bundle = store.readSnapshot(r -> bundle(r, scope, key));
        files.write(out, bundle, key);
        return new Result(bundle.entries().size(), bundle.ranges());
    }

    private SyncBundle bundle(LedgerReader r, Scope scope, OfficeKey key) {
        CoopSettings settings = Books.settings(r);
        String own = key.officeCode();
        Map<String, SignedHead> heads = r.signedHeads();
        Map<String, Long> confirmed = scope instanceof Scope.For f ? r.acknowledgedBy(f.office()) : Map.of();
        Instant since = scope instanceof Scope.Since s ? s.date().atStartOfDay(ZoneOffset.UTC).toInstant() : null;
        List<SyncEntry> entries = new ArrayList<>();
        Map<String, JournalEntry> last = new TreeMap<>();
        Consumer<RecordedEntry> take = e -> {
            JournalEntry j = e.entry();
            String office = j.office();
            SignedHead head = heads.get(office);
            if (!office.equals(own) && (head == null || j.seq() > head.seq())) {
                // Another office's entries go on only as far as a head it signed: the receiver could
                // not check any further ones against that office (docs/decisions/0029).
                return;
            }
            // An office's entries in a file are contiguous: from the first one wanted to the last held.
            boolean wanted = scope instanceof Scope.For ? j.seq() > confirmed.getOrDefault(office, 0L)
                    : since == null || last.containsKey(office) || !j.recordedAt().isBefore(since);
            if (wanted) {
                entries.add(new SyncEntry(j, Journal.encode(content(e.content(), j))));
                last.put(office, j);
            }
        };
        if (scope instanceof Scope.For) {
            r.scanJournalAfter(confirmed, take); // what that office confirmed is not read again
        } else {
            r.scanJournal(take);
        }
        List<SignedHead> signed = new ArrayList<>();
        List<SyncCertificate> certificates = new ArrayList<>();
        last.forEach((office, j) -> {
            if (office.equals(own)) {
                signed.add(files.signHead(settings.coopId(), j, clock.instant(), key));
                certificates.add(new SyncCertificate(own, encoded(key)));
            } else {
                SignedHead head = heads.get(office);
                signed.add(head);
                certificates.add(r.officeCertificate(head.certificate()).orElseThrow(
                        () -> new IllegalStateException("a kept head of office " + office + " without its certificate")));
            }
        });
        String to = scope instanceof Scope.For f ? f.office() : SyncBundle.ANY_OFFICE;
        return new SyncBundle(SyncBundle.FORMAT, settings.coopId(), settings.officeCode(), to, clock.instant(),
                r.heldByOffice(), entries, signed, certificates);
    }

    private static byte[] encoded(OfficeKey key) {
        try {
            return key.certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("the office certificate cannot be encoded", e);
        }
    }

    private static EntryContent content(EntryContent c, JournalEntry j) {
        if (c == null) {
            // Rows missing under an entry: verify names the damage; nothing half is sent on.
            throw new coop.poruka.domain.LedgerException("verify.missingContent", j.seq(), j.kind().name().toLowerCase());
        }
        return c;
    }
}
