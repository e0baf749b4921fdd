package coop.poruka.sync;

import static coop.poruka.sync.Offices.export;
import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.Wiring;
import coop.poruka.app.InitLedger;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Journal;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.SignedHead;
import coop.poruka.domain.ledger.SyncBundle;
import coop.poruka.domain.ledger.SyncEntry;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.port.LedgerStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad sync file is refused as a whole with one sentence naming the cause, and the
 * receiving ledger's books stay exactly as they were.
 */
class SyncRefusalTest {
    @TempDir
    Path dir;
    Offices offices;
    TestLedger alm;
    TestLedger ast;
    /** A good file from AST: its settings entry, a new member and two exchanges. */
    Path good;

    @BeforeEach
    void twoOffices() {
        offices = new Offices(dir);
        alm = offices.founder;
        ast = offices.join("AST", "Astana");
        ast.member("AST-0001", "Marat Nurlanov", 80);
        ast.post(TestLedger.leg("AST-0001", "ALM-0001", 7));
        ast.post(TestLedger.leg("ALM-0002", "AST-0001", 3));
        good = export(ast, "ALM", "good");
    }

    @AfterEach
    void close() {
        ast.close();
    }

    private void assertRefused(Path file, String... sentence) {
        String before = Offices.dump(alm);
        CliRun run = alm.command("sync", "import", file.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains(sentence).hasLineCount(1);
        assertThat(Offices.dump(alm)).isEqualTo(before);
    }

    @Test
    void aFileOfAnotherCoopIsRefused() {
        // An office of another co-op, even one whose certificate this co-op's CA issued.
        Path home = dir.resolve("kar");
        Offices.mkdirs(home);
        Path ledger = home.resolve("ledger.mv.db");
        try (LedgerStore other = Wiring.ledgers().open(ledger, true)) {
            new InitLedger(other, TestLedger.CLOCK).run(InitLedger.settings("Other Co-op", new Unit("hour", "h", 2),
                    "KAR", "Karaganda"));
        }
        Path keystore = OfficeCertificates.besideLedger(ledger);
        ok(TestLedger.cli("office", "request", "--keystore", keystore.toString(), "--office", "KAR", "--office-name",
                "Karaganda", "--out", home.resolve("kar.csr").toString()));
        ok(alm.command("office", "issue", "--request", home.resolve("kar.csr").toString(), "--out",
                home.resolve("kar.crt").toString()));
        ok(TestLedger.cli("office", "accept", "--keystore", keystore.toString(), "--certificate",
                home.resolve("kar.crt").toString()));
        Path file = home.resolve("kar.poruka-sync");
        ok(TestLedger.cli("sync", "export", "--all", "--db", ledger.toString(), "--out", file.toString()));
        assertRefused(file, "belongs to another co-op");
    }

    @Test
    void aFileSignedByAnOfficeOfAnotherCaIsRefused() {
        TestLedger rogue = TestLedger.create(dir.resolve("rogue"));
        try (rogue) {
            ok(rogue.command("office", "ca-init"));
            Path file = dir.resolve("rogue.poruka-sync");
            ok(rogue.command("sync", "export", "--all", "--out", file.toString()));
            assertRefused(file, "whose certificate was not issued by this co-op's CA");
        }
    }

    @Test
    void aFileChangedAfterSigningIsRefusedForItsSignature() throws IOException {
        Path file = rezip(good, content -> content.replace("Marat Nurlanov", "Marat Nurlanow"));
        assertRefused(file, "does not match its content");
    }

    @Test
    void aChangedFileThatNoParserCouldReadIsRefusedForItsSignatureAlone() throws IOException {
        // The content is parsed beside the signature's check: what the parser makes of it must not
        // be said, nor crash the program, when the signature does not match.
        Path file = rezip(good, content -> "[".repeat(100_000) + content);
        assertRefused(file, "does not match its content");
        assertRefused(rezip(good, content -> "not a sync file at all"), "does not match its content");
    }

    @Test
    void aFileThatIsNotThereOrIsAFolderIsSaidSoRatherThanCalledDamaged() {
        assertRefused(dir.resolve("nowhere.poruka-sync"), "There is no file", "check the path");
        assertRefused(dir, "cannot be read", "check that it is a file");
    }

    @Test
    void aTruncatedFileIsRefusedAsDamaged() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.poruka-sync"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(cut, "is damaged or cut short");
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        SyncBundle b = read(good);
        Path file = signed("v3", new SyncBundle(3, b.coop(), b.from(), b.to(), b.created(), b.acks(), b.entries(),
                b.heads(), b.certificates()));
        assertRefused(file, "has format version 3", "update Poruka");
    }

