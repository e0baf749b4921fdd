package coop.poruka.ui;

import coop.poruka.app.Register;
import coop.poruka.domain.LedgerException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lower half of a member's card: their balance over time, as the chart draws it, and their
 * exchanges, newest first, a page at a time through the register filtered to them (so paging
 * and reversal marks are the register's own). One model serves every card the members screen
 * opens; reads run on a background thread.
 */
public final class MemberHistoryViewModel {
    /** More points than a chart a screen wide can show apart. */
    static final int CHART_POINTS = 400;

    /** The member's balance from {@code date} on (a corner of the step line the chart draws). */
    public record Point(LocalDate date, long balance) {}

    private final LedgerSession session;
    private final Register register;
    private final RegisterViewModel exchanges;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper(this, "chartNote", "");
    /** Changes with every member shown; a chart read for an earlier one is dropped. */
    private volatile long generation;
    private String member;

    public MemberHistoryViewModel(LedgerSession session) {
        this(session, RegisterViewModel.backgroundThread(), Platform::runLater);
    }

    /** @param background where reads run; @param fx where their results are shown */
    MemberHistoryViewModel(LedgerSession session, Executor background, Executor fx) {
        this.session = session;
        this.register = new Register(session.store());
        this.exchanges = new RegisterViewModel(session, background, fx);
        this.background = background;
        this.fx = fx;
    }

    public Labels labels() {
        return session.labels();
    }

    public Formats formats() {
        return session.formats();
    }

    /** The member's exchanges: the register narrowed to them. */
    public RegisterViewModel exchanges() {
        return exchanges;
    }

    /** The corners of the balance line, oldest first; empty until read, or for a member who never traded. */
    public ObservableList<Point> points() {
        return points;
    }

    /** Why there is no line to draw (nothing traded yet, or the ledger could not be read); empty when there is one. */
    public ReadOnlyStringProperty chartNoteProperty() {
        return chartNote.getReadOnlyProperty();
    }

    /** Reads the history of member {@code code} (again, after the books changed). */
    public void show(String code) {
        long mine = ++generation;
        member = code;
        if (code.equals(exchanges.memberProperty().get())) {
            exchanges.refresh();
        } else {
            exchanges.memberProperty().set(code);
        }
        LocalDate today = LocalDate.now(session.clock());
        background.execute(() -> {
            if (mine != generation) {
                return;
            }
            List<Point> line;
            String note;
            try {
                line = steps(register.balanceHistory(code, CHART_POINTS), today);
                note = line.isEmpty() ? labels().get("memberCard.noHistory") : "";
            } catch (LedgerException e) {
                line = List.of();
                note = labels().get("register.failed", e.message(labels().locale()));
            }
            List<Point> shown = line;
            String said = note;
            fx.execute(() -> {
                if (mine == generation) {
                    points.setAll(shown);
                    chartNote.set(said);
                }
            });
        });
    }

    /** The member shown last, or null. */
    public String member() {
        return member;
    }

    /**
     * The balance as a step line: it holds until the next day it changed, then jumps, and runs on
     * to today. A straight line between two days would show balances the member never had.
     */
    static List<Point> steps(List<Register.BalancePoint> history, LocalDate today) {
        List<Point> line = new ArrayList<>(history.size() * 2 + 1);
        Register.BalancePoint before = null;
        for (Register.BalancePoint p : history) {
            if (before != null) {
                line.add(new Point(p.date(), before.balance()));
            }
            line.add(new Point(p.date(), p.balance()));
            before = p;
        }
        if (before != null && before.date().isBefore(today)) {
            line.add(new Point(today, before.balance()));
        }
        return line;
    }
}
