package coop.poruka.store;

import static coop.poruka.store.generated.Tables.COOP_VERSION;
import static coop.poruka.store.generated.Tables.JOURNAL;
import static coop.poruka.store.generated.Tables.OFFICE_CERTIFICATE;
import static coop.poruka.store.generated.Tables.SYNC_ACK;
import static coop.poruka.store.generated.Tables.SYNC_FORK;
import static coop.poruka.store.generated.Tables.SYNC_HEAD;

import coop.poruka.domain.ledger.Fork;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.SignedHead;
import coop.poruka.domain.ledger.SyncCertificate;
import coop.poruka.store.generated.tables.records.JournalRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The rows of sync between offices: chain places, acknowledgements and forks (V5), signed heads
 * and office certificates (V7).
 */
final class SyncRows {
    private SyncRows() {}

    /**
     * By office, the last place of its chain this ledger holds, found from the ends of indexes
     * instead of reading every row (seconds at a million entries). Every office whose entries a
     * ledger holds wrote a settings entry first, held before anything after it, under each code it
     * had. An office's entries sit at their own places until the first one stored elsewhere, and
     * from then on every one of them is in a chain-place run (a later one at its own place would need
     * as many of its office's entries as positions before it). So an office's last place is its
     * highest chain-place run's last, or without any, the position of its last row.
     *
     * @param received whether the ledger may hold chain-place runs at all
     */
    static Map<String, Long> held(DSLContext dsl, boolean received) {
        Map<String, Long> out = new TreeMap<>();
        for (String office : dsl.selectDistinct(COOP_VERSION.OFFICE_CODE).from(COOP_VERSION)
                .fetch(COOP_VERSION.OFFICE_CODE)) {
            Optional<Long> moved = !received ? Optional.empty() : OriginRuns.lastMoved(dsl, office);
            Optional<Long> last = moved.isPresent() ? moved
                    : dsl.select(JOURNAL.SEQ).from(JOURNAL).where(JOURNAL.OFFICE_CODE.eq(office))
                            .orderBy(JOURNAL.SEQ.desc()).limit(1).fetchOptional(JOURNAL.SEQ);
            last.ifPresent(l -> out.put(office, l));
        }
        return out;
    }

    /**
     * The journal row at this place of an office's chain, with that place: stored elsewhere (its
     * chain-place run says where) or at its own place, each found by a key, not by reading the
     * journal.
     */
    static Optional<Map.Entry<JournalRecord, Long>> at(DSLContext dsl, String office, long seq) {
        Optional<Long> moved = OriginRuns.positionOf(dsl, office, seq);
        if (moved.isEmpty() && OriginRuns.between(dsl, seq, seq).moved(seq)) {
            return Optional.empty(); // the row at that position is another place of some chain
        }
        Condition row = moved.isPresent() ? JOURNAL.SEQ.eq(moved.get())
                : JOURNAL.SEQ.eq(seq).and(JOURNAL.OFFICE_CODE.eq(office));
        return dsl.selectFrom(JOURNAL).where(row).fetchOptional().map(r -> Map.entry(r, seq));
    }

    /**
     * The hashes of an office's places {@code from} to {@code to} that this ledger holds: those a run
     * moved, read by the run's positions, and those before the first moved place, read at their own
     * positions (as {@link #at} finds them one by one).
     */
    static Map<Long, Hash> hashesAt(DSLContext dsl, String office, long from, long to) {
        Map<Long, Hash> out = new HashMap<>();
        List<OriginRuns.Run> runs = OriginRuns.ofOffice(dsl, office, from, to);
        for (OriginRuns.Run run : runs) {
            long first = Math.max(from, run.place());
            long last = Math.min(to, run.lastPlace());
            long shift = run.position() - run.place();
            dsl.select(JOURNAL.SEQ, JOURNAL.HASH).from(JOURNAL).where(JOURNAL.SEQ.between(first + shift, last + shift))
                    .fetch().forEach(r -> out.put(r.value1() - shift, Hash.of(r.value2())));
        }
        long ownTo = runs.isEmpty() ? to : Math.min(to, runs.get(0).place() - 1);
        if (from <= ownTo) {
            OriginRuns moved = OriginRuns.between(dsl, from, ownTo);
            dsl.select(JOURNAL.SEQ, JOURNAL.HASH).from(JOURNAL).where(JOURNAL.SEQ.between(from, ownTo))
                    .and(JOURNAL.OFFICE_CODE.eq(office)).fetch().forEach(r -> {
                        if (!moved.moved(r.value1())) {
                            out.put(r.value1(), Hash.of(r.value2()));
                        }
                    });
        }
        return out;
    }

