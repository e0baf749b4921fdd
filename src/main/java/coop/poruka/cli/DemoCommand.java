package coop.poruka.cli;

import coop.poruka.app.MakeDemo;
import coop.poruka.app.Progress;
import coop.poruka.app.demo.DemoCoop;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.app.DemoSecondOffice;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true, description = {
    "Create a demo co-op in a new ledger: members with Russian, Kazakh and English names and",
    "months of trades, swaps, chains and a few reversals up to today, all within the credit limits,",
    "a guarantor tree five levels deep, deposits, and claims at every stage.",
    "The same seed always makes the same co-op. With --second-office it also makes a second office",
    "that joins the co-op, records some work and writes a sync file of it for the first office."})
final class DemoCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--members", paramLabel = "N", defaultValue = "" + DemoPlan.DEFAULT_MEMBERS,
            description = "How many members (default: ${DEFAULT-VALUE}).")
    int members;
    @Option(names = "--months", paramLabel = "M", defaultValue = "" + DemoPlan.DEFAULT_MONTHS,
            description = "How many months of exchanges, ending today (default: ${DEFAULT-VALUE}).")
    int months;
    @Option(names = "--exchanges", paramLabel = "N",
            description = "How many exchanges (default: about three per member per month).")
    Long exchanges;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DemoPlan.DEFAULT_SEED,
            description = "Seed of the made-up data (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--second-office", paramLabel = "CODE",
            description = "Also make a second office of the co-op with this code (e.g. AST): the co-op CA and both "
                    + "offices' keystores (NAME.office.p12 beside each ledger), the second office's own ledger "
                    + "joined from the first, some work recorded there, and a sync file of that work.")
    String secondOffice;
    @Option(names = "--second-office-name", paramLabel = "NAME", description = "The second office's name (default: its code).")
    String secondOfficeName;
    @Option(names = "--second-db", paramLabel = "PATH", description = "The second office's new ledger (with --second-office).")
    Path secondDb;
    @Option(names = "--sync-out", paramLabel = "FILE",
            description = "The sync file the second office writes for the first (with --second-office).")
    Path syncOut;

    DemoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        // Checked before the ledger file is created, so a bad number leaves nothing behind.
        DemoPlan plan = DemoPlan.of(seed, members, months);
        if (exchanges != null) {
            plan = plan.withExchanges(exchanges);
        }
        char[] password = secondOffice == null ? null : checkSecondOffice();
        try (LedgerStore store = db.create(ctx)) {
            MakeDemo.Result r = new MakeDemo(store, ctx.clock()).run(plan, Progress.NONE);
            spec.commandLine().getOut().printf("Created the demo co-op %s (office %s) at %s: %d members, "
                    + "%d exchanges of which %d reversals; %d guarantees, %d deposits, %d claims.%n", r.settings().name(),
                    r.settings().officeCode(), store.location(), r.members(), r.exchanges(), r.reversals(),
                    r.guarantees(), r.deposits(), r.claims());
            if (password != null) {
                makeSecondOffice(store, password);
            }
        }
        return 0;
    }

    /** Refuses a second office that cannot be made before anything is created; returns the keystores' password. */
    private char[] checkSecondOffice() {
        if (secondDb == null || syncOut == null) {
            throw new LedgerException("demo.secondOfficeOptions");
        }
        if (CoopSettings.officeCode(secondOffice).equals(DemoCoop.OFFICE_CODE)) {
            throw new LedgerException("demo.secondOfficeSame", DemoCoop.OFFICE_CODE);
        }
        if (ctx.ledgers().exists(secondDb)) {
            throw new LedgerException("demo.notEmpty", ctx.ledgers().resolve(secondDb));
        }
        for (Path keystore : List.of(keystore(db.db), keystore(secondDb))) {
            if (Files.exists(keystore)) {
                throw new LedgerException("identity.exists", keystore);
            }
        }
        return ctx.password().get("Password of the two new office keystores", true);
    }

    private Path keystore(Path ledger) {
        return OfficeCertificates.besideLedger(ctx.ledgers().resolve(ledger));
    }

    private void makeSecondOffice(LedgerStore founder, char[] password) {
        String code = CoopSettings.officeCode(secondOffice);
        try (LedgerStore second = ctx.ledgers().open(secondDb, true)) {
            DemoSecondOffice.Result r = new DemoSecondOffice(ctx.identity(), ctx.syncFiles(), ctx.clock()).run(founder,
                    second, new DemoSecondOffice.Request(code, secondOfficeName == null ? code : secondOfficeName,
                            keystore(db.db), keystore(secondDb), password, syncOut, DemoSecondOffice.MEMBERS, seed));
            spec.commandLine().getOut().printf("Made office %s at %s (keystores %s and %s): %d members, %d exchanges; "
                    + "wrote %d entries for office %s to %s%n", code, second.location(), keystore(db.db),
                    keystore(secondDb), r.members(), r.exchanges(), r.written().entries(), founderCode(founder),
                    syncOut.toAbsolutePath());
        }
    }

    private static String founderCode(LedgerStore founder) {
        return founder.read(r -> r.settings().orElseThrow().officeCode());
    }
}
