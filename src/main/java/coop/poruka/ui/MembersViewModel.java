package coop.poruka.ui;

import coop.poruka.app.AddMember;
import coop.poruka.app.ChangeMember;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.member.Names;
import coop.poruka.domain.money.Amounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The members screen: every member with their standing, found as the clerk types, sorted by
 * any column; the editor that adds and changes members; the card of one member.
 *
 * <p>The rows are sorted first and filtered second, so a keystroke in the search only walks the
 * sorted rows once and never sorts again: with 10,000 members sorting by name on every keystroke
 * would make typing stutter.
 */
public final class MembersViewModel {
    private final LedgerSession session;
    private final Labels labels;
    private final Comparator<String> nameOrder;
    private final ObservableList<MemberRow> all = FXCollections.observableArrayList();
    private final SortedList<MemberRow> sorted = new SortedList<>(all);
    private final FilteredList<MemberRow> shown = new FilteredList<>(sorted);
    private final Map<String, Member> byCode = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final MemberForm form = new MemberForm();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", false);
    private final MemberCardModel card = new MemberCardModel();
    private final ReadOnlyBooleanWrapper cardOpen = new ReadOnlyBooleanWrapper(this, "cardOpen", false);

    public MembersViewModel(LedgerSession session) {
        this.session = session;
        this.labels = session.labels();
        this.nameOrder = Names.order(labels.locale());
        search.addListener((o, before, now) -> filter());
    }

    public Labels labels() {
        return labels;
    }

    /** Reads every member again; keeps the search, the order and the open card. */
    public void refresh() {
        List<Member> members = session.queries().members();
        List<MemberRow> rows = new ArrayList<>(members.size());
        byCode.clear();
        for (Member m : members) {
            byCode.put(m.code(), m);
            rows.add(MemberRow.of(m, labels.get("status." + m.status().name())));
        }
        all.setAll(rows);
        filter();
        if (cardOpen.get()) {
            Member m = byCode.get(card.codeProperty().get());
            if (m == null) {
                closeCard();
            } else {
                card.show(m, labels, session.formats());
            }
        }
    }

    private void filter() {
        String query = search.get() == null ? "" : Names.searchKey(search.get().strip());
        shown.setPredicate(query.isEmpty() ? null : row -> row.matches(query));
        count.set(shown.size() == all.size()
                ? labels.get("members.count", all.size())
                : labels.get("members.countFiltered", shown.size(), all.size()));
    }

    /** Part of a code or name, in any case, with or without accents. */
    public StringProperty searchProperty() {
        return search;
    }

    /** "60" or "3 of 60". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The members the search lets through, in the current order (by code until a column is chosen). */
    public ObservableList<MemberRow> members() {
        return shown;
    }

    /** The order of the rows; the table binds its column sorting here. Null means by code. */
    public ObjectProperty<Comparator<? super MemberRow>> orderProperty() {
        return sorted.comparatorProperty();
    }

    /** Names sorted the way a reader of this language expects (in Swedish, Å Ä Ö come after Z). */
    public Comparator<String> nameOrder() {
        return nameOrder;
    }

    /** An amount in minor units as the person reads numbers, with exactly the unit's decimals. */
    public String amount(long minor) {
        return session.formats().amount(minor);
    }

    /** The unit's symbol, shown beside the credit limit. */
    public String unitSymbol() {
        return session.queries().settings().unit().symbol();
    }

    // ---- editor

    public MemberForm form() {
        return form;
    }

    /** True while the editor is open. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Opens the editor empty, for a new member who starts with no credit. */
    public void startNew() {
        form.reset(true);
        form.creditLimitProperty().set(Amounts.format(0, session.formats().decimals()));
        editing.set(true);
    }

    /** Opens the editor on this member; false if there is no such member. */
    public boolean startEdit(String code) {
        Member m = byCode.get(code);
        if (m == null) {
            return false;
        }
        form.reset(false);
        form.codeProperty().set(m.code());
        form.nameProperty().set(m.name());
        form.creditLimitProperty().set(Amounts.format(m.creditLimit(), session.formats().decimals()));
        form.contactProperty().set(m.contact() == null ? "" : m.contact());
        form.statusProperty().set(m.status());
        editing.set(true);
        return true;
    }

    public void cancelEdit() {
        editing.set(false);
        form.clearErrors();
    }

