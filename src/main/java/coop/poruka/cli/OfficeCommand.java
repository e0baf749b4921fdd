package coop.poruka.cli;

import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.office.OfficeCertificate;
import coop.poruka.domain.port.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "office", mixinStandardHelpOptions = true, description = {
    "The office's keys and certificates: the founding office keeps the co-op CA and issues every",
    "office's certificate; documents are signed with the office key. The keystore password is asked",
    "for, or read from PORUKA_KEYSTORE_PASSWORD."},
        subcommands = {OfficeCommand.CaInit.class, OfficeCommand.Request.class, OfficeCommand.Issue.class,
            OfficeCommand.Accept.class, OfficeCommand.ExportCa.class, OfficeCommand.ExportCertificate.class})
final class OfficeCommand {
    private OfficeCommand() {}

    static void describe(PrintWriter out, String what, OfficeCertificate c) {
        out.printf("%s: %s%n  issued by %s, serial %s%n  valid %s to %s%n  SHA-256 fingerprint %s%n", what,
                c.subject(), c.issuer(), c.serial(), c.notBefore(), c.notAfter(), c.fingerprint());
    }

    /** The shared parts of every office subcommand. */
    abstract static class Base implements Callable<Integer> {
        final CliContext ctx;
        @Spec
        CommandSpec spec;

        Base(CliContext ctx) {
            this.ctx = ctx;
        }

        OfficeCertificates certificates() {
            return new OfficeCertificates(ctx.identity(), ctx.clock());
        }

        char[] password(Path keystore, boolean isNew) {
            return ctx.password().get((isNew ? "New password for the keystore " : "Password of the keystore ")
                    + keystore, isNew);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "ca-init", mixinStandardHelpOptions = true,
            description = "Founding office: create the co-op CA and this office's certificate in a new keystore.")
    static final class CaInit extends Base {
        @Mixin
        DbOption db;
        @Mixin
        KeystoreOption keystore;

        CaInit(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                Path file = keystore.resolve(store);
                OfficeCertificate c = certificates().found(store, file, password(file, true));
                out().println("Created the keystore " + file.toAbsolutePath());
                describe(out(), "Office certificate", c);
            }
            return 0;
        }
    }

    @Command(name = "request", mixinStandardHelpOptions = true,
            description = "A new office: create its key pair in a new keystore and a certificate request to send to the founding office.")
    static final class Request extends Base {
        @Option(names = "--keystore", required = true, paramLabel = "FILE", description = "The new keystore (.p12).")
        Path keystore;
        @Option(names = "--office", required = true, paramLabel = "CODE", description = "The office code, e.g. AST.")
        String office;
        @Option(names = "--office-name", required = true, paramLabel = "NAME", description = "The office's name.")
        String officeName;
        @Option(names = "--out", required = true, paramLabel = "FILE.csr", description = "The request file to write.")
        Path out;

        Request(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            certificates().request(keystore, password(keystore, true), office, officeName, out);
            out().println("Wrote the certificate request " + out.toAbsolutePath()
                    + "; send it to the founding office and take in its answer with 'poruka office accept'.");
            return 0;
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Founding office: issue an office certificate for a request; send the file back.")
    static final class Issue extends Base {
        @Mixin
        DbOption db;
        @Mixin
        KeystoreOption keystore;
        @Option(names = "--request", required = true, paramLabel = "FILE.csr", description = "The office's request.")
        Path request;
        @Option(names = "--out", required = true, paramLabel = "FILE.crt", description = "The certificate file to write (PEM).")
        Path out;

        Issue(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                Path file = keystore.resolve(store);
                OfficeCertificate c = certificates().issue(store, file, password(file, false), request, out);
                out().println("Wrote the certificate " + out.toAbsolutePath());
                describe(out(), "Issued", c);
            }
            return 0;
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "A new office: take the certificate sent by the founding office into the keystore.")
    static final class Accept extends Base {
        @Option(names = "--keystore", required = true, paramLabel = "FILE", description = "The office keystore (.p12).")
        Path keystore;
        @Option(names = "--certificate", required = true, paramLabel = "FILE.crt", description = "The certificate file received.")
        Path certificate;

        Accept(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            OfficeCertificate c = certificates().accept(keystore, password(keystore, false), certificate);
            describe(out(), "Accepted", c);
            return 0;
        }
    }

    @Command(name = "export-ca", mixinStandardHelpOptions = true,
            description = "Write the co-op CA certificate as PEM, for anyone to check documents with.")
    static final class ExportCa extends Base {
        @Mixin
        DbOption db;
        @Mixin
        KeystoreOption keystore;
        @Option(names = "--out", required = true, paramLabel = "FILE.pem", description = "The file to write.")
        Path out;

        ExportCa(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            Path file = keystore.resolve(ctx, db);
            describe(out(), "Co-op CA", certificates().exportCa(file, password(file, false), out));
            return 0;
        }
    }

    @Command(name = "export-cert", mixinStandardHelpOptions = true,
            description = "Write this office's certificate and the co-op CA as PEM.")
    static final class ExportCertificate extends Base {
        @Mixin
        DbOption db;
        @Mixin
        KeystoreOption keystore;
        @Option(names = "--out", required = true, paramLabel = "FILE.pem", description = "The file to write.")
        Path out;

        ExportCertificate(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            Path file = keystore.resolve(ctx, db);
            describe(out(), "Office certificate", certificates().exportCertificate(file, password(file, false), out));
            return 0;
        }
    }
}
