package coop.poruka.cli;

import coop.poruka.domain.document.SignatureCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify-pdf", mixinStandardHelpOptions = true, description = {
    "Check the signature of a document: whether it is valid, who signed it and when.",
    "With --ca, also whether the signer's certificate was issued by that co-op CA. Exits 1 when not valid."})
final class VerifyPdfCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "The PDF file.")
    Path file;
    @Option(names = "--ca", paramLabel = "FILE.pem", description = "The co-op CA certificate to trust (from 'poruka office export-ca').")
    Path ca;

    VerifyPdfCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<X509Certificate> trusted = ca == null ? List.of() : ctx.identity().readCertificates(ca);
        SignatureCheck c = ctx.documents().verify(file, trusted);
        if (!c.valid()) {
            throw new CommandFailed(file + ": NOT VALID, " + c.problem() + ".");
        }
        if (ca != null && !c.trusted()) {
            throw new CommandFailed(file + ": NOT TRUSTED, the signature is intact but " + c.signer()
                    + " was not certified by the co-op CA in " + ca + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + ": valid" + (ca != null ? ", signed by an office of the co-op CA" : ""));
        out.println("  signed by " + c.signer());
        out.println("  signed at " + c.signedAt());
        if (c.reason() != null) {
            out.println("  reason    " + c.reason());
        }
        if (c.location() != null) {
            out.println("  location  " + c.location());
        }
        return 0;
    }
}
