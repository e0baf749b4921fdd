package coop.poruka.ui;

import coop.poruka.app.CreditConflicts;
import coop.poruka.app.CreditLimit;
import coop.poruka.app.Exposure;
import coop.poruka.app.GuarantorQueries;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.member.Member;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The guarantors screen for one member: who vouches for them, up the tree; whom they vouch for,
 * down the tree; their credit limit and how it follows; and their exposure as a guarantor.
 */
public final class GuarantorsViewModel {
    /** The deepest the trees are drawn; the guarantees themselves can never form a loop. */
    static final int MAX_DEPTH = 12;

    /** One line of a guarantor tree: what it says, and the lines under it. */
    public record TreeLine(String text, List<TreeLine> children) {}

    /** One row of the exposure table, formatted for the screen. */
    public record ExposureRow(String member, String cap, String balance, String openClaims, String most, String expected) {}

    private final LedgerSession session;
    private final Labels labels;
    private final StringProperty member = new SimpleStringProperty(this, "member", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper limit = new ReadOnlyStringWrapper(this, "limit", "");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyObjectWrapper<TreeLine> up = new ReadOnlyObjectWrapper<>(this, "up");
    private final ReadOnlyObjectWrapper<TreeLine> down = new ReadOnlyObjectWrapper<>(this, "down");
    private final ObservableList<ExposureRow> exposure = FXCollections.observableArrayList();
    private final ObservableList<String> conflicts = FXCollections.observableArrayList();
    private final StringProperty guarantor = new SimpleStringProperty(this, "guarantor", "");
    private final StringProperty cap = new SimpleStringProperty(this, "cap", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper(this, "done", "");

    public GuarantorsViewModel(LedgerSession session) {
        this.session = session;
        this.labels = session.labels();
    }

    public Labels labels() {
        return labels;
    }

    /** The member code typed in. */
    public StringProperty memberProperty() {
        return member;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty limitProperty() {
        return limit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TreeLine> upProperty() {
        return up.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TreeLine> downProperty() {
        return down.getReadOnlyProperty();
    }

    public ObservableList<ExposureRow> exposure() {
        return exposure;
    }

    /**
     * The conflicts board for the member shown as a guarantor: whom they vouch for that offices
     * posting at the same time took below their limit, one line each.
     */
    public ObservableList<String> conflicts() {
        return conflicts;
    }

    /** Who vouches, or stops vouching, for the member shown. */
    public StringProperty guarantorProperty() {
        return guarantor;
    }

    public StringProperty capProperty() {
        return cap;
    }

    /** Why a guarantee ends. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** What the last action recorded, in one sentence. */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** The guarantor typed in vouches for the member shown up to the cap typed in, from today. */
    public boolean give() {
        return act(() -> {
            long units = coop.poruka.domain.money.Amounts.parse(cap.get(), session.formats().decimals());
            var g = new coop.poruka.app.GiveGuarantee(session.store(), session.clock()).run(guarantor.get(), member.get(),
                    units, null);
            return labels.get("guarantors.done.given", g.guarantor(), g.member(), session.formats().amount(g.cap()));
        });
    }

    /** The guarantor typed in stops vouching for the member shown, for the reason typed in. */
    public boolean end() {
        return act(() -> {
            var g = new coop.poruka.app.EndGuarantee(session.store(), session.clock()).run(guarantor.get(), member.get(),
                    reason.get(), null);
            return labels.get("guarantors.done.ended", g.guarantor(), g.member());
        });
    }

    private boolean act(java.util.function.Supplier<String> action) {
        done.set("");
        if (member.get() == null || member.get().isBlank()) {
            clear();
            problem.set(labels.get("guarantors.memberMissing"));
            return false;
        }
        if (guarantor.get() == null || guarantor.get().isBlank()) {
            show();
            problem.set(labels.get("guarantors.guarantorMissing"));
            return false;
        }
        String message;
        try {
            message = action.get();
        } catch (LedgerException e) {
            show();
            problem.set(e.message(labels.locale()));
            return false;
        }
        cap.set("");
        reason.set("");
        session.changed();
        show();
        done.set(message);
        return true;
    }

    /** Shows the member typed in; an unknown or malformed code is said in one sentence, and nothing else is shown. */
    public void show() {
        clear();
        String typed = member.get() == null ? "" : member.get().strip();
        if (typed.isEmpty()) {
            return;
        }
        try {
            String code = Member.code(typed);
            Formats f = session.formats();
            Exposure.Report report = new Exposure(session.store()).of(code);
            GuarantorBook book = new GuarantorQueries(session.store()).book();
            limit.set(new CreditLimit(session.store()).of(code).explanation(f.decimals()).message(labels.locale()));
            up.set(tree(code, book::guarantorsOf, Guarantee::guarantor, f, "guarantors.vouchedForBy"));
            down.set(tree(code, book::vouchedBy, Guarantee::member, f, "guarantors.vouchesFor"));
            report.lines().forEach(l -> exposure.add(new ExposureRow(l.member() + "  " + l.name(), f.amount(l.cap()),
                    f.amount(l.balance()), f.amount(l.openClaims()), f.amount(l.liabilityMax()),
                    f.amount(l.liabilityExpected()))));
            for (CreditConflicts.Conflict c : new CreditConflicts(session.store()).forGuarantor(code)) {
                String crossings = c.crossings().stream().map(x -> labels.get("guarantors.crossing", x.office(), x.seq(),
                        x.exchange().toString().substring(0, 8))).collect(java.util.stream.Collectors.joining(", "));
                conflicts.add(labels.get("guarantors.conflict", c.member(), c.name(), f.amount(c.balance()),
                        f.amount(c.limit()), crossings));
            }
            totals.set(labels.get("guarantors.totals", f.amount(report.totalMax()), f.amount(report.totalExpected()),
                    f.amount(report.ownDeposit()), f.amount(report.fromBelow())));
        } catch (LedgerException e) {
            problem.set(e.message(labels.locale()));
        }
    }

    /** Re-reads the member shown (after the books changed). */
    public void refresh() {
        show();
    }

    private void clear() {
        problem.set("");
        limit.set("");
        totals.set("");
        up.set(null);
        down.set(null);
        exposure.clear();
        conflicts.clear();
    }

    private TreeLine tree(String code, Function<String, List<Guarantee>> next, Function<Guarantee, String> other,
            Formats f, String rootKey) {
        return new TreeLine(labels.get(rootKey, code), branch(code, next, other, f, new HashSet<>(Set.of(code)), 1));
    }

    private List<TreeLine> branch(String code, Function<String, List<Guarantee>> next, Function<Guarantee, String> other,
            Formats f, Set<String> path, int depth) {
        List<TreeLine> out = new ArrayList<>();
        for (Guarantee g : next.apply(code)) {
            String o = other.apply(g);
            String text = labels.get("guarantors.line", o, f.amount(g.cap()));
            if (depth >= MAX_DEPTH || !path.add(o)) {
                out.add(new TreeLine(text, List.of()));
                continue;
            }
            out.add(new TreeLine(text, branch(o, next, other, f, path, depth + 1)));
            path.remove(o);
        }
        return out;
    }
}
