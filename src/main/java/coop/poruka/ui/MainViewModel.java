package coop.poruka.ui;

import coop.poruka.app.BackupLedger;
import coop.poruka.app.ExportHledger;
import coop.poruka.app.ImportExchanges;
import coop.poruka.app.ImportMembers;
import coop.poruka.app.ImportRejected;
import coop.poruka.app.Progress;
import coop.poruka.app.Queries;
import coop.poruka.app.VerifyLedger;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's content: the co-op, its members with their standing, the latest exchanges
 * and where the books are. Amounts are formatted with the unit's decimals in the person's locale;
 * the search folds case and accents the way member search keys do.
 */
public final class MainViewModel {
    private final LedgerStore store;
    private final Queries queries;
    private final VerifiedMarks marks;
    private final BackgroundWork work = new BackgroundWork();
    private final ReadOnlyStringWrapper verified = new ReadOnlyStringWrapper(this, "verified", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper noticeIsProblem = new ReadOnlyBooleanWrapper(this, "noticeIsProblem", false);
    private final Labels labels;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper coopName = new ReadOnlyStringWrapper(this, "coopName", "");
    private final ReadOnlyStringWrapper office = new ReadOnlyStringWrapper(this, "office", "");
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper(this, "unit", "");
    private final ReadOnlyStringWrapper ledgerPath = new ReadOnlyStringWrapper(this, "ledgerPath", "");
    private final ReadOnlyStringWrapper entries = new ReadOnlyStringWrapper(this, "entries", "");
    private final ReadOnlyStringWrapper head = new ReadOnlyStringWrapper(this, "head", "");
    private final ReadOnlyStringWrapper headFull = new ReadOnlyStringWrapper(this, "headFull", "");
    private Formats formats;
    private Runnable changed = () -> {};

    public MainViewModel(LedgerStore store, Labels labels) {
        this(store, labels, new VerifiedMarks(java.util.prefs.Preferences.userRoot().node("coop/poruka/verified")));
    }

    public MainViewModel(LedgerStore store, Labels labels, VerifiedMarks marks) {
        this.store = store;
        this.queries = new Queries(store);
        this.labels = labels;
        this.marks = marks;
        this.formats = new Formats(labels.locale(), 2);
        // Opening may have upgraded an older ledger: the clerk is told, and where its copy lies.
        store.notices().stream().findFirst().ifPresent(n -> tell(n.message(labels.locale()), false));
    }

    public Labels labels() {
        return labels;
    }

    /** Reads everything shown again from the ledger. */
    public void refresh() {
        CoopSettings settings = queries.settings();
        Unit u = settings.unit();
        formats = new Formats(labels.locale(), u.decimals());
        title.set(labels.get("window.title", settings.name()));
        coopName.set(settings.name());
        office.set(labels.get("header.office", settings.officeCode(), settings.officeName()));
        unit.set(labels.get("header.unit", u.name(), u.symbol()));

        ledgerPath.set(labels.get("statusbar.ledger", queries.location()));
        Optional<JournalEntry> last = queries.head();
        long count = queries.entryCount();
        entries.set(labels.get("statusbar.entries", count));
        head.set(last.map(e -> labels.get("statusbar.head", e.hash().shortHex())).orElse(""));
        headFull.set(last.map(e -> e.hash().hex()).orElse(""));
        verified.set(verifiedText(count));
    }

    /** When the chain was last found sound, and whether entries were added since. */
    private String verifiedText(long count) {
        Optional<VerifiedMarks.Mark> mark = marks.last(queries.location());
        if (mark.isEmpty()) {
            return labels.get("statusbar.neverVerified");
        }
        VerifiedMarks.Mark m = mark.get();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(labels.locale()).format(m.at().atZone(ZoneId.systemDefault()));
        // The mark counts every entry verify saw, of every office.
        long since = count - m.seq();
        return since == 0 ? labels.get("statusbar.verified", when) : labels.get("statusbar.verifiedBefore", when, since);
    }

    /**
     * Checks the whole chain and every balance in the background; the result is told in one
     * sentence, and a sound chain is remembered with the time.
     */
    public void verify() {
        work.start(labels.get("work.verifying"), p -> new VerifyLedger(store).run(p), report -> {
            if (report.ok()) {
                marks.record(queries.location(), new VerifiedMarks.Mark(report.entries(),
                        report.head().hex(), Instant.now()));
                tell(labels.get("notice.verified", report.entries()), false);
            } else {
                tell(labels.get("notice.verifyFailed", report.problems().size(),
                        report.problems().get(0).message(labels.locale())), true);
            }
            refresh();
        }, this::failed);
    }

    /** Tells the person how background work ended: cancelled, refused, or unexpectedly broken. */
    void failed(Throwable problem) {
        if (problem instanceof Progress.Cancelled) {
            tell(labels.get("notice.cancelled"), false);
        } else if (problem instanceof ImportRejected rejected) {
            tell(labels.get("notice.importRejected", rejected.problems().size(),
                    rejected.problems().get(0).message(labels.locale())), true);
        } else if (problem instanceof LedgerException le) {
            tell(le.message(labels.locale()), true);
        } else {
            String what = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
            tell(labels.get("start.unexpected", what.lines().findFirst().orElse(what)), true);
        }
    }

    void tell(String sentence, boolean problem) {
        notice.set(sentence);
        noticeIsProblem.set(problem);
    }

    /** Imports members or exchanges from a CSV file, all or nothing, in the background. */
    public void importFile(Path file, boolean exchanges) {
        work.start(labels.get("work.importing", file.getFileName()), p -> exchanges
                ? new ImportExchanges(store, Clock.systemDefaultZone()).run(file, p).imported()
                : new ImportMembers(store, Clock.systemDefaultZone()).run(file, p), count -> {
                    tell(labels.get(exchanges ? "notice.importedExchanges" : "notice.importedMembers", count), false);
                    refresh();
                    changed.run();
                }, this::failed);
    }

    /** Writes the books as an hledger journal, in the background. */
    public void exportJournal(Path file) {
        work.start(labels.get("work.exporting", file.getFileName()),
                p -> new ExportHledger(store, Clock.systemDefaultZone()).run(file, p),
                result -> tell(labels.get("notice.exported", result.exchanges(), file), false), this::failed);
    }

    /** Copies the ledger to {@code out} while it stays open here, checked like verify, in the background. */
    public void backup(Path out, LedgerOpener ledgers) {
        work.start(labels.get("work.backingUp", out.getFileName()),
                p -> new BackupLedger(ledgers).run(Path.of(store.location()), out),
                result -> tell(labels.get("notice.backedUp", result.entries(), result.backup()), false), this::failed);
    }

    /** Run after this window changed the books (the screens read them again). */
    public void onChanged(Runnable listener) {
        changed = listener;
    }

    public BackgroundWork work() {
        return work;
    }

    public ReadOnlyStringProperty verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noticeIsProblemProperty() {
        return noticeIsProblem.getReadOnlyProperty();
    }

    /** An amount in minor units as the person reads numbers, with exactly the unit's decimals. */
    public String amount(long minor) {
        return formats.amount(minor);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coopNameProperty() {
        return coopName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeProperty() {
        return office.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ledgerPathProperty() {
        return ledgerPath.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headProperty() {
        return head.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headFullProperty() {
        return headFull.getReadOnlyProperty();
    }
}
