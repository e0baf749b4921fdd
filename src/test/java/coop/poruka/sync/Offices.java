package coop.poruka.sync;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.Wiring;
import coop.poruka.app.ImportSync;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.ledger.RecordedEntry;
import coop.poruka.domain.office.OfficeKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real offices of one co-op for sync tests: the founding office ALM (ledger and keystore with the
 * co-op CA), and offices that request, are issued and accept certificates, then join from a full
 * sync file of ALM, all through the commands a person would type.
 */
final class Offices {
    final Path dir;
    final TestLedger founder;

    Offices(Path dir) {
        this.dir = dir;
        this.founder = TestLedger.create(dir.resolve("alm"));
        assertThat(founder.command("office", "ca-init").code()).isZero();
        founder.member("ALM-0001", "Айгерим Қасымова", 100);
        founder.member("ALM-0002", "Ivan Petrov", 50);
        founder.member("ALM-0003", "Olga Öberg", 50);
        founder.post(TestLedger.leg("ALM-0001", "ALM-0002", 12));
    }

    /** A new office with its own keystore and ledger, started from a full file of the founder. */
    TestLedger join(String code, String name) {
        return joinVia(founder, code, name);
    }

    /**
     * A new office whose certificate the founder issues, started from a full file of {@code via}:
     * it may never receive a file from the founder directly.
     */
    TestLedger joinVia(TestLedger via, String code, String name) {
        Newcomer office = newcomer(via, code, name);
        ok(office.join(office.ledger()));
        return TestLedger.reopen(office.ledger());
    }

    /** An office ready to join: its keystore, the certificate the founder issued, a full file, where its ledger goes. */
    record Newcomer(Path keystore, Path certificate, Path full, Path ledger) {
        CliRun join(Path into) {
            return join(into, full);
        }

        CliRun join(Path into, Path from) {
            return TestLedger.cli("join", "--db", into.toString(), "--keystore", keystore.toString(), "--cert",
                    certificate.toString(), "--from", from.toString());
        }
    }

    /** An office that requested and was issued its certificate, with a full file of {@code via}, not yet joined. */
    Newcomer newcomer(TestLedger via, String code, String name) {
        Path home = dir.resolve(code.toLowerCase());
        mkdirs(home);
        Path keystore = home.resolve("ledger.office.p12");
        Path csr = home.resolve(code + ".csr");
        Path crt = home.resolve(code + ".crt");
        ok(TestLedger.cli("office", "request", "--keystore", keystore.toString(), "--office", code, "--office-name",
                name, "--out", csr.toString()));
        ok(founder.command("office", "issue", "--request", csr.toString(), "--out", crt.toString()));
        Path full = home.resolve("full.poruka-sync");
        ok(via.command("sync", "export", "--all", "--out", full.toString()));
        return new Newcomer(keystore, crt, full, home.resolve("ledger.mv.db"));
    }

    static CliRun ok(CliRun run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        return run;
    }

    /** Writes this office's sync file for {@code to} and returns it. */
    static Path export(TestLedger from, String to, String name) {
        Path out = from.path.resolveSibling(name + ".poruka-sync");
        ok(from.command("sync", "export", "--for", to, "--out", out.toString()));
        return out;
    }

    /**
     * Takes a file in through the office's own open ledger (as the desktop app does); the command
     * is tested on its own, on a ledger no one else has open.
     */
    static ImportSync.Preview importFile(TestLedger into, Path file) {
        return new ImportSync(into.store, Wiring.syncFiles(), TestLedger.CLOCK).run(file, key(into).ca());
    }

    static OfficeKey key(TestLedger office) {
        return Wiring.identity().open(OfficeCertificates.besideLedger(office.path), TestLedger.PASSWORD.toCharArray());
    }

    /** The office's certificate as DER bytes. */
    static byte[] certificate(TestLedger office) {
        try {
            return key(office).certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The books as their content: every entry (office, sequence number, hash) in chain order,
     * every balance, the forks. Storage order is left out: offices apply entries in different orders.
     */
    static String dump(TestLedger office) {
        List<String> entries = new ArrayList<>();
        office.store.read(r -> {
            r.scanJournal((RecordedEntry e) -> entries.add(e.entry().office() + ":" + e.entry().seq() + ":"
                    + e.entry().hash().hex()));
            return null;
        });
        entries.sort(null);
        Map<String, Long> balances = new TreeMap<>(office.balances());
        return String.join("\n", entries) + "\n" + balances;
    }

    /**
     * What the office holds of each office, as the store finds it from the ends of its indexes, is
     * what reading every entry says.
     */
    static void assertHeldAsEveryEntrySays(TestLedger office) {
        Map<String, Long> read = new TreeMap<>();
        office.store.read(r -> {
            r.scanJournal((RecordedEntry e) -> read.merge(e.entry().office(), e.entry().seq(), Math::max));
            return null;
        });
        Map<String, Long> held = office.store.read(r -> r.heldByOffice());
        assertThat(held).as("held by %s", office.path.getFileName()).isEqualTo(read);
    }

    static void mkdirs(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
