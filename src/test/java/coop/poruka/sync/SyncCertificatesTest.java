package coop.poruka.sync;

import static coop.poruka.sync.Offices.export;
import static coop.poruka.sync.Offices.importFile;
import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.domain.ledger.SignedHead;
import coop.poruka.domain.ledger.SyncBundle;
import coop.poruka.domain.ledger.SyncCertificate;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office certificates travel with the heads they check, so an office that joined through another
 * is checked by offices it never sent a file to; and a signed head checks out with stock OpenSSL.
 */
class SyncCertificatesTest {
    @TempDir
    Path dir;

    @Test
    void anOfficeThatJoinedThroughAnotherIsCheckedByOfficesItNeverSentAFileTo() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana"); TestLedger shy = offices.joinVia(ast, "SHY", "Shymkent")) {
            shy.member("SHY-0001", "Dana Seitova", 30);
            shy.post(TestLedger.leg("SHY-0001", "ALM-0002", 6));
            importFile(ast, export(shy, "AST", "shy-1"));
            Path relayed = export(ast, "ALM", "ast-1");

            assertThat(importFile(alm, relayed).offices().get("SHY").added()).isEqualTo(3);
            Map<String, SignedHead> heads = alm.store.read(r -> r.signedHeads());
            SyncCertificate shyCertificate = alm.store.read(r -> r.officeCertificate(heads.get("SHY").certificate()))
                    .orElseThrow();
            assertThat(shyCertificate.office()).isEqualTo("SHY");
            assertThat(shyCertificate.der()).isEqualTo(Offices.certificate(shy));
            assertThat(alm.balances()).containsEntry("SHY-0001", 600L);

            // ALM passes SHY's entries on to an office that joins later still: SHY's signature and certificate go with them.
            try (TestLedger kar = offices.join("KAR", "Karaganda")) {
                Map<String, Long> held = kar.store.read(r -> r.heldByOffice());
                assertThat(held).containsEntry("SHY", 3L);
                assertThat(Offices.dump(kar).lines().filter(l -> l.startsWith("SHY:")).toList())
                        .isEqualTo(Offices.dump(alm).lines().filter(l -> l.startsWith("SHY:")).toList());
                ok(kar.command("verify"));
            }
            ok(alm.command("verify"));
        }
    }

    @Test
    void opensslChecksASignedHeadAsTheFormatDescribesIt() throws java.io.IOException {
        Offices offices = new Offices(dir);
        Path file = dir.resolve("all.poruka-sync");
        ok(offices.founder.command("sync", "export", "--all", "--out", file.toString()));
        SyncBundle b = Wiring.syncFiles().read(file, Offices.key(offices.founder).ca());
        SignedHead head = b.heads().get(0);
        // Written from the words of docs/sync-format.md, not from the program's own code.
        String text = "poruka-head\ncoop=" + b.coop() + "\noffice=" + head.office() + "\nseq=" + head.seq()
                + "\nhash=" + head.hash().hex() + "\nat=" + head.signedAt() + "\n";
        Path signedText = java.nio.file.Files.writeString(dir.resolve("head.txt"), text);
        Path signature = java.nio.file.Files.write(dir.resolve("sig.der"), head.signature());
        Path pem = dir.resolve("office.pem");
        ok(offices.founder.command("office", "export-cert", "--out", pem.toString()));
        Path pub = dir.resolve("pub.pem");
        java.nio.file.Files.writeString(pub, coop.poruka.report.Poppler.run("openssl", "x509", "-pubkey", "-noout",
                "-in", pem.toString()));
        assertThat(coop.poruka.report.Poppler.run("openssl", "dgst", "-sha256", "-verify", pub.toString(),
                "-signature", signature.toString(), signedText.toString())).contains("Verified OK");
        assertThat(head.certificate()).isEqualTo(new SyncCertificate("ALM", Offices.certificate(offices.founder))
                .fingerprint());
    }

}