    static Map<String, Long> acknowledgedBy(DSLContext dsl, String office) {
        Map<String, Long> out = new TreeMap<>();
        // Rows in the order they came: a later file's word replaces an earlier one's.
        dsl.selectFrom(SYNC_ACK).where(SYNC_ACK.OFFICE_CODE.eq(office)).orderBy(SYNC_ACK.ID).fetch()
                .forEach(r -> out.put(r.getOrigin(), r.getThroughSeq()));
        return out;
    }

    static void acknowledge(DSLContext dsl, String office, Map<String, Long> through, Instant at) {
        through.forEach((origin, seq) -> dsl.insertInto(SYNC_ACK)
                .set(SYNC_ACK.OFFICE_CODE, office)
                .set(SYNC_ACK.ORIGIN, origin)
                .set(SYNC_ACK.THROUGH_SEQ, seq)
                .set(SYNC_ACK.RECEIVED_AT, at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    static List<Fork> forks(DSLContext dsl) {
        return dsl.selectFrom(SYNC_FORK).orderBy(SYNC_FORK.ID).fetch()
                .map(r -> new Fork(r.getOfficeCode(), r.getOfficeSeq(), Hash.of(r.getHeldHash()),
                        Hash.of(r.getOtherHash()), r.getSender(), r.getSeenAt().toInstant()));
    }

    static void recordFork(DSLContext dsl, Fork f) {
        dsl.insertInto(SYNC_FORK)
                .set(SYNC_FORK.OFFICE_CODE, f.office())
                .set(SYNC_FORK.OFFICE_SEQ, f.seq())
                .set(SYNC_FORK.HELD_HASH, f.held().bytes())
                .set(SYNC_FORK.OTHER_HASH, f.other().bytes())
                .set(SYNC_FORK.SENDER, f.sender())
                .set(SYNC_FORK.SEEN_AT, f.seenAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** The highest signed head kept for each office. */
    static Map<String, SignedHead> heads(DSLContext dsl) {
        Map<String, SignedHead> out = new TreeMap<>();
        var latest = DSL.select(SYNC_HEAD.OFFICE_CODE, DSL.max(SYNC_HEAD.OFFICE_SEQ).as("last")).from(SYNC_HEAD)
                .groupBy(SYNC_HEAD.OFFICE_CODE).asTable("latest");
        dsl.select(SYNC_HEAD.fields()).from(SYNC_HEAD).join(latest)
                .on(SYNC_HEAD.OFFICE_CODE.eq(latest.field(SYNC_HEAD.OFFICE_CODE)))
                .and(SYNC_HEAD.OFFICE_SEQ.eq(latest.field("last", Long.class))).fetchInto(SYNC_HEAD)
                .forEach(r -> out.put(r.getOfficeCode(), new SignedHead(r.getOfficeCode(), r.getOfficeSeq(),
                        Hash.of(r.getHeadHash()), r.getSignedAt().toInstant(), Hash.of(r.getCertificate()),
                        r.getSignature())));
        return out;
    }

    static void keepHead(DSLContext dsl, SignedHead h) {
        if (dsl.fetchExists(SYNC_HEAD, SYNC_HEAD.OFFICE_CODE.eq(h.office()).and(SYNC_HEAD.OFFICE_SEQ.eq(h.seq())))) {
            return;
        }
        dsl.insertInto(SYNC_HEAD)
                .set(SYNC_HEAD.OFFICE_CODE, h.office())
                .set(SYNC_HEAD.OFFICE_SEQ, h.seq())
                .set(SYNC_HEAD.HEAD_HASH, h.hash().bytes())
                .set(SYNC_HEAD.SIGNED_AT, h.signedAt().atOffset(ZoneOffset.UTC))
                .set(SYNC_HEAD.CERTIFICATE, h.certificate().bytes())
                .set(SYNC_HEAD.SIGNATURE, h.signature())
                .execute();
    }

    static Optional<SyncCertificate> certificate(DSLContext dsl, Hash fingerprint) {
        return dsl.selectFrom(OFFICE_CERTIFICATE).where(OFFICE_CERTIFICATE.FINGERPRINT.eq(fingerprint.bytes()))
                .fetchOptional().map(r -> new SyncCertificate(r.getOfficeCode(), r.getDer()));
    }

    static void keepCertificate(DSLContext dsl, SyncCertificate c, Instant at) {
        if (dsl.fetchExists(OFFICE_CERTIFICATE, OFFICE_CERTIFICATE.FINGERPRINT.eq(c.fingerprint().bytes()))) {
            return;
        }
        dsl.insertInto(OFFICE_CERTIFICATE)
                .set(OFFICE_CERTIFICATE.FINGERPRINT, c.fingerprint().bytes())
                .set(OFFICE_CERTIFICATE.OFFICE_CODE, c.office())
                .set(OFFICE_CERTIFICATE.DER, c.der())
                .set(OFFICE_CERTIFICATE.RECEIVED_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
