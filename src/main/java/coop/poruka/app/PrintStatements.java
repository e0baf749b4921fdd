package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.document.Statement;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.CreditStanding;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.RegisterEntry;
import coop.poruka.domain.ledger.RegisterFilter;
import coop.poruka.domain.ledger.RegisterPage;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Prints members' monthly statements: one member's, or every member's of a month as one signed
 * file each (and, if asked, one combined file to print), reporting progress and stopping when
 * cancelled. A screen calls {@link #all} off its thread with a {@link Progress} of its own.
 */
public final class PrintStatements {
    private static final int PAGE = 500;

    private final LedgerStore store;
    private final Documents documents;
    private final Clock clock;
    /** The journal head at the end of each month asked for: found once for a whole batch. */
    private final Map<YearMonth, Optional<JournalEntry>> heads = new HashMap<>();
    /** The guarantor system as each month left it: also built once for a whole batch. */
    private final Map<YearMonth, GuarantorBook> books = new HashMap<>();

    public PrintStatements(LedgerStore store, Documents documents, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    /** What a batch wrote: each member's file, in member-code order, and the combined file or null. */
    public record Result(List<Path> files, Path combined) {}

    /** The file name of a member's statement: {@code statement-2026-10-ALM-0042.pdf}. */
    public static String fileName(YearMonth month, String memberCode) {
        return "statement-" + month + "-" + memberCode + ".pdf";
    }

    /** Writes one member's statement for {@code month} into {@code dir}; returns the file. */
    public Path one(String memberCode, YearMonth month, Path dir, Locale locale) {
        Statement s = read(Member.code(memberCode), month);
        Path file = folder(dir).resolve(fileName(month, s.member().code()));
        documents.statement(s, locale, file);
        return file;
    }

    /**
     * Writes the statement of every member who had joined by the end of {@code month} into
     * {@code dir}; with {@code combined}, also {@code statements-2026-10.pdf} with all of them to print.
     * When cancelled, the statements already written stay (each is complete and signed), including the
     * few that other cores were finishing meanwhile; every one of them is reported to {@code progress}.
     */
    public Result all(YearMonth month, Path dir, Locale locale, boolean combined, Progress progress) {
        checkMonth(month);
        // The whole month of every member in one read: a few scans instead of several queries per member.
        Month books = store.read(r -> new Month(r, month));
        List<String> codes = books.codes;
        Path folder = folder(dir);
        List<Path> files = new ArrayList<>(codes.size());
        progress.update(0, codes.size());
        // This thread reads each member's month from the books; the workers lay out and sign, which is
        // most of the cost. Files are reported done in member order, and at most a few run ahead.
        int workers = workers();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "statements");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Path>> running = new ArrayDeque<>();
        // Set on cancel or failure: a statement not yet started is then skipped (its result is null).
        AtomicBoolean stopping = new AtomicBoolean();
        try {
            for (String code : codes) {
                progress.checkCancelled();
                Path file = folder.resolve(fileName(month, code));
                Statement s = books.statement(code);
                if (files.isEmpty() && running.isEmpty()) {
                    // The first one here: a key opened when first needed asks for its password on this
                    // thread, once, and a wrong one stops the batch before any worker starts.
                    documents.statement(s, locale, file);
                    files.add(file);
                    progress.update(files.size(), codes.size());
                    continue;
                }
                running.add(pool.submit(() -> {
                    if (stopping.get()) {
                        return null;
                    }
                    documents.statement(s, locale, file);
                    return file;
                }));
                if (running.size() > workers) {
                    files.add(Workers.result(running.poll()));
                    progress.update(files.size(), codes.size());
                }
            }
            while (!running.isEmpty()) {
                files.add(Workers.result(running.poll()));
                progress.update(files.size(), codes.size());
            }
        } catch (Progress.Cancelled e) {
            // The statements other cores were writing finish whole and signed: they stay, so they are
            // reported too, and what the person is told matches the files in the folder.
            stop(pool, stopping);
            for (Future<Path> f : running) {
                Path written = Workers.result(f);
                if (written != null) {
                    files.add(written);
                    progress.update(files.size(), codes.size());
                }
            }
            throw e;
        } finally {
            // On failure too, the statements being written finish (each file appears whole or not at
            // all) and the rest are dropped.
            stop(pool, stopping);
        }
        Path all = null;
        if (combined && !files.isEmpty()) {
            progress.checkCancelled();
            all = folder.resolve("statements-" + month + ".pdf");
            documents.combine(files, all);
        }
        return new Result(files, all);
    }

    /**
     * The codes of the members whose statements {@link #all} writes for {@code month}, in the order it
     * writes them, so a screen can name the member being printed.
     */
    public List<String> members(YearMonth month) {
        checkMonth(month);
        return store.read(r -> {
            Books.settings(r);
            return printed(r.members(), monthEntries(r, month), month);
        });
    }

    /** Members who had joined by the month's end, and any who traded in it (dated back before joining). */
    private static List<String> printed(List<Member> members, List<RegisterEntry> entries, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Set<String> traded = new HashSet<>();
        for (RegisterEntry e : entries) {
            e.exchange().legs().forEach(l -> {
                traded.add(l.supplier());
                traded.add(l.receiver());
            });
        }
        return members.stream().filter(m -> !m.joined().isAfter(end) || traded.contains(m.code()))
                .map(Member::code).toList();
    }

    private static List<RegisterEntry> monthEntries(LedgerReader r, YearMonth month) {
        return entries(r, new RegisterFilter(month.atDay(1), month.atEndOfMonth(), null, null));
    }

    /**
     * Everything a batch's statements are made from, read in one transaction: every member, their
     * balances as the month began, the month's exchanges grouped by member, the journal head and the
     * guarantor system at the month's end. Each statement is then put together in memory, the same
     * way {@link #read} puts one together from its own queries.
     */
    private final class Month {
        final YearMonth month;
        final CoopSettings coop;
        final List<String> codes;
        final Map<String, Member> members = new HashMap<>();
        final Map<String, Long> opening;
        final Map<String, List<RegisterEntry>> entries = new HashMap<>();
        final JournalEntry head;
        final GuarantorBook book;

        Month(LedgerReader r, YearMonth month) {
            this.month = month;
            coop = Books.settings(r);
            List<Member> all = r.members();
            all.forEach(m -> members.put(m.code(), m));
            List<RegisterEntry> traded = monthEntries(r, month);
            codes = printed(all, traded, month);
            opening = r.balancesBefore(month.atDay(1));
            for (RegisterEntry e : traded) {
                Set<String> in = new HashSet<>();
                for (Leg leg : e.exchange().legs()) {
                    in.add(leg.supplier());
                    in.add(leg.receiver());
                }
                in.forEach(code -> entries.computeIfAbsent(code, c -> new ArrayList<>()).add(e));
            }
            head = head(r, month);
            book = book(r, month, coop);
        }

        Statement statement(String code) {
            Member member = members.get(code);
            if (member == null) {
                throw new LedgerException("member.unknown", code);
            }
            return compose(member, month, coop, opening.getOrDefault(code, 0L),
                    new ArrayList<>(entries.getOrDefault(code, List.of())), codes -> lookUp(members, codes), head, book);
        }
    }

    private static Map<String, Member> lookUp(Map<String, Member> members, Set<String> codes) {
        Map<String, Member> found = new HashMap<>();
        for (String c : codes) {
            Member m = members.get(c);
            if (m != null) {
                found.put(c, m);
            }
        }
        return found;
    }

    /** Both cores on this kind of machine; a few more on a larger one, where the books' reads start to limit. */
    private static int workers() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static void stop(ExecutorService pool, AtomicBoolean stopping) {
        stopping.set(true);
        pool.shutdown();
        awaitQuietly(pool);
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A member's statement for {@code month}, read in one transaction so it is consistent. */
    public Statement read(String memberCode, YearMonth month) {
        checkMonth(month);
        return store.read(r -> statement(r, memberCode, month, Books.settings(r)));
    }

    private Statement statement(LedgerReader r, String code, YearMonth month, CoopSettings coop) {
        Member member = r.member(code).orElseThrow(() -> new LedgerException("member.unknown", code));
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        long opening = r.dailyNet(code).headMap(start).values().stream().mapToLong(Long::longValue).sum();
        List<RegisterEntry> entries = entries(r, new RegisterFilter(start, end, code, null));
        return compose(member, month, coop, opening, entries, r::members, head(r, month), book(r, month, coop));
    }

    private JournalEntry head(LedgerReader r, YearMonth month) {
        return heads.computeIfAbsent(month, m -> r.headAt(endOf(m))).orElse(null);
    }

    private GuarantorBook book(LedgerReader r, YearMonth month, CoopSettings coop) {
        return books.computeIfAbsent(month, m -> bookAt(r, m.atEndOfMonth(), coop.unit().decimals()));
    }

    /**
     * A member's statement from what was read for it: the balance the month opened with, the month's
     * exchanges the member took part in (any order), and a way to look members up by code.
     */
    private Statement compose(Member member, YearMonth month, CoopSettings coop, long opening,
            List<RegisterEntry> entries, java.util.function.Function<Set<String>, Map<String, Member>> lookUp,
            JournalEntry head, GuarantorBook book) {
        String code = member.code();
        // Oldest first, in the order the postings took effect: by value date, then as journaled.
        entries.sort(Comparator.comparing((RegisterEntry e) -> e.exchange().valueDate())
                .thenComparingLong(e -> e.posted().seq()));
        Set<String> others = new HashSet<>();
        for (RegisterEntry e : entries) {
            for (Leg leg : e.exchange().legs()) {
                others.add(leg.supplier());
                others.add(leg.receiver());
            }
        }
        Map<String, Member> names = lookUp.apply(others);
        List<Statement.Posting> postings = new ArrayList<>();
        long balance = opening;
        for (RegisterEntry e : entries) {
            Exchange x = e.exchange();
            for (Leg leg : x.legs()) {
                boolean supplied = leg.supplier().equals(code);
                if (!supplied && !leg.receiver().equals(code)) {
                    continue;
                }
                String other = supplied ? leg.receiver() : leg.supplier();
                balance = Math.addExact(balance, supplied ? leg.amount() : -leg.amount());
                Member m = names.get(other);
                postings.add(new Statement.Posting(x.valueDate(), x.id(), other, m == null ? other : m.name(),
                        leg.memo(), supplied ? 0 : leg.amount(), supplied ? leg.amount() : 0, balance, x.reverses(),
                        x.reason(), e.reversedBy()));
            }
        }
        // Recorded after the month ended, by time: the head's number is a place in this office's
        // chain, the postings' numbers are where this ledger stored them, which differ once files come in.
        Instant ended = endOf(month);
        PostedExchange later = entries.stream().map(RegisterEntry::posted).filter(p -> p.recordedAt().isAfter(ended))
                .max(Comparator.comparing(PostedExchange::recordedAt).thenComparingLong(PostedExchange::seq))
                .orElse(null);
        return new Statement(coop, member, month, opening, postings, balance, security(book, member, coop.unit(), lookUp),
                head, later, clock.instant(), clock.getZone());
    }

    /**
     * The member's place in the guarantor system as the month left it (only entries recorded by its
     * end count, so a statement of a past month reads the same whenever it is printed again).
     */
    private static Statement.Security security(GuarantorBook book, Member member, Unit unit,
            java.util.function.Function<Set<String>, Map<String, Member>> lookUp) {
        String code = member.code();
        List<Statement.Line> deposits = new ArrayList<>();
        book.depositsOf(code).stream().filter(d -> d.held() > 0).forEach(d -> deposits.add(new Statement.Line(d.currency(),
                d.heldAt(), d.description() == null ? "" : d.description(), d.held(),
                new Unit(d.currency(), d.currency(), CoopRules.currencyDecimals(d.currency())))));
        List<Guarantee> given = book.vouchedBy(code);
        List<Guarantee> received = book.guarantorsOf(code);
        List<Claim> claims = book.claims().stream()
                .filter(c -> (c.respondent().equals(code) || c.claimant().equals(code))
                        && (c.status().isOpen() || c.outstanding() > 0))
                .toList();
        Set<String> others = new HashSet<>();
        given.forEach(g -> others.add(g.member()));
        received.forEach(g -> others.add(g.guarantor()));
        claims.forEach(c -> others.add(c.respondent().equals(code) ? c.claimant() : c.respondent()));
        Map<String, Member> names = others.isEmpty() ? Map.of() : lookUp.apply(others);
        java.util.function.Function<String, String> name = c -> names.containsKey(c) ? names.get(c).name() : c;
        List<Statement.Line> givenLines = given.stream().map(g -> new Statement.Line(g.member(), name.apply(g.member()),
                g.since(), "", g.cap(), unit)).toList();
        List<Statement.Line> receivedLines = received.stream().map(g -> new Statement.Line(g.guarantor(),
                name.apply(g.guarantor()), g.since(), "", g.cap(), unit)).toList();
        List<Statement.Line> claimLines = claims.stream().map(c -> {
            String other = c.respondent().equals(code) ? c.claimant() : c.respondent();
            // An arrow for the direction: a claim against the member, or one the member filed.
            String what = (c.respondent().equals(code) ? "\u2190" : "\u2192") + (c.text() == null ? "" : " " + c.text());
            return new Statement.Line(other, name.apply(other), c.filed(), what,
                    c.outstanding() > 0 ? c.outstanding() : c.amount(), unit);
        }).toList();
        return new Statement.Security(deposits, givenLines, receivedLines, claimLines, CreditStanding.of(member, book));
    }

    /**
     * The guarantor system as it stood on {@code end}: its entries dated up to that day, in journal
     * order, like the postings a statement shows by value date. A step of a claim filed after that
     * day is left out with the claim.
     */
    static GuarantorBook bookAt(LedgerReader r, LocalDate end, int decimals) {
        GuarantorBook book = new GuarantorBook(decimals);
        Set<java.util.UUID> filed = new HashSet<>();
        for (EntryContent c : r.guarantorEntries()) {
            if (dated(c).isAfter(end)) {
                continue;
            }
            if (c instanceof EntryContent.ClaimEvent e && !filed.contains(e.claim())) {
                if (e.action() != coop.poruka.domain.guarantee.ClaimAction.FILE) {
                    continue;
                }
                filed.add(e.claim());
            }
            book.apply(c);
        }
        return book;
    }

    private static LocalDate dated(EntryContent c) {
        if (c instanceof EntryContent.GuaranteeChange g) {
            return g.date();
        } else if (c instanceof EntryContent.RulesChange x) {
            return x.decidedOn();
        } else if (c instanceof EntryContent.DepositMovement d) {
            return d.date();
        } else if (c instanceof EntryContent.ClaimEvent e) {
            return e.date();
        }
        return LocalDate.MIN;
    }

    /** Every register entry the filter matches, reading page by page. */
    static List<RegisterEntry> entries(LedgerReader r, RegisterFilter filter) {
        List<RegisterEntry> all = new ArrayList<>();
        long before = Long.MAX_VALUE;
        do {
            RegisterPage page = r.register(filter, before, PAGE);
            all.addAll(page.entries());
            before = page.next();
        } while (before > 0);
        return all;
    }

    /** The last moment of the month in the office's time zone. */
    Instant endOf(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1000);
    }

    /** A month that has not begun has no statement yet. */
    void checkMonth(YearMonth month) {
        YearMonth now = YearMonth.now(clock);
        if (month.isAfter(now)) {
            throw new LedgerException("statement.futureMonth", month.toString(), now.toString());
        }
    }

    static Path folder(Path dir) {
        try {
            return Files.createDirectories(dir.toAbsolutePath());
        } catch (IOException e) {
            throw new LedgerException(e, "document.cannotWrite", dir.toAbsolutePath(), e.getMessage());
        }
    }
}
