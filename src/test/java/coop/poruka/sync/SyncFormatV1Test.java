package coop.poruka.sync;

import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.SyncBundle;
import coop.poruka.domain.ledger.SyncEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync file of format version 1, made by the program of that version (src/test/resources/sync/):
 * the founding office ALM of the co-op "Ak Bulak" exported everything (10 entries: settings, three
 * members, two exchanges and a reversal, rules, a guarantee and a deposit). With it lie the co-op
 * CA and the keystore of a second office, AST, whose certificate ALM issued. Later programs must
 * still read such files.
 */
class SyncFormatV1Test {
    static final String FILE = "v1-alm-all.poruka-sync";
    static final String HEAD = "ALM 10";
    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = SyncFormatV1Test.class.getResourceAsStream("/sync/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void aVersionOneFileIsReadWithItsSignatureHashesAndEntries() throws IOException {
        List<X509Certificate> ca = Wiring.identity().readCertificates(resource("v1-coop-ca.pem"));
        SyncBundle bundle = Wiring.syncFiles().read(resource(FILE), ca.get(0));
        assertThat(bundle.format()).isEqualTo(1);
        assertThat(bundle.from()).isEqualTo("ALM");
        assertThat(bundle.to()).isEqualTo(SyncBundle.ANY_OFFICE);
        assertThat(bundle.entries()).hasSize(10);
        assertThat(bundle.entries().stream().map(e -> e.entry().kind()).toList()).containsExactly(EntryKind.SETTINGS,
                EntryKind.MEMBER, EntryKind.MEMBER, EntryKind.MEMBER, EntryKind.EXCHANGE, EntryKind.EXCHANGE,
                EntryKind.EXCHANGE, EntryKind.GUARANTEE, EntryKind.RULES, EntryKind.DEPOSIT);
        SyncEntry second = bundle.entries().get(1);
        assertThat(second.body()).contains("name=Айгерим Қасымова\n");
        assertThat(bundle.ranges().get("ALM")).containsExactly(1, 10);
        assertThat(bundle.acks()).containsEntry("ALM", 10L);
    }

    @Test
    void aNewOfficeJoinsFromAVersionOneFileAndVerifyPasses() throws IOException {
        Path keystore = resource("v1-ast.office.p12");
        Path file = resource(FILE);
        Path ledger = dir.resolve("ast.mv.db");
        TestLedger.CliRun run = ok(TestLedger.cli("join", "--db", ledger.toString(), "--keystore", keystore.toString(),
                "--from", file.toString()));
        assertThat(run.out()).contains("Added 10 entries from the file of office ALM");
        try (TestLedger ast = TestLedger.reopen(ledger)) {
            assertThat(ast.balances()).containsEntry("ALM-0001", 1200L).containsEntry("ALM-0002", -1200L)
                    .containsEntry("ALM-0003", 0L);
            java.util.Map<String, Long> held = ast.store.read(r -> r.heldByOffice());
            assertThat(held).containsEntry("ALM", 10L).containsEntry("AST", 1L);
            ok(ast.command("verify"));
        }
    }
}
