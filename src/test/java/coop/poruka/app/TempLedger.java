package coop.poruka.app;

import coop.poruka.Wiring;
import coop.poruka.cli.Cli;
import coop.poruka.cli.CliContext;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.port.LedgerStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real ledger file in a test's temporary directory, on a fixed clock, with helpers to write
 * input files and to run the command line against it. The store is opened on demand and closed
 * before a command runs, as a command opens the file itself.
 */
final class TempLedger implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);

    final Path dir;
    final Path db;
    private LedgerStore store;

    private TempLedger(Path dir) {
        this.dir = dir;
        this.db = dir.resolve("ledger");
    }

    /** A new co-op whose unit has two decimals. */
    static TempLedger create(Path dir) {
        return create(dir, new Unit("unit", "u", 2));
    }

    static TempLedger create(Path dir, Unit unit) {
        TempLedger l = new TempLedger(dir);
        new InitLedger(l.store(), CLOCK).run(InitLedger.settings("Almaty barter", unit, "ALM", "Almaty"));
        return l;
    }

    LedgerStore store() {
        if (store == null) {
            store = Wiring.ledgers().open(db, true);
        }
        return store;
    }

    /** Adds members: code, name and credit limit (such as "100"), three values per member. */
    TempLedger members(String... codeNameLimit) {
        AddMember add = new AddMember(store(), CLOCK);
        int decimals = new Queries(store()).settings().unit().decimals();
        for (int i = 0; i < codeNameLimit.length; i += 3) {
            add.run(codeNameLimit[i], codeNameLimit[i + 1], Amounts.parse(codeNameLimit[i + 2], decimals), null);
        }
        return this;
    }

    /** Every member's balance in minor units, by code. */
    Map<String, Long> balances() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Member m : new Queries(store()).members()) {
            out.put(m.code(), m.balance());
        }
        return out;
    }

    Hash head() {
        return new Queries(store()).head().map(JournalEntry::hash).orElse(Hash.ZERO);
    }

    /** Writes a UTF-8 file; lines are joined with "\n" and the file ends with one. */
    Path file(String name, String... lines) {
        return write(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a command printed and how it ended. */
    record Run(int exitCode, List<String> out, List<String> err) {}

    /** Runs {@code poruka ARGS --db <this ledger>} as a person would. */
    Run cli(String... args) {
        closeStore();
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all, new CliContext(Wiring.ledgers(), CLOCK, (p, l, c) -> {}), new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString().lines().toList(), err.toString().lines().toList());
    }

    private void closeStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @Override
    public void close() {
        closeStore();
    }
}
