package coop.poruka.app;

import coop.poruka.app.AddMember.NewMember;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.LedgerWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Admits members from a CSV file with the header {@code code,name,limit}, optionally followed by
 * {@code contact}; a blank limit is 0. All or nothing: every row is checked, every wrong row is
 * reported, and then nothing is imported.
 */
public final class ImportMembers {
    public static final List<String> HEADER = List.of("code", "name", "limit");
    public static final List<String> HEADER_WITH_CONTACT = List.of("code", "name", "limit", "contact");
    private static final int PROGRESS_EVERY = 10_000;

    private final LedgerStore store;
    private final Clock clock;

    public ImportMembers(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @return how many members were admitted
     * @throws ImportRejected when any row is wrong; then nothing was imported
     * @throws Progress.Cancelled when the person cancelled; then nothing was imported
     */
    public long run(Path file, Progress progress) {
        try (CsvFile csv = CsvFile.open(file, List.of(HEADER, HEADER_WITH_CONTACT), "code,name,limit[,contact]")) {
            return store.write(w -> importRows(w, csv, progress));
        }
    }

    private long importRows(LedgerWriter w, CsvFile csv, Progress progress) {
        AddMember adder = new AddMember(store, clock);
        int decimals = Books.settings(w).unit().decimals();
        List<ImportProblem> problems = new ArrayList<>();
        long[] added = {0};
        long[] rows = {0};
        csv.rows(row -> {
            try {
                // A member added by an earlier row stays in the transaction, so a code used twice
                // in the file is refused as a duplicate like any other.
                adder.add(w, newMember(row, csv.columns(), decimals));
                added[0]++;
            } catch (LedgerException e) {
                problems.add(new ImportProblem(row.line(), e));
            }
            if (++rows[0] % PROGRESS_EVERY == 0) {
                progress.update(csv.bytesRead(), csv.size());
                progress.checkCancelled();
            }
        }, problems::add);
        progress.update(csv.size(), csv.size());
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return added[0];
    }

    private static NewMember newMember(CsvFile.Row row, int columns, int decimals) {
        if (row.size() != columns) {
            throw new LedgerException("import.fieldCount", row.size(), columns);
        }
        String limit = row.get(2);
        long creditLimit = limit.isBlank() ? 0 : Amounts.parse(limit, decimals);
        String contact = row.size() > 3 ? row.text(3) : null;
        return new NewMember(row.get(0), row.text(1), creditLimit, contact);
    }
}
