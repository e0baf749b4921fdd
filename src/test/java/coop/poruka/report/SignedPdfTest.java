package coop.poruka.report;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.app.PrintReceipt;
import coop.poruka.domain.ledger.PostedExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed documents checked by poppler's pdfsig (with and without the co-op CA in an NSS database)
 * and by 'poruka verify-pdf', before and after a byte is changed.
 */
class SignedPdfTest {
    @TempDir
    static Path dir;
    static TestLedger ledger;
    static Path receipt;
    static Path ca;
    static Path nss;

    @BeforeAll
    static void signedReceipt() {
        ledger = TestLedger.create(dir);
        ledger.foundOffice();
        ledger.member("ALM-0001", ReceiptPdfTest.KAZAKH, 100);
        ledger.member("ALM-0002", ReceiptPdfTest.SWEDISH, 100);
        PostedExchange p = ledger.post(leg("ALM-0001", "ALM-0002", 40));
        receipt = dir.resolve("receipt.pdf");
        new PrintReceipt(ledger.store, ledger.signedDocuments(), TestLedger.CLOCK).run(p.exchange().id(), receipt,
                Locale.ENGLISH);
        ca = dir.resolve("ca.pem");
        assertThat(ledger.command("office", "export-ca", "--out", ca.toString()).code()).isZero();
        // An NSS database that trusts the co-op CA, as a member's PDF reader would once told to.
        nss = dir.resolve("nss");
        Poppler.run("mkdir", "-p", nss.toString());
        Poppler.run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        Poppler.run("certutil", "-A", "-d", "sql:" + nss, "-n", "co-op CA", "-t", "CT,C,C", "-i", ca.toString());
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static Path tampered(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(receipt);
        // One bit a quarter into the file: inside the embedded font data, so the PDF still opens.
        bytes[bytes.length / 4] ^= 1;
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void pdfsigFindsTheReceiptSignatureValidAndCoveringTheWholeDocument() {
        String out = Poppler.run(false, "pdfsig", receipt.toString());
        assertThat(out).contains("Signature is Valid.", "Total document signed", "ETSI.CAdES.detached", "SHA-256",
                "Signer Certificate Common Name: Almaty");
    }

    @Test
    void withTheCoopCaInItsNssDatabasePdfsigTrustsTheOfficeCertificate() {
        String untrusted = Poppler.run(false, "pdfsig", receipt.toString());
        assertThat(untrusted).doesNotContain("Certificate is Trusted.");
        String trusted = Poppler.run(false, "pdfsig", "-nssdir", "sql:" + nss, receipt.toString());
        assertThat(trusted).contains("Signature is Valid.", "Certificate is Trusted.");
    }

    @Test
    void aByteChangedAfterSigningIsNotValidForPdfsigNorForVerifyPdf() throws IOException {
        Path bad = tampered("tampered.pdf");
        assertThat(Poppler.run(false, "pdfsig", bad.toString())).contains("Signature Validation: Digest Mismatch.")
                .doesNotContain("Signature is Valid.");
        CliRun run = TestLedger.cli("verify-pdf", bad.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("NOT VALID").hasLineCount(1);
    }

    @Test
    void verifyPdfNamesTheSignerTheTimeAndTrustWithTheCoopCa() {
        CliRun run = TestLedger.cli("verify-pdf", receipt.toString(), "--ca", ca.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("valid, signed by an office of the co-op CA", "CN=Almaty", "OU=ALM",
                "2026-11-23T10:00:00Z", "Almaty office (ALM)");
    }

    @Test
    void verifyPdfRefusesTrustForACaOfAnotherCoop() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        try (TestLedger stranger = TestLedger.create(other)) {
            stranger.foundOffice();
            Path strangerCa = other.resolve("ca.pem");
            stranger.command("office", "export-ca", "--out", strangerCa.toString());
            CliRun run = TestLedger.cli("verify-pdf", receipt.toString(), "--ca", strangerCa.toString());
            assertThat(run.code()).isNotZero();
            assertThat(run.err()).contains("NOT TRUSTED").hasLineCount(1);
        }
    }

    @Test
    void anUnsignedPdfIsReportedNotValid() {
        Path plain = dir.resolve("plain.pdf");
        new PrintReceipt(ledger.store, coop.poruka.Wiring.documents(), TestLedger.CLOCK)
                .run(ledger.post(leg("ALM-0002", "ALM-0001", 1)).exchange().id(), plain, Locale.ENGLISH);
        CliRun run = TestLedger.cli("verify-pdf", plain.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("NOT VALID, not signed");
    }
}
