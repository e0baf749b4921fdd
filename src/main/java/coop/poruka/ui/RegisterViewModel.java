package coop.poruka.ui;

import coop.poruka.app.Queries;
import coop.poruka.app.Register;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.RegisterEntry;
import coop.poruka.domain.ledger.RegisterFilter;
import coop.poruka.domain.ledger.RegisterPage;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.Names;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The register: every exchange, newest first, narrowed by dates, one member and text, a page at a
 * time. Every read runs on a background thread and its result is shown only if the filter has
 * not changed since it began, so typing never waits for the ledger and a slow old search never
 * overwrites a newer one.
 */
public final class RegisterViewModel {
    private final LedgerSession session;
    private final Register register;
    private final Queries queries;
    private final Labels labels;
    private final Executor background;
    private final Executor fx;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty member = new SimpleStringProperty(this, "member", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper memberProblem = new ReadOnlyStringWrapper(this, "memberProblem", "");
    private final ReadOnlyStringWrapper dateProblem = new ReadOnlyStringWrapper(this, "dateProblem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore", false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);

    /**
     * Changes with every new filter; a result of an older one is dropped. Written on the FX thread
     * only; the background thread reads it to skip searches already overtaken.
     */
    private volatile long generation;
    private RegisterFilter filter = RegisterFilter.ALL;
    private long next;
    private int shown;

    /** On the window: reads on one background thread, results delivered on the FX thread. */
    public RegisterViewModel(LedgerSession session) {
        this(session, backgroundThread(), Platform::runLater);
    }

    /** @param background where reads run; @param fx where their results are shown */
    RegisterViewModel(LedgerSession session, Executor background, Executor fx) {
        this.session = session;
        this.register = new Register(session.store());
        this.queries = session.queries();
        this.labels = session.labels();
        this.background = background;
        this.fx = fx;
        // Builds the lookups by member now, so the first filter by member is quick.
        background.execute(register::prepare);
        from.addListener((o, a, b) -> apply());
        to.addListener((o, a, b) -> apply());
        member.addListener((o, a, b) -> apply());
        text.addListener((o, a, b) -> apply());
    }

    static ExecutorService backgroundThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "poruka-register");
            t.setDaemon(true); // closing the window must not wait for a search
            return t;
        });
    }

    /** Reads the first page of the current filter again (after the books changed). */
    public void refresh() {
        apply();
    }

    /** Starts reading the first page of what the filter bar says now. */
    void apply() {
        long mine = ++generation;
        LocalDate f = from.get();
        LocalDate t = to.get();
        String who = member.get() == null ? "" : member.get().strip();
        String words = text.get();
        busy.set(true);
        status.set(labels.get("register.searching"));
        dateProblem.set(f != null && t != null && f.isAfter(t) ? labels.get("register.datesReversed") : "");
        background.execute(() -> {
            if (stale(mine)) {
                return;
            }
            String code = null;
            String problem = "";
            if (!who.isEmpty()) {
                List<Member> found = matching(who);
                if (found.size() == 1) {
                    code = found.get(0).code();
                } else {
                    problem = found.isEmpty() ? labels.get("register.noMember", who)
                            : labels.get("register.manyMembers", found.size(), who,
                                    String.join(", ", found.stream().limit(3).map(Member::code).toList()));
                }
            }
            RegisterFilter wanted = new RegisterFilter(f, t, code, words);
            // A member named but not found shows nothing rather than everyone's exchanges.
            Result r = problem.isEmpty() ? read(wanted, Long.MAX_VALUE, mine) : new Result(List.of(), 0, null);
            String memberText = problem;
            fx.execute(() -> {
                if (mine != generation) {
                    return;
                }
                memberProblem.set(memberText);
                filter = wanted;
                rows.clear();
                shown = 0;
                show(r);
            });
        });
    }

    /** Loads the next page of the same filter below what is shown. */
    public void more() {
        if (!hasMore.get() || busy.get()) {
            return;
        }
        long mine = generation;
        RegisterFilter current = filter;
        long below = next;
        busy.set(true);
        background.execute(() -> {
            Result r = read(current, below, mine);
            fx.execute(() -> {
                if (mine == generation) {
                    show(r);
                }
            });
        });
    }

    /** What one background read found, or the sentence saying why it could not. */
    private record Result(List<RegisterEntry> entries, long next, String failure) {}

    /**
     * One page's worth of exchanges below {@code before}. A text search may come back short while
     * more is left, so reading goes on until the page is full or the journal is done, or until a
     * newer filter makes this one pointless.
     */
    private Result read(RegisterFilter f, long before, long mine) {
        try {
            List<RegisterEntry> found = new ArrayList<>();
            long below = before;
            do {
                RegisterPage page = register.page(f, below, Register.PAGE - found.size());
                found.addAll(page.entries());
                below = page.next();
            } while (found.size() < Register.PAGE && below > 0 && !stale(mine));
            return new Result(found, below, null);
        } catch (LedgerException e) {
            return new Result(List.of(), 0, labels.get("register.failed", e.message(labels.locale())));
        } catch (RuntimeException e) {
            return new Result(List.of(), 0, labels.get("register.failed", String.valueOf(e.getMessage())));
        }
    }

    private boolean stale(long mine) {
        return mine != generation;
    }

    /** Members whose code is {@code who}, else whose code or name contains it (case and accents folded). */
    private List<Member> matching(String who) {
        List<Member> all = queries.members();
        String upper = who.toUpperCase(Locale.ROOT);
        List<Member> exact = all.stream().filter(m -> m.code().equals(upper)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        String key = Names.searchKey(who);
        return all.stream().filter(m -> Names.searchKey(m.code() + " " + m.name()).contains(key)).toList();
    }

    private void show(Result r) {
        busy.set(false);
        if (r.failure() != null) {
            status.set(r.failure());
            hasMore.set(false);
            return;
        }
        Formats formats = session.formats();
        List<RegisterRow> page = new ArrayList<>();
        for (RegisterEntry e : r.entries()) {
            addRows(page, e, formats);
        }
        rows.addAll(page);
        shown += r.entries().size();
        next = r.next();
        hasMore.set(r.next() > 0);
        status.set(shown == 0 && !hasMore.get() ? labels.get("register.none")
                : labels.get(hasMore.get() ? "register.shownMore" : "register.shown", shown));
    }

    private void addRows(List<RegisterRow> out, RegisterEntry e, Formats formats) {
        Exchange x = e.exchange();
        RegisterRow.Kind kind = x.isReversal() ? RegisterRow.Kind.REVERSAL
                : e.isReversed() ? RegisterRow.Kind.REVERSED : RegisterRow.Kind.EXCHANGE;
        String mark = switch (kind) {
            case REVERSAL -> labels.get("register.reverses", Formats.shortId(x.reverses()));
            case REVERSED -> labels.get("register.reversedBy", Formats.shortId(e.reversedBy()));
            case EXCHANGE -> "";
        };
        String date = formats.date(x.valueDate());
        String id = Formats.shortId(x.id());
        for (Leg leg : x.legs()) {
            out.add(new RegisterRow(x.id(), e.posted().seq(), date, id, leg.supplier(), leg.receiver(),
                    formats.amount(leg.amount()), leg.memo(), kind, mark));
        }
    }

    /** Writes every exchange the shown filter matches to {@code file}, on the background thread. */
    public void export(Path file) {
        if (!memberProblem.get().isEmpty()) {
            return; // the screen shows no exchanges; exporting everyone's would surprise
        }
        RegisterFilter current = filter;
        exporting.set(true);
        exportMessage.set("");
        // Its own thread: a long export must not hold up the searches of the screen.
        Thread t = new Thread(() -> {
            String message;
            try {
                Register.Exported done = register.exportCsv(current, file, coop.poruka.app.Progress.NONE);
                message = labels.get("register.exported", done.exchanges(), file);
            } catch (LedgerException e) {
                message = e.message(labels.locale());
            }
            String shownMessage = message;
            fx.execute(() -> {
                exporting.set(false);
                exportMessage.set(shownMessage);
            });
        }, "poruka-register-export");
        t.setDaemon(true);
        t.start();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty memberProperty() {
        return member;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<RegisterRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty memberProblemProperty() {
        return memberProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateProblemProperty() {
        return dateProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public Labels labels() {
        return labels;
    }
}
