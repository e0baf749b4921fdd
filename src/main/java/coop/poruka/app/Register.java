package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.RegisterEntry;
import coop.poruka.domain.ledger.RegisterFilter;
import coop.poruka.domain.ledger.RegisterPage;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The register: every exchange, newest first, filtered, a page at a time; a member's exchanges
 * and balance over time for the member card; and the filtered register as a CSV file.
 */
public final class Register {
    /** Rows of one page on screen. */
    public static final int PAGE = 200;
    /** Rows read at once while exporting. */
    private static final int EXPORT_PAGE = 2_000;

    private final LedgerStore store;

    public Register(LedgerStore store) {
        this.store = store;
    }

    /**
     * Readies the lookups by member and date (seconds on a large ledger): call off the screen's
     * thread. Reads on a connection of its own, so the counter can post meanwhile.
     */
    public void prepare() {
        store.readSnapshot(r -> {
            r.prepareRegister();
            return null;
        });
    }

    /**
     * The exchanges matching {@code filter} below journal sequence number {@code before}
     * ({@code Long.MAX_VALUE} for the newest), newest first; go on with {@link RegisterPage#next}.
     */
    public RegisterPage page(RegisterFilter filter, long before, int limit) {
        return store.read(r -> r.register(filter, before, limit));
    }

    public RegisterPage first(RegisterFilter filter) {
        return page(filter, Long.MAX_VALUE, PAGE);
    }

    /** A member's exchanges, newest first, a page at a time (for the member card). */
    public RegisterPage memberExchanges(String memberCode, long before, int limit) {
        return page(RegisterFilter.member(memberCode), before, limit);
    }

    /** The member's balance at the end of a value date. */
    public record BalancePoint(LocalDate date, long balance) {}

    /**
     * The member's balance over time for a chart: one point at the end of each value date on which
     * it changed, thinned to at most {@code maxPoints} (the last point, today's balance, is
     * always kept). Points are thinned evenly by position, not averaged: every point shown is a
     * balance the member really had.
     */
    public List<BalancePoint> balanceHistory(String memberCode, int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints < 2");
        }
        SortedMap<LocalDate, Long> net = store.read(r -> r.dailyNet(memberCode));
        List<BalancePoint> all = new ArrayList<>(net.size());
        long balance = 0;
        for (Map.Entry<LocalDate, Long> day : net.entrySet()) {
            balance = Math.addExact(balance, day.getValue());
            all.add(new BalancePoint(day.getKey(), balance));
        }
        if (all.size() <= maxPoints) {
            return all;
        }
        List<BalancePoint> thinned = new ArrayList<>(maxPoints);
        for (int i = 0; i < maxPoints; i++) {
            thinned.add(all.get((int) ((long) i * (all.size() - 1) / (maxPoints - 1))));
        }
        return thinned;
    }

    /** @param rows lines written after the header: one per leg */
    public record Exported(long exchanges, long rows) {}

    /**
     * Writes every exchange {@code filter} matches, newest first, one row per leg with the header
     * of the exchange import ({@link ImportExchanges#HEADER}), so the file can be imported again.
     * Streams page by page from a snapshot of the books; written beside {@code out} and moved into
     * place at the end, so a failed or cancelled export leaves no half file.
     */
    public Exported exportCsv(RegisterFilter filter, Path out, Progress progress) {
        Path target = out.toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            throw new LedgerException("export.noFolder", target.getParent());
        }
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            Exported result;
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
                result = store.readSnapshot(r -> write(r, filter, csv, progress));
            }
            ExportHledger.moveIntoPlace(temp, target);
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw new LedgerException(e, "export.cannotWrite", target, e.getMessage());
        } finally {
            ExportHledger.deleteQuietly(temp);
        }
    }

    private static Exported write(LedgerReader r, RegisterFilter filter, CSVPrinter csv, Progress progress) {
        int decimals = Books.settings(r).unit().decimals();
        long exchanges = 0;
        long rows = 0;
        try {
            csv.printRecord(ImportExchanges.HEADER);
            long before = Long.MAX_VALUE;
            while (before > 0) {
                progress.checkCancelled();
                RegisterPage page = r.register(filter, before, EXPORT_PAGE);
                for (RegisterEntry e : page.entries()) {
                    Exchange x = e.exchange();
                    for (Leg leg : x.legs()) {
                        csv.printRecord(x.id(), x.valueDate(), leg.supplier(), leg.receiver(),
                                Amounts.format(leg.amount(), decimals), leg.memo());
                        rows++;
                    }
                    exchanges++;
                }
                progress.update(exchanges, -1);
                before = page.next();
            }
            csv.flush();
            return new Exported(exchanges, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