    @Test
    void aBrokenChainLinkIsRefused() {
        SyncBundle b = read(good);
        List<SyncEntry> entries = new ArrayList<>(b.entries());
        entries.remove(entries.size() - 2);
        assertRefused(signed("link", with(b, entries)), "does not follow from the entry before it");
    }

    @Test
    void anEntryThatDoesNotMatchItsHashIsRefused() {
        SyncBundle b = read(good);
        List<SyncEntry> entries = new ArrayList<>(b.entries());
        SyncEntry last = entries.remove(entries.size() - 1);
        entries.add(new SyncEntry(last.entry(), last.body().replace(":300:", ":3000:")));
        assertRefused(signed("changed", with(b, entries)), "does not match its hash");
    }

    @Test
    void aForkIsRefusedRecordedAndShown() {
        Offices.importFile(alm, good);
        SyncBundle b = read(good);
        List<SyncEntry> entries = new ArrayList<>(b.entries());
        SyncEntry last = entries.remove(entries.size() - 1);
        JournalEntry e = last.entry();
        EntryContent other = new ExchangePosted(new Exchange(UUID.randomUUID(), LocalDate.of(2026, 11, 23),
                List.of(TestLedger.leg("ALM-0003", "AST-0001", 2)), null, null, null));
        JournalEntry forked = new JournalEntry(e.seq(), e.office(), e.kind(), e.recordedAt(), e.prevHash(),
                Journal.hash(e.prevHash(), e.seq(), e.office(), e.recordedAt(), other));
        entries.add(new SyncEntry(forked, Journal.encode(other)));

        assertRefused(signed("fork", with(b, entries)), "holds another entry " + e.seq() + " of office AST",
                "sync forks");
        CliRun forks = ok(alm.command("sync", "forks"));
        assertThat(forks.out()).contains("office AST entry " + e.seq(), e.hash().hex(), forked.hash().hex());
        assertThat(ok(alm.command("sync", "status")).out()).contains("1 fork(s)");
    }

    @Test
    void entriesAfterAGapWaitAndTheGapIsNamedUntilAFileFillsIt() {
        SyncBundle b = read(good);
        List<SyncEntry> later = new ArrayList<>(b.entries().subList(2, b.entries().size()));
        Path file = signed("later", with(b, later));
        String before = Offices.dump(alm);
        CliRun run = ok(alm.command("sync", "import", "--dry-run", file.toString()));
        assertThat(run.out()).contains("Would add 0 entries", "Entries 1-2 from office AST are missing");
        ok(alm.command("sync", "import", file.toString()));
        assertThat(Offices.dump(alm)).isEqualTo(before);

        // The good file, arriving after, fills the gap: both offices then hold the same books.
        ok(alm.command("sync", "import", good.toString()));
        ok(alm.command("sync", "import", file.toString()));
        try (TestLedger reopened = TestLedger.reopen(alm.path)) {
            assertThat(Offices.dump(reopened)).isEqualTo(Offices.dump(ast));
            ok(reopened.command("verify"));
        }
    }

    private SyncBundle read(Path file) {
        return Wiring.syncFiles().read(file, Offices.key(alm).ca());
    }

    /** The file with other entries, and AST's head signed again over its last one, as a dishonest AST would. */
    private SyncBundle with(SyncBundle b, List<SyncEntry> entries) {
        JournalEntry last = entries.stream().map(SyncEntry::entry).filter(e -> e.office().equals("AST"))
                .reduce((x, y) -> y).orElseThrow();
        List<SignedHead> heads = new ArrayList<>(b.heads().stream().filter(h -> !h.office().equals("AST")).toList());
        heads.add(Wiring.syncFiles().signHead(b.coop(), last, b.created(), Offices.key(ast)));
        return new SyncBundle(b.format(), b.coop(), b.from(), b.to(), b.created(), b.acks(), entries, heads,
                b.certificates());
    }

    /** A file signed by AST, as a dishonest or broken AST would send it. */
    private Path signed(String name, SyncBundle bundle) {
        Path file = dir.resolve(name + ".poruka-sync");
        Wiring.syncFiles().write(file, bundle, Offices.key(ast));
        return file;
    }

    /** The same archive with its content changed and the signature left as it was. */
    private Path rezip(Path file, UnaryOperator<String> content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry z; (z = in.getNextEntry()) != null;) {
                byte[] data = in.readAllBytes();
                if (z.getName().equals("sync.jsonl")) {
                    data = content.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(z.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return Files.write(dir.resolve("changed.poruka-sync"), bytes.toByteArray());
    }
}
