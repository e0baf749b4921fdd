package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes the books as an hledger journal, so they can be checked and reported on with plain-text
 * accounting tools. Each member is the account {@code members:CODE}; each exchange is one
 * transaction whose legs post their value to the supplier and minus their value to the receiver,
 * so {@code hledger bal} of an account is the member's balance here. Exchanges are written in
 * journal order as they are read, never all held at once.
 */
public final class ExportHledger {
    public static final String ACCOUNT_PREFIX = "members:";
    private static final int PROGRESS_EVERY = 10_000;

    private final LedgerStore store;
    private final Clock clock;

    public ExportHledger(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record Result(long exchanges, long members) {}

    /**
     * Writes to a temporary file beside {@code out} and moves it into place at the end, so a
     * failed or cancelled export never leaves half a journal where a whole one is expected.
     */
    public Result run(Path out, Progress progress) {
        Path target = out.toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            throw new LedgerException("export.noFolder", target.getParent());
        }
        // Not Files.createTempFile: its file is readable by the owner only, and so would the export be.
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            Result result;
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                result = store.readSnapshot(r -> write(r, w, progress));
            }
            moveIntoPlace(temp, target);
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw new LedgerException(e, "export.cannotWrite", target, e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a stray temporary file is harmless; the export's own outcome is what matters
        }
    }

    private Result write(LedgerReader r, BufferedWriter out, Progress progress) {
        CoopSettings settings = Books.settings(r);
        String commodity = commodity(settings.unit().symbol());
        int decimals = settings.unit().decimals();
        long total = r.contentCounts().getOrDefault(EntryKind.EXCHANGE, 0L);
        Transactions transactions = new Transactions(out, commodity, decimals, progress, total);
        try {
            header(out, r, settings, commodity);
            long members = 0;
            for (Member m : r.members()) {
                out.write("account " + ACCOUNT_PREFIX + m.code() + "  ; " + m.name() + "\n");
                members++;
            }
            r.scanExchanges(transactions::write);
            out.flush();
            progress.update(transactions.written, total);
            return new Result(transactions.written, members);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(BufferedWriter out, LedgerReader r, CoopSettings s, String commodity) throws IOException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String head = r.head().map(JournalEntry::seq).map(String::valueOf).orElse("0");
        String hash = r.head().map(e -> e.hash().hex()).orElse("-");
        out.write("; Books of " + s.name() + ", kept by office " + s.officeCode() + " (" + s.officeName()
                + "), exported by Poruka " + now + ".\n");
        out.write("; Journal head: entry " + head + ", hash " + hash + ".\n");
        out.write("; Each leg posts its value to the supplier and minus its value to the receiver,\n");
        out.write("; so an account's total is the member's balance: positive means they supplied more.\n\n");
        // Explicit, so that 1.000 with three decimals is never read as one thousand.
        out.write("decimal-mark .\n");
        out.write("commodity " + Amounts.format(1000 * pow10(s.unit().decimals()), s.unit().decimals())
                + (s.unit().decimals() == 0 ? "." : "") + " " + commodity + "  ; " + s.unit().name() + "\n\n");
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** The symbol in double quotes, which hledger accepts for any symbol except one holding a quote. */
    static String commodity(String symbol) {
        if (symbol.indexOf('"') >= 0) {
            throw new LedgerException("export.badSymbol", symbol);
        }
        return "\"" + symbol + "\"";
    }

    /** Writes one transaction per exchange as the exchanges stream past. */
    private static final class Transactions {
        final BufferedWriter out;
        final String commodity;
        final int decimals;
        final Progress progress;
        final long total;
        final StringBuilder b = new StringBuilder(512);
        long written;

        Transactions(BufferedWriter out, String commodity, int decimals, Progress progress, long total) {
            this.out = out;
            this.commodity = commodity;
            this.decimals = decimals;
            this.progress = progress;
            this.total = total;
        }

        void write(Exchange x) {
            b.setLength(0);
            b.append('\n').append(x.valueDate()).append(" (").append(x.id()).append(") ").append(description(x));
            if (x.isReversal()) {
                b.append("  ; reverses:").append(x.reverses());
            }
            if (x.overrideReason() != null) {
                b.append(x.isReversal() ? ", " : "  ; ").append("override: ").append(x.overrideReason());
            }
            b.append('\n');
            for (Leg leg : x.legs()) {
                posting(leg.supplier(), leg.amount(), leg.memo());
                posting(leg.receiver(), -leg.amount(), "");
            }
            try {
                out.append(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++written % PROGRESS_EVERY == 0) {
                progress.update(written, total);
                progress.checkCancelled();
            }
        }

        private void posting(String member, long amount, String memo) {
            b.append("    ").append(ACCOUNT_PREFIX).append(member).append("  ")
                    .append(Amounts.format(amount, decimals)).append(' ').append(commodity);
            if (!memo.isEmpty()) {
                b.append("  ; ").append(memo);
            }
            b.append('\n');
        }

        /**
         * A ';' would end hledger's description and start a comment, so it is written as ','; the
         * memos themselves go unchanged into the postings' comments.
         */
        private static String description(Exchange x) {
            String d = "exchange";
            if (x.isReversal()) {
                d = "Reversal of " + x.reverses() + ": " + x.reason();
            } else {
                for (Leg leg : x.legs()) {
                    if (!leg.memo().isEmpty()) {
                        d = leg.memo();
                        break;
                    }
                }
            }
            return d.replace(';', ',');
        }
    }
}
