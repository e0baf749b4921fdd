package coop.poruka.sync;

import static coop.poruka.sync.Offices.export;
import static coop.poruka.sync.Offices.importFile;
import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.Wiring;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.EntryDecoding;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.SignedHead;
import coop.poruka.domain.ledger.SyncBundle;
import coop.poruka.domain.ledger.SyncCertificate;
import coop.poruka.domain.ledger.SyncEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries passed on by an office that did not make them are checked against the office that did:
 * its signed head travels with them, with its certificate, so a relaying office cannot change them
 * unseen, and an office that joined later is checked by offices it never sent a file to.
 */
class SyncTrustTest {
    @TempDir
    Path dir;
    TestLedger alm;
    TestLedger ast;
    TestLedger shy;
    long almHead;

    /** Three offices; ALM posts two exchanges and sends them to AST, which has not passed them on yet. */
    @BeforeEach
    void almsNewEntriesAtAst() {
        Offices offices = new Offices(dir);
        alm = offices.founder;
        ast = offices.join("AST", "Astana");
        shy = offices.join("SHY", "Shymkent");
        alm.post(TestLedger.leg("ALM-0002", "ALM-0001", 2));
        alm.post(TestLedger.leg("ALM-0003", "ALM-0001", 3));
        importFile(ast, export(alm, "AST", "alm-1"));
        almHead = alm.store.read(r -> r.heldByOffice()).get("ALM");
    }

    @AfterEach
    void close() {
        ast.close();
        shy.close();
    }

    @Test
    void entriesRelayedThroughAnotherOfficeAreCheckedAgainstTheirOriginsSignature() {
        Path relayed = export(ast, "SHY", "ast-1");

        SyncBundle b = read(shy, relayed);
        assertThat(b.from()).isEqualTo("AST");
        assertThat(b.heads()).extracting(SignedHead::office, SignedHead::seq)
                .contains(org.assertj.core.groups.Tuple.tuple("ALM", almHead));
        assertThat(b.certificates()).extracting(SyncCertificate::office).contains("ALM", "AST");

        assertThat(importFile(shy, relayed).offices().get("ALM").added()).isEqualTo(2);
        assertThat(shy.store.read(r -> r.signedHeads()).get("ALM").seq()).isEqualTo(almHead);
        // SHY holds what AST holds, and its own first entry.
        assertThat(Offices.dump(shy).replaceFirst("SHY:1:[0-9a-f]{64}\n", "")).isEqualTo(Offices.dump(ast));
        ok(shy.command("verify"));
    }

    @Test
    void anEntryOfAnotherOfficeChangedByTheRelayingOfficeIsRefused() {
        SyncBundle b = read(shy, export(ast, "SHY", "ast-1"));

        // AST makes ALM's first new exchange larger, mends ALM's chain after it and signs the file itself.
        List<SyncEntry> entries = new ArrayList<>();
        Hash prev = null;
        boolean changed = false;
        for (SyncEntry se : b.entries()) {
            JournalEntry e = se.entry();
            if (!e.office().equals("ALM")) {
                entries.add(se);
                continue;
            }
            String body = se.body();
            if (!changed && body.contains("leg=ALM-0002>ALM-0001:200:")) {
                body = body.replace(":200:", ":20000:");
                changed = true;
            }
            Hash from = prev == null ? e.prevHash() : prev;
            EntryContent content = EntryDecoding.decode(e.kind(), body);
            JournalEntry mended = new JournalEntry(e.seq(), e.office(), e.kind(), e.recordedAt(), from,
                    Journal.hash(from, e.seq(), e.office(), e.recordedAt(), content));
            entries.add(new SyncEntry(mended, body));
            prev = mended.hash();
        }
        assertThat(changed).isTrue();
        Path forged = dir.resolve("forged.poruka-sync");
        Wiring.syncFiles().write(forged, with(b, entries, b.heads()), Offices.key(ast));

        assertRefused(shy, forged, "of office ALM in the sync file", "do not end at a head signed by office ALM",
                "ask office AST for a new file");
    }

    @Test
    void aHeadOfAnotherOfficeSignedByTheRelayingOfficeIsRefused() {
        SyncBundle b = read(shy, export(ast, "SHY", "ast-1"));
        List<SignedHead> heads = new ArrayList<>();
        for (SignedHead h : b.heads()) {
            JournalEntry at = new JournalEntry(h.seq(), h.office(), coop.poruka.domain.ledger.EntryKind.EXCHANGE,
                    h.signedAt(), Hash.ZERO, h.hash());
            heads.add(h.office().equals("ALM")
                    ? Wiring.syncFiles().signHead(b.coop(), at, h.signedAt(), Offices.key(ast)) : h);
        }
        Path forged = dir.resolve("forged.poruka-sync");
        Wiring.syncFiles().write(forged, with(b, b.entries(), heads), Offices.key(ast));

        assertRefused(shy, forged, "holds a signed head of office ALM whose signature is not office ALM's");
    }

    @Test
    void aVersionOneFilePassingOnAnotherOfficesEntriesIsRefused() {
        SyncBundle b = read(shy, export(ast, "SHY", "ast-1"));
        Path old = dir.resolve("v1.poruka-sync");
        Wiring.syncFiles().write(old, new SyncBundle(SyncBundle.FORMAT_1, b.coop(), b.from(), b.to(), b.created(),
                b.acks(), b.entries()), Offices.key(ast));

        assertRefused(shy, old, "has format version 1 and passes on entries of office ALM without office ALM's");
    }

    private static void assertRefused(TestLedger into, Path file, String... sentence) {
        String before = Offices.dump(into);
        assertThat(into.command("sync", "import", "--dry-run", file.toString()).err()).contains(sentence);
        CliRun run = into.command("sync", "import", file.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains(sentence).hasLineCount(1);
        assertThat(Offices.dump(into)).isEqualTo(before);
        List<coop.poruka.domain.ledger.Fork> forks = into.store.read(r -> r.forks());
        assertThat(forks).isEmpty();
    }

    private static SyncBundle read(TestLedger office, Path file) {
        return Wiring.syncFiles().read(file, Offices.key(office).ca());
    }

    private static SyncBundle with(SyncBundle b, List<SyncEntry> entries, List<SignedHead> heads) {
        return new SyncBundle(b.format(), b.coop(), b.from(), b.to(), b.created(), b.acks(), entries, heads,
            b.certificates());
    }
}
