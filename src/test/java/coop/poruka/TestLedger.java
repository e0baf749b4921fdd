package coop.poruka;

import coop.poruka.app.AddMember;
import coop.poruka.app.InitLedger;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.domain.port.Documents;
import coop.poruka.app.Queries;
import coop.poruka.app.RecordExchange;
import coop.poruka.cli.Cli;
import coop.poruka.cli.CliContext;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
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
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A real ledger file in a temporary folder, with short ways to fill and inspect it. */
public final class TestLedger implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Asia/Almaty"));

    public final Path path;
    public final LedgerStore store;

    private TestLedger(Path path, LedgerStore store) {
        this.path = path;
        this.store = store;
    }

    /** A new co-op (unit with 2 decimals) at dir/ledger.mv.db. */
    public static TestLedger create(Path dir) {
        return create(dir, new Unit("som-hour", "ꝏ", 2));
    }

    /** A new co-op counting in {@code unit} at dir/ledger.mv.db. */
    public static TestLedger create(Path dir, Unit unit) {
        Path path = dir.resolve("ledger.mv.db");
        LedgerStore store = Wiring.ledgers().open(path, true);
        new InitLedger(store, CLOCK).run(InitLedger.settings("Ak Bulak Co-op", unit, "ALM", "Almaty"));
        return new TestLedger(path, store);
    }

    /** Founds this office's identity (the co-op CA and the office certificate) in the keystore beside the ledger. */
    public Path foundOffice() {
        Path keystore = OfficeCertificates.besideLedger(path);
        new OfficeCertificates(Wiring.identity(), CLOCK).found(store, keystore, PASSWORD.toCharArray());
        return keystore;
    }

    /** The documents signed by this office (founded first with {@link #foundOffice}). */
    public Documents signedDocuments() {
        return new OfficeCertificates(Wiring.identity(), CLOCK).signing(Wiring.documents(),
                OfficeCertificates.besideLedger(path), PASSWORD.toCharArray());
    }

    public static TestLedger reopen(Path path) {
        return new TestLedger(path, Wiring.ledgers().open(path, false));
    }

    /** Adds a member; limit in whole units. */
    public Member member(String code, String name, long limitUnits) {
        return new AddMember(store, CLOCK).run(code, name, limitUnits * 100, null);
    }

    public PostedExchange post(UUID id, String override, Leg... legs) {
        return new RecordExchange(store, CLOCK).run(new RecordExchange.Request(id, null, List.of(legs), override)).posted();
    }

    public PostedExchange post(Leg... legs) {
        return post(null, null, legs);
    }

    /** An exchange valued on {@code date} (which may lie in a month before the clock's). */
    public PostedExchange postOn(java.time.LocalDate date, Leg... legs) {
        return new RecordExchange(store, CLOCK).run(new RecordExchange.Request(UUID.randomUUID(), date, List.of(legs),
                null)).posted();
    }

    /** A leg with the value in whole units. */
    public static Leg leg(String supplier, String receiver, long units) {
        return new Leg(supplier, receiver, units * 100, "");
    }

    public Map<String, Long> balances() {
        return new Queries(store).members().stream().collect(Collectors.toMap(Member::code, Member::balance));
    }

    public String head() {
        return new Queries(store).head().map(h -> h.hash().hex()).orElse("");
    }

    /** Writes a UTF-8 text file beside the ledger: the lines, each ended by "\n". */
    public Path file(String name, String... lines) {
        return file(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public Path file(String name, byte[] content) {
        try {
            return Files.write(path.resolveSibling(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keystore password the test commands type. */
    public static final String PASSWORD = "correct horse battery";

    public static CliContext cliContext() {
        return cliContext(PASSWORD);
    }

    /** Commands that are given {@code password} whenever they ask for the keystore's. */
    public static CliContext cliContext(String password) {
        return new CliContext(Wiring.ledgers(), CLOCK, (p, l, c, d, i) -> { }, Wiring.documents(), Wiring.identity(),
                (prompt, confirm) -> password.toCharArray(), Wiring.syncFiles());
    }

    /** Runs a command in this JVM. */
    public static CliRun cli(String... args) {
        return cli(cliContext(), args);
    }

    /** Runs a command in this JVM with the given context. */
    public static CliRun cli(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, context, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs a command on this ledger ({@code --db} is added). The test's own store stays open: H2
     * lets one process hold a file through several connections.
     */
    public CliRun command(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = path.toString();
        return cli(all);
    }

    public record CliRun(int code, String out, String err) {}

    @Override
    public void close() {
        store.close();
    }
}
