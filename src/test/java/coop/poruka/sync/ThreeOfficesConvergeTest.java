package coop.poruka.sync;

import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.AddMember;
import coop.poruka.app.ChangeMember;
import coop.poruka.app.CreditConflicts;
import coop.poruka.app.DecideClaim;
import coop.poruka.app.EndGuarantee;
import coop.poruka.app.ExportSync;
import coop.poruka.app.FileClaim;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.app.GuarantorQueries;
import coop.poruka.app.ImportSync;
import coop.poruka.app.MoveDeposit;
import coop.poruka.app.Queries;
import coop.poruka.app.RecordExchange;
import coop.poruka.app.ReverseExchange;
import coop.poruka.app.SetRules;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.office.OfficeKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three offices do seeded random work (members added and edited, exchanges with chains and
 * reversals, guarantees, deposits, claims and votes) and swap files in random order, some twice,
 * entries of one office relayed by another; in the end all three hold the same books and verify
 * passes everywhere.
 */
class ThreeOfficesConvergeTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    @TempDir
    Path dir;

    /** A clock the test moves on; offices' clocks are set apart, some behind the others. */
    static final class TestClock extends Clock {
        Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One office as the test drives it. */
    static final class Office {
        final String code;
        final TestLedger ledger;
        final TestClock clock;
        final OfficeKey key;
        final List<UUID> mine = new ArrayList<>();
        int members;
        int files;

        Office(String code, TestLedger ledger, TestClock clock) {
            this.code = code;
            this.ledger = ledger;
            this.clock = clock;
            this.key = Offices.key(ledger);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void officesSwappingFilesInAnyOrderEndWithTheSameBooks(long seed) {
        Random random = new Random(seed);
        Offices offices = new Offices(dir);
        new SetRules(offices.founder.store, TestLedger.CLOCK).run(
                new SetRules.Change(0, 14, LimitRule.FIXED, 500_00L, "KZT", null), "general meeting", "rules of the co-op",
                LocalDate.of(2026, 11, 23));
        Instant start = Instant.parse("2026-11-23T10:05:00Z");
        List<Office> all = List.of(
                new Office("ALM", offices.founder, new TestClock(start)),
                new Office("AST", offices.join("AST", "Astana"), new TestClock(start.minus(Duration.ofMinutes(20)))),
                new Office("KAR", offices.join("KAR", "Karaganda"), new TestClock(start.plus(Duration.ofMinutes(7)))));
        try {
            for (int round = 0; round < 5; round++) {
                for (Office o : all) {
                    for (int i = 0; i < 6; i++) {
                        o.clock.now = o.clock.now.plusSeconds(1 + random.nextInt(90));
                        work(o, random);
                    }
                }
                for (int s = 0; s < 4; s++) {
                    Office from = all.get(random.nextInt(3));
                    Office to = all.get((all.indexOf(from) + 1 + random.nextInt(2)) % 3);
                    Path file = export(from, to, random.nextInt(5) == 0);
                    receive(to, file);
                    if (random.nextInt(4) == 0) {
                        receive(to, file); // the same file twice changes nothing
                    }
                }
            }
            // Everyone sends everyone what they lack, twice round: entries reach every office.
            for (int pass = 0; pass < 2; pass++) {
                for (Office from : all) {
                    for (Office to : all) {
                        if (from != to) {
                            receive(to, export(from, to, false));
                        }
                    }
                }
            }
            String books = books(all.get(0));
            assertThat(books).contains("ALM-0001");
            for (Office o : all) {
                assertThat(books(o)).as("books at %s", o.code).isEqualTo(books);
                ok(o.ledger.command("verify"));
            }
        } finally {
            all.get(1).ledger.close();
            all.get(2).ledger.close();
        }
    }

    /** One piece of random work at the office; refusals (a limit, a member who left) are part of the game. */
    private static void work(Office o, Random random) {
        TestLedger l = o.ledger;
        Clock clock = o.clock;
        List<String> codes = new Queries(l.store).members().stream().map(Member::code).toList();
        String a = codes.get(random.nextInt(codes.size()));
        String b = codes.get(random.nextInt(codes.size()));
        String c = codes.get(random.nextInt(codes.size()));
        try {
            switch (random.nextInt(10)) {
                case 0 -> new AddMember(l.store, clock).run(String.format("%s-%04d", o.code, 100 + ++o.members),
                        o.code + " member " + o.members, (20 + random.nextInt(80)) * 100L, null);
                case 1 -> new ChangeMember(l.store, clock).run(a, switch (random.nextInt(3)) {
                    case 0 -> new ChangeMember.Change("Renamed at " + o.code + " " + random.nextInt(100), null, null, null);
                    case 1 -> new ChangeMember.Change(null, null, (10 + random.nextInt(90)) * 100L, null);
                    default -> new ChangeMember.Change(null, random.nextInt(3) == 0 ? MemberStatus.SUSPENDED
                            : MemberStatus.ACTIVE, null, "+7 " + random.nextInt(1000));
                }, "edited at " + o.code);
                case 2, 3, 4 -> {
                    List<Leg> legs = new ArrayList<>();
                    legs.add(new Leg(a, b, (1 + random.nextInt(30)) * 100L, "goods"));
                    if (random.nextBoolean()) {
                        // A chain: a supplies b, b supplies c, c supplies a.
                        legs.add(new Leg(b, c, (1 + random.nextInt(30)) * 100L, "work"));
                        legs.add(new Leg(c, a, (1 + random.nextInt(30)) * 100L, "transport"));
                    }
                    PostedExchange p = new RecordExchange(l.store, clock)
                            .run(new RecordExchange.Request(null, null, legs, null)).posted();
                    o.mine.add(p.exchange().id());
                }
                case 5 -> {
                    if (!o.mine.isEmpty()) {
                        new ReverseExchange(l.store, clock).run(o.mine.get(random.nextInt(o.mine.size())), "mistake");
                    }
                }
                case 6 -> {
                    if (random.nextInt(3) == 0) {
                        new EndGuarantee(l.store, clock).run(a, b, "no longer vouches", null);
                    } else {
                        new GiveGuarantee(l.store, clock).run(a, b, (10 + random.nextInt(50)) * 100L, null);
                    }
                }
                case 7 -> new MoveDeposit(l.store, clock).run(new MoveDeposit.Request(a,
                        random.nextInt(4) == 0 ? DepositAction.RETURN : DepositAction.PLACE, (1 + random.nextInt(50)) * 1000L,
                        "KZT", "Bank " + o.code, null, null));
                case 8 -> {
                    if (!o.mine.isEmpty()) {
                        UUID x = o.mine.get(random.nextInt(o.mine.size()));
                        Leg leg = l.store.read(r -> r.exchange(x)).orElseThrow().exchange().legs().get(0);
                        new FileClaim(l.store, clock).run(new FileClaim.Request(leg.receiver(), leg.supplier(), x,
                                Math.max(100, leg.amount() / 2), "not delivered", false, null));
                    }
                }
                default -> {
                    List<Claim> open = new GuarantorQueries(l.store).claims().stream()
                            .filter(k -> !k.panel().isEmpty()).toList();
                    if (!open.isEmpty()) {
                        Claim k = open.get(random.nextInt(open.size()));
                        new DecideClaim(l.store, clock).vote(k.id(), k.panel().get(random.nextInt(k.panel().size())),
                                random.nextBoolean() ? 0 : Math.max(1, k.amount() / 2), null);
                    }
                }
            }
        } catch (LedgerException refused) {
            // refused with a reason, books unchanged: as at a real counter
        }
    }

    private static Path export(Office from, Office to, boolean all) {
        Path out = from.ledger.path.resolveSibling(from.code + "-" + ++from.files + ".poruka-sync");
        new ExportSync(from.ledger.store, Wiring.syncFiles(), from.clock).run(out, from.key,
                all ? new ExportSync.Scope.All() : new ExportSync.Scope.For(to.code));
        return out;
    }

    private static void receive(Office to, Path file) {
        new ImportSync(to.ledger.store, Wiring.syncFiles(), to.clock).run(file, to.key.ca());
        Offices.assertHeldAsEveryEntrySays(to.ledger);
    }

    /** The books as their content, the same at every office that holds the same entries. */
    private static String books(Office o) {
        TestLedger l = o.ledger;
        StringBuilder b = new StringBuilder(Offices.dump(l)).append('\n');
        new Queries(l.store).members().forEach(m -> b.append(m).append('\n'));
        GuarantorBook book = new GuarantorQueries(l.store).book();
        new Queries(l.store).members().forEach(m -> b.append(m.code()).append(" vouched for by ")
                .append(book.guarantorsOf(m.code())).append('\n'));
        new GuarantorQueries(l.store).deposits().forEach(d -> b.append(d).append('\n'));
        new GuarantorQueries(l.store).claims().stream().sorted((x, y) -> x.id().compareTo(y.id()))
                .forEach(k -> b.append(k.id()).append(' ').append(k.status()).append(" level ").append(k.level())
                        .append(" panel ").append(k.panel()).append(" votes ").append(k.votes()).append(" decided ")
                        .append(k.decidedAmount()).append('\n'));
        new CreditConflicts(l.store).all().forEach(k -> b.append(k).append('\n'));
        return b.toString();
    }
}
