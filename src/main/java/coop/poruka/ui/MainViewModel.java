package coop.poruka.ui;

import coop.poruka.app.Queries;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.Names;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

    private final Queries queries;
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

    public MainViewModel(LedgerStore store, Labels labels) {
        this.queries = new Queries(store);
        this.labels = labels;
        this.formats = new Formats(labels.locale(), 2);
        search.addListener((o, before, now) -> filter());
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
