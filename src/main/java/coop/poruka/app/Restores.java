package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.util.Locale;

/** What backups and restores share: a copy is checked like {@code verify} before it is trusted. */
final class Restores {
    /** The ending a ledger file has, so a copy can be opened as a ledger. */
    static final String ENDING = ".mv.db";

    private Restores() {}

    /**
     * Opens the copy {@code work} of {@code named} and verifies it; a copy that does not open or
     * does not verify is refused with one sentence naming {@code named}.
     */
    static VerifyLedger.Report check(LedgerOpener ledgers, Path work, Path named) {
        VerifyLedger.Report report;
        try (LedgerStore store = ledgers.open(work, false)) {
            report = new VerifyLedger(store).run(Progress.NONE);
        } catch (LedgerException e) {
            throw new LedgerException(e, "restore.damaged", named, reason(e.getMessage(), work, named));
        }
        if (report.entries() == 0) {
            // A file H2 cannot make sense of may open as an empty database: no books is no backup.
            throw new LedgerException("restore.empty", named);
        }
        if (!report.ok()) {
            throw new LedgerException("restore.damaged", named, reason(report.problems().get(0).getMessage(), work, named));
        }
        return report;
    }

    /** The refusal's own sentence, speaking of the file the person named rather than the working copy. */
    private static String reason(String message, Path work, Path named) {
        String m = message.replace(work.toString(), named.toString()).strip();
        m = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
        return m.isEmpty() ? m : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
    }
}
