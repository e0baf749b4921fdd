package coop.poruka.ui;

import coop.poruka.app.ExportHledger;
import coop.poruka.app.ImportExchanges;
import coop.poruka.app.ImportMembers;
import coop.poruka.app.ImportRejected;
import coop.poruka.app.Progress;
import coop.poruka.app.Queries;
import coop.poruka.app.VerifyLedger;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.Names;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The main window's content: the co-op, its members with their standing, the latest exchanges
 * and where the books are. Amounts are formatted with the unit's decimals in the person's locale;
 * the search folds case and accents the way member search keys do.
 */
public final class MainViewModel {
    /** Enough to see what happened today and this week without scrolling through history. */
    static final int LATEST = 100;

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
    private final ReadOnlyStringWrapper memberCount = new ReadOnlyStringWrapper(this, "memberCount", "");
    private final ReadOnlyStringWrapper ledgerPath = new ReadOnlyStringWrapper(this, "ledgerPath", "");
    private final ReadOnlyStringWrapper entries = new ReadOnlyStringWrapper(this, "entries", "");
    private final ReadOnlyStringWrapper head = new ReadOnlyStringWrapper(this, "head", "");
    private final ReadOnlyStringWrapper headFull = new ReadOnlyStringWrapper(this, "headFull", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<MemberRow> allMembers = FXCollections.observableArrayList();
    private final FilteredList<MemberRow> members = new FilteredList<>(allMembers);
    private final ObservableList<ExchangeRow> exchanges = FXCollections.observableArrayList();
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
        search.addListener((o, before, now) -> filter());
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

        List<MemberRow> rows = new ArrayList<>();
        for (Member m : queries.members()) {
            rows.add(MemberRow.of(m, labels.get("status." + m.status().name())));
        }
        allMembers.setAll(rows);
        filter();

        exchanges.setAll(exchangeRows(queries.latestExchanges(LATEST)));

        ledgerPath.set(labels.get("statusbar.ledger", queries.location()));
        Optional<JournalEntry> last = queries.head();
        entries.set(labels.get("statusbar.entries", last.map(JournalEntry::seq).orElse(0L)));
        head.set(last.map(e -> labels.get("statusbar.head", e.hash().shortHex())).orElse(""));
        headFull.set(last.map(e -> e.hash().hex()).orElse(""));
        verified.set(verifiedText(last.orElse(null)));
    }

    /** When the chain was last found sound, and whether entries were added since. */
    private String verifiedText(JournalEntry last) {
        Optional<VerifiedMarks.Mark> mark = marks.last(queries.location());
        if (mark.isEmpty()) {
            return labels.get("statusbar.neverVerified");
        }
        VerifiedMarks.Mark m = mark.get();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(labels.locale()).format(m.at().atZone(ZoneId.systemDefault()));
        long since = (last == null ? 0 : last.seq()) - m.seq();
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

    private void filter() {
        String query = search.get() == null ? "" : Names.searchKey(search.get().strip());
        members.setPredicate(query.isEmpty() ? null : row -> row.matches(query));
        memberCount.set(members.size() == allMembers.size()
                ? labels.get("members.count", allMembers.size())
                : labels.get("members.countFiltered", members.size(), allMembers.size()));
    }

    private List<ExchangeRow> exchangeRows(List<PostedExchange> latest) {
        // A reversal names what it reverses; within the list, mark the original too.
        Map<UUID, UUID> reversedBy = new HashMap<>();
        for (PostedExchange p : latest) {
            if (p.exchange().isReversal()) {
                reversedBy.put(p.exchange().reverses(), p.exchange().id());
            }
        }
        List<ExchangeRow> rows = new ArrayList<>(latest.size());
        for (PostedExchange p : latest) {
            rows.add(exchangeRow(p.exchange(), reversedBy.get(p.exchange().id())));
        }
        return rows;
    }

    private ExchangeRow exchangeRow(Exchange x, UUID reversal) {
        List<ExchangeRow.LegRow> legs = new ArrayList<>(x.legs().size());
        for (Leg leg : x.legs()) {
            legs.add(new ExchangeRow.LegRow(labels.get("exchanges.parties", leg.supplier(), leg.receiver()),
                    amount(leg.amount()), leg.memo()));
        }
        ExchangeRow.Kind kind;
        String badge;
        String note;
        if (x.isReversal()) {
            kind = ExchangeRow.Kind.REVERSAL;
            badge = labels.get("exchanges.reversal");
            note = labels.get("exchanges.reverses", shortId(x.reverses()), x.reason());
        } else if (reversal != null) {
            kind = ExchangeRow.Kind.REVERSED;
            badge = labels.get("exchanges.reversed");
            note = labels.get("exchanges.reversedBy", shortId(reversal));
        } else {
            kind = ExchangeRow.Kind.EXCHANGE;
            badge = "";
            note = x.overrideReason() == null ? "" : labels.get("exchanges.override", x.overrideReason());
        }
        return new ExchangeRow(formats.date(x.valueDate()), shortId(x.id()), kind, badge, legs, note);
    }

    static String shortId(UUID id) {
        return Formats.shortId(id);
    }

    /** An amount in minor units as the person reads numbers, with exactly the unit's decimals. */
    public String amount(long minor) {
        return formats.amount(minor);
    }

    /** Names sorted the way a reader of this language expects (in Swedish, Å Ä Ö come after Z). */
    public Comparator<String> nameOrder() {
        return Names.order(labels.locale());
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

    public ReadOnlyStringProperty memberCountProperty() {
        return memberCount.getReadOnlyProperty();
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

    /** What the person typed to find members: part of a code or name, in any case, with or without accents. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The members the search lets through, by code. */
    public ObservableList<MemberRow> members() {
        return members;
    }

    /** The latest exchanges, newest first. */
    public ObservableList<ExchangeRow> exchanges() {
        return exchanges;
    }
}