    /**
     * Adds or changes the member in the editor. On success closes the editor, reads the members
     * again, tells the other screens and returns the member's code; otherwise the messages stand
     * beside the fields and the books are unchanged.
     */
    public Optional<String> save() {
        form.clearErrors();
        String code = form.isAdding() ? checked(form.codeErrorProperty(), form.codeProperty(),
                () -> Member.code(form.codeProperty().get())) : form.codeProperty().get();
        String name = checked(form.nameErrorProperty(), form.nameProperty(),
                () -> Text.required(form.nameProperty().get(), Member.MAX_NAME, "member name"));
        Long limit = checked(form.creditLimitErrorProperty(), form.creditLimitProperty(),
                () -> Amounts.parse(form.creditLimitProperty().get(), session.formats().decimals()));
        String contact = checked(form.contactErrorProperty(), null,
                () -> Objects.requireNonNullElse(Text.optional(form.contactProperty().get(), Member.MAX_CONTACT,
                        "contact"), ""));
        if (form.hasErrors()) {
            return Optional.empty();
        }
        try {
            Member saved;
            if (form.isAdding()) {
                saved = new AddMember(session.store(), session.clock()).run(code, name, limit,
                        contact.isEmpty() ? null : contact);
            } else {
                Member old = byCode.get(code);
                ChangeMember.Change change = new ChangeMember.Change(
                        name.equals(old.name()) ? null : name,
                        form.statusProperty().get() == old.status() ? null : form.statusProperty().get(),
                        limit == old.creditLimit() ? null : limit,
                        contact.equals(Objects.requireNonNullElse(old.contact(), "")) ? null : contact);
                if (change.equals(new ChangeMember.Change(null, null, null, null))) {
                    // Nothing to record: a journal entry saying "no change" would only be noise.
                    editing.set(false);
                    return Optional.of(code);
                }
                if (form.reasonProperty().get().isBlank()) {
                    form.reasonErrorProperty().set(labels.get("memberEdit.reasonRequired"));
                    return Optional.empty();
                }
                saved = new ChangeMember(session.store(), session.clock()).run(code, change, form.reasonProperty().get());
            }
            editing.set(false);
            refresh();
            session.changed();
            return Optional.of(saved.code());
        } catch (LedgerException e) {
            fieldOf(e).set(e.message(labels.locale()));
            return Optional.empty();
        }
    }

    /**
     * Runs one field's check from the domain; a refusal becomes that field's message. A blank
     * required field gets a sentence of its own, since the domain's names its field in English.
     */
    private <T> T checked(StringProperty error, StringProperty required, Supplier<T> check) {
        if (required != null && (required.get() == null || required.get().isBlank())) {
            error.set(labels.get("memberEdit.required"));
            return null;
        }
        try {
            return check.get();
        } catch (LedgerException e) {
            error.set(e.message(labels.locale()));
            return null;
        }
    }

    /** Which field a refusal of the use case belongs beside. */
    private StringProperty fieldOf(LedgerException e) {
        String key = e.key();
        if (key.startsWith("member.badCode") || key.equals("member.duplicate")) {
            return form.codeErrorProperty();
        }
        if (key.equals("member.limitRange") || key.startsWith("amount.")) {
            return form.creditLimitErrorProperty();
        }
        return form.formErrorProperty();
    }

    // ---- card

    public MemberCardModel card() {
        return card;
    }

    public ReadOnlyBooleanProperty cardOpenProperty() {
        return cardOpen.getReadOnlyProperty();
    }

    /** Shows this member's card; false if there is no such member. */
    public boolean openCard(String code) {
        Member m = byCode.get(code);
        if (m == null) {
            return false;
        }
        card.show(m, labels, session.formats());
        cardOpen.set(true);
        return true;
    }

    public void closeCard() {
        cardOpen.set(false);
    }

    private MemberHistoryViewModel history;

    /** The balance chart and exchanges under the card; made when first asked for, then shared by every card. */
    public MemberHistoryViewModel history() {
        if (history == null) {
            history = new MemberHistoryViewModel(session);
        }
        return history;
    }

    /** The statuses a member can be given, in the person's words via {@link #statusName}. */
    public List<MemberStatus> statuses() {
        return List.of(MemberStatus.values());
    }

    public String statusName(MemberStatus status) {
        return labels.get("status." + status.name());
    }
}
