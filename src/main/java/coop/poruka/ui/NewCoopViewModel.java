package coop.poruka.ui;

import coop.poruka.app.AddMember.NewMember;
import coop.poruka.app.InitLedger;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * A new co-op's books: its settings, where the ledger file goes and its first members. Every
 * field is checked before anything is written; the ledger is then made in one transaction.
 */
public final class NewCoopViewModel {
    public static final String SUFFIX = ".mv.db";
    static final int FIRST_ROWS = 3;

    private final LedgerOpener ledgers;
    private final Clock clock;
    private final Labels labels;
    private final CoopForm coop;
    private final Field location = new Field();
    private final ObservableList<MemberDraft> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** The file follows the co-op's name until the person picks a file themselves. */
    private boolean locationChosen;
    private boolean settingLocation;

    /** One row of the first members: code, name and credit limit as typed. */
    public static final class MemberDraft {
        private final Field code = new Field();
        private final Field name = new Field();
        private final Field limit = new Field();

        public Field code() {
            return code;
        }

        public Field name() {
            return name;
        }

        public Field limit() {
            return limit;
        }

        boolean blank() {
            return code.value().isEmpty() && name.value().isEmpty() && limit.value().isEmpty();
        }
    }

    public NewCoopViewModel(LedgerOpener ledgers, Clock clock, Labels labels) {
        this.ledgers = ledgers;
        this.clock = clock;
        this.labels = labels;
        this.coop = new CoopForm(labels);
        for (int i = 0; i < FIRST_ROWS; i++) {
            addRow();
        }
        coop.name().valueProperty().addListener((o, was, now) -> {
            if (!locationChosen) {
                setLocation(suggestedFile(now).toString());
            }
        });
        location.valueProperty().addListener((o, was, now) -> locationChosen |= !settingLocation);
        setLocation(suggestedFile("").toString());
    }

    public Labels labels() {
        return labels;
    }

    public CoopForm coop() {
        return coop;
    }

    public Field location() {
        return location;
    }

    public ObservableList<MemberDraft> members() {
        return members;
    }

    public MemberDraft addRow() {
        MemberDraft row = new MemberDraft();
        members.add(row);
        return row;
    }

    /** What went wrong as a whole (or what is being done), shown above the buttons. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The folder new ledgers go in by default: beside the default ledger. */
    public Path dataDirectory() {
        return ledgers.resolve(null).getParent();
    }

    /** The person chose a file in a file dialog. */
    public void chooseLocation(Path file) {
        location.set(withSuffix(file.toString()));
        locationChosen = true;
    }

    private void setLocation(String path) {
        settingLocation = true;
        try {
            location.set(path);
        } finally {
            settingLocation = false;
        }
    }

    /** A file in the data directory named after the co-op, that is not there yet. */
    Path suggestedFile(String coopName) {
        String base = slug(coopName);
        Path dir = dataDirectory();
        Path file = dir.resolve(base + SUFFIX);
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(base + "-" + n + SUFFIX);
        }
        return file;
    }

    /** Letters and digits of the name in lower case, joined by "-"; any script is kept. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String s = plain.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "coop" : s;
    }

    private static String withSuffix(String path) {
        return path.endsWith(SUFFIX) ? path : path + SUFFIX;
    }

    /** Checks every field and marks each wrong one; true when the co-op can be made. */
    public boolean check() {
        boolean ok = coop.check();
        ok &= checkLocation();
        int decimals = coop.decimalsOrNone();
        Set<String> codes = new HashSet<>();
        for (MemberDraft row : members) {
            ok &= checkRow(row, decimals, codes);
        }
        message.set(ok ? "" : labels.get("wizard.fixErrors"));
        return ok;
    }

    private boolean checkLocation() {
        String text = location.value();
        if (text.isEmpty()) {
            return location.fail(labels.get("form.required"));
        }
        if (!text.endsWith(SUFFIX)) {
            return location.fail(labels.get("wizard.locationNotFile"));
        }
        if (Files.exists(Path.of(text))) {
            return location.fail(labels.get("wizard.locationExists"));
        }
        location.clearError();
        return true;
    }

    private boolean checkRow(MemberDraft row, int decimals, Set<String> codes) {
        row.code().clearError();
        row.name().clearError();
        row.limit().clearError();
        if (row.blank()) {
            return true;
        }
        boolean ok = true;
        try {
            String code = Member.code(row.code().value());
            if (!codes.add(code)) {
                ok = row.code().fail(new LedgerException("member.duplicate", code).message(labels.locale()));
            }
        } catch (LedgerException e) {
            ok = row.code().fail(row.code().value().isEmpty() ? labels.get("form.required")
                    : e.message(labels.locale()));
        }
        ok &= coop.text(row.name(), Member.MAX_NAME);
        if (decimals >= 0) {
            try {
                limit(row, decimals);
            } catch (LedgerException e) {
                ok = row.limit().fail(e.message(labels.locale()));
            }
        }
        return ok;
    }

    /**
     * The limit in minor units. Typed as the person writes numbers: a decimal comma is read as
     * the point, spaces between thousands are ignored; empty is no credit.
     */
    private static long limit(MemberDraft row, int decimals) {
        String typed = row.limit().value().replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        if (typed.isEmpty()) {
            return 0;
        }
        long minor = Amounts.parse(typed, decimals);
        if (minor < 0) {
            throw new LedgerException("member.limitRange", row.code().value());
        }
        return minor;
    }

    /** The new ledger file; call after {@link #check()} returned true. */
    public Path file() {
        return ledgers.resolve(Path.of(location.value()));
    }

    /**
     * Makes the ledger file with the co-op and its first members. Blocks: run it off the screen's
     * thread. A refusal leaves no file behind.
     */
    public Path create() {
        int decimals = coop.decimalsOrNone();
        List<NewMember> first = new ArrayList<>();
        for (MemberDraft row : members) {
            if (!row.blank()) {
                first.add(new NewMember(Member.code(row.code().value()), row.name().value(), limit(row, decimals),
                        null));
            }
        }
        var settings = InitLedger.settings(coop.name().value(), coop.unit(), coop.officeCode().value(),
                coop.officeName().value());
        Path file = file();
        boolean made = false;
        try (LedgerStore store = ledgers.open(file, true)) {
            new InitLedger(store, clock).run(settings, first);
            made = true;
        } finally {
            if (!made) {
                forget(file);
            }
        }
        return file;
    }

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an empty ledger left behind is refused with its own sentence when opened
        }
    }

    /** {@link #create()} in the background; the model shows what it does and why it failed. */
    public Task<Path> createTask() {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                return create();
            }
        };
        busy.set(true);
        message.set(labels.get("wizard.creating", file()));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            busy.set(false);
            Throwable problem = task.getException();
            message.set(problem instanceof LedgerException le ? le.message(labels.locale())
                    : labels.get("start.unexpected", String.valueOf(problem.getMessage())));
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> busy.set(false));
        return task;
    }
}
