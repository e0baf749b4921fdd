package coop.poruka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.report.Poppler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The founding office makes the co-op CA, a second office requests its certificate and takes in
 * the answer; every file is checked by openssl as anyone outside the co-op would.
 */
class OfficeCommandTest {
    @TempDir
    static Path dir;
    static TestLedger ledger;
    static Path keystore;
    static Path ca;

    @BeforeAll
    static void foundingOffice() {
        ledger = TestLedger.create(dir);
        CliRun run = ledger.command("office", "ca-init");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        keystore = dir.resolve("ledger.office.p12");
        ca = dir.resolve("ca.pem");
        assertThat(ledger.command("office", "export-ca", "--out", ca.toString()).code()).isZero();
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static String openssl(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        return Poppler.run(command);
    }

    @Test
    void caInitMakesAKeystoreBesideTheLedgerWhoseCaOpensslReadsAsACertificateAuthority() {
        assertThat(keystore).exists();
        String text = openssl("x509", "-in", ca.toString(), "-noout", "-text", "-nameopt", "utf8");
        assertThat(text).contains("CA:TRUE", "Ak Bulak Co-op co-op CA", "ecdsa-with-SHA256");
        // The keystore is a real PKCS#12 file that opens with the password and only with it.
        assertThat(openssl("pkcs12", "-in", keystore.toString(), "-nokeys", "-passin", "pass:" + TestLedger.PASSWORD))
                .contains("BEGIN CERTIFICATE");
    }

    @Test
    void founderCertificateVerifiesAgainstTheExportedCa() {
        Path cert = dir.resolve("founder.pem");
        CliRun run = ledger.command("office", "export-cert", "--out", cert.toString());
        assertThat(run.code()).isZero();
        assertThat(openssl("verify", "-CAfile", ca.toString(), cert.toString())).contains(": OK");
        assertThat(openssl("x509", "-in", cert.toString(), "-noout", "-subject", "-nameopt", "utf8,sep_comma_plus"))
                .contains("O=Ak Bulak Co-op", "OU=ALM", "CN=Almaty");
    }

    @Test
    void secondOfficeRequestsIsIssuedAndAcceptsACertificateOpensslVerifies() throws IOException {
        Path other = dir.resolve("astana");
        Files.createDirectories(other);
        Path otherKeystore = other.resolve("astana.p12");
        Path csr = other.resolve("ast.csr");
        CliRun request = TestLedger.cli("office", "request", "--keystore", otherKeystore.toString(), "--office", "ast",
                "--office-name", "Астана Қаласы", "--out", csr.toString());
        assertThat(request.err()).isEmpty();
        assertThat(request.code()).isZero();
        assertThat(openssl("req", "-in", csr.toString(), "-noout", "-text", "-verify", "-nameopt", "utf8"))
                .contains("OU=AST", "CN=Астана Қаласы");

        Path crt = dir.resolve("ast.crt");
        CliRun issue = ledger.command("office", "issue", "--request", csr.toString(), "--out", crt.toString());
        assertThat(issue.err()).isEmpty();
        assertThat(issue.code()).isZero();
        assertThat(openssl("verify", "-CAfile", ca.toString(), crt.toString())).contains(": OK");

        // Before the answer arrives the new office cannot sign; after it, its chain ends at the co-op CA.
        Path chain = other.resolve("chain.pem");
        assertThat(TestLedger.cli("office", "export-cert", "--keystore", otherKeystore.toString(), "--out",
                chain.toString()).err()).contains("has no office certificate yet");
        CliRun accept = TestLedger.cli("office", "accept", "--keystore", otherKeystore.toString(), "--certificate",
                crt.toString());
        assertThat(accept.err()).isEmpty();
        assertThat(accept.out()).contains("OU=AST", "Астана Қаласы");
        assertThat(TestLedger.cli("office", "export-cert", "--keystore", otherKeystore.toString(), "--out",
                chain.toString()).code()).isZero();
        assertThat(openssl("verify", "-CAfile", ca.toString(), chain.toString())).contains(": OK");
    }

    @Test
    void wrongPasswordIsOneSentenceAndLeavesTheKeystoreAsItWas() throws IOException {
        byte[] before = Files.readAllBytes(keystore);
        CliRun run = TestLedger.cli(TestLedger.cliContext("not the password"), "office", "export-ca", "--db",
                ledger.path.toString(), "--out", dir.resolve("x.pem").toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).isEqualTo("The keystore password is wrong; type it again "
                + "(or set PORUKA_KEYSTORE_PASSWORD to the right one).\n");
        assertThat(Files.readAllBytes(keystore)).isEqualTo(before);
        assertThat(dir.resolve("x.pem")).doesNotExist();
    }

    @Test
    void certificateForAnotherOfficesKeyIsRefused() throws IOException {
        Path other = Files.createDirectories(dir.resolve("two"));
        for (String code : new String[] {"SHY", "KAR"}) {
            assertThat(TestLedger.cli("office", "request", "--keystore", other.resolve(code + ".p12").toString(),
                    "--office", code, "--office-name", code, "--out", other.resolve(code + ".csr").toString()).code()).isZero();
        }
        ledger.command("office", "issue", "--request", other.resolve("SHY.csr").toString(), "--out",
                other.resolve("SHY.crt").toString());
        CliRun wrong = TestLedger.cli("office", "accept", "--keystore", other.resolve("KAR.p12").toString(),
                "--certificate", other.resolve("SHY.crt").toString());
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("was issued for another office's key").hasLineCount(1);
    }

    @Test
    void refusalsForAnExistingKeystoreAShortPasswordAndANonOfficeIssuerAreOneLineEach() throws IOException {
        CliRun again = ledger.command("office", "ca-init");
        assertThat(again.err()).startsWith("The keystore ").contains("already exists").hasLineCount(1);
        CliRun shortPassword = TestLedger.cli(TestLedger.cliContext("short"), "office", "request", "--keystore",
                dir.resolve("s.p12").toString(), "--office", "SHO", "--office-name", "S", "--out",
                dir.resolve("s.csr").toString());
        assertThat(shortPassword.err()).contains("at least 8 characters").hasLineCount(1);
        assertThat(dir.resolve("s.p12")).doesNotExist();
        assertThat(dir.resolve("s.csr")).doesNotExist();
        Path notCsr = ledger.file("junk.csr", "hello");
        CliRun junk = ledger.command("office", "issue", "--request", notCsr.toString(), "--out",
                dir.resolve("j.crt").toString());
        assertThat(junk.err()).contains("is not a valid certificate request").hasLineCount(1);
    }
}
