package coop.poruka.cli;

import coop.poruka.app.AddMember;
import coop.poruka.app.ChangeMember;
import coop.poruka.app.Queries;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "member", mixinStandardHelpOptions = true, description = "Add, change and list members.",
        subcommands = {MemberCommand.Add.class, MemberCommand.Change.class, MemberCommand.ListMembers.class})
final class MemberCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Admit a member.")
    static final class Add implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--code", required = true, paramLabel = "CODE", description = "Member code, e.g. ALM-0042.")
        String code;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Name, in any script.")
        String name;
        @Option(names = "--limit", defaultValue = "0", paramLabel = "AMOUNT", description = "Credit limit (default: 0).")
        String limit;
        @Option(names = "--contact", paramLabel = "TEXT", description = "Phone, e-mail or address.")
        String contact;

        Add(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                int decimals = new Queries(store).settings().unit().decimals();
                Member m = new AddMember(store, ctx.clock()).run(code, name, Amounts.parse(limit, decimals), contact);
                spec.commandLine().getOut().println(m.code());
            }
            return 0;
        }
    }

    @Command(name = "change", mixinStandardHelpOptions = true, description = "Change a member's status, credit limit, name or contact, with a reason.")
    static final class Change implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--code", required = true, paramLabel = "CODE")
        String code;
        @Option(names = "--status", paramLabel = "STATUS", description = "active, suspended or left.")
        String status;
        @Option(names = "--limit", paramLabel = "AMOUNT")
        String limit;
        @Option(names = "--name", paramLabel = "NAME")
        String name;
        @Option(names = "--contact", paramLabel = "TEXT")
        String contact;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; kept in the journal.")
        String reason;

        Change(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            MemberStatus s = status == null ? null : parseStatus(status);
            try (LedgerStore store = db.open(ctx)) {
                int decimals = new Queries(store).settings().unit().decimals();
                Long l = limit == null ? null : Amounts.parse(limit, decimals);
                Member m = new ChangeMember(store, ctx.clock())
                        .run(code, new ChangeMember.Change(name, s, l, contact), reason);
                spec.commandLine().getOut().println(m.code() + " " + m.status().name().toLowerCase(Locale.ROOT));
            }
            return 0;
        }

        private static MemberStatus parseStatus(String s) {
            try {
                return MemberStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandFailed("The status \"" + s + "\" is not known; use active, suspended or left.");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List members with their standing.")
    static final class ListMembers implements Callable<Integer> {
        private final CliContext ctx;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--csv", description = "Print RFC 4180 CSV.")
        boolean csv;

        ListMembers(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (LedgerStore store = db.open(ctx)) {
                Queries q = new Queries(store);
                int d = q.settings().unit().decimals();
                Output o = new Output(List.of("code", "name", "status", "balance", "limit", "available", "joined", "contact"),
                        false, false, false, true, true, true);
                for (Member m : q.members()) {
                    o.row(m.code(), m.name(), m.status().name().toLowerCase(Locale.ROOT), Amounts.format(m.balance(), d),
                            Amounts.format(m.creditLimit(), d), Amounts.format(m.available(), d), m.joined().toString(),
                            m.contact() == null ? "" : m.contact());
                }
                o.print(spec.commandLine().getOut(), csv);
            }
            return 0;
        }
    }
}
