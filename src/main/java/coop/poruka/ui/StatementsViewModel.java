package coop.poruka.ui;

import coop.poruka.app.CloseMonth;
import coop.poruka.app.Exposure;
import coop.poruka.app.PrintMonthSummary;
import coop.poruka.app.PrintStatements;
import coop.poruka.app.Progress;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.Documents;
import coop.poruka.ui.CounterViewModel.Suggestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The treasurer's month: members' statements (all of them, or one) printed into a folder as signed
 * PDF files, off the FX thread with progress and a cancel that stops the batch; the co-op's monthly
 * summary; a guarantor's exposure pack; and closing the month. Documents are signed with the office
 * key opened by {@link KeystoreUnlock}; without it nothing is printed (decision 31).
 */
public final class StatementsViewModel {
    /** How far back the month list goes. */
    static final int MONTHS = 24;
    private static final String FOLDER = "statementsFolder";

    private final LedgerSession session;
    private final Labels labels;
    private final Preferences prefs;
    private final MemberSearch members = new MemberSearch();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final BooleanProperty allMembers = new SimpleBooleanProperty(this, "allMembers", true);
    private final StringProperty member = new SimpleStringProperty(this, "member", "");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final BooleanProperty combined = new SimpleBooleanProperty(this, "combined", false);
    private final StringProperty guarantor = new SimpleStringProperty(this, "guarantor", "");
    private final ReadOnlyStringWrapper keyNote = new ReadOnlyStringWrapper(this, "keyNote", "");
    private final ReadOnlyStringWrapper noProblem = new ReadOnlyStringWrapper(this, "passwordProblem", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError", false);
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>(this, "written");
    private Optional<YearMonth> lastClosed = Optional.empty();
    /** Set by Cancel; the batch stops before its next member, keeping the files already written. */
    private volatile boolean cancelAsked;
    private Executor fx = Platform::runLater;
    private Predicate<Path> viewer = SystemViewer::open;

    public StatementsViewModel(LedgerSession session, Preferences prefs) {
        this.session = session;
        this.labels = session.labels();
        this.prefs = prefs;
        String remembered = prefs.get(FOLDER, null);
        folder.set(remembered != null ? Path.of(remembered) : SystemViewer.documentsFolder());
        folder.addListener((o, was, now) -> {
            if (now != null) {
                prefs.put(FOLDER, now.toString());
                Prefs.flush(prefs);
            }
        });
        YearMonth now = YearMonth.now(session.clock());
        for (int i = 0; i < MONTHS; i++) {
            months.add(now.minusMonths(i));
        }
        month.set(now.minusMonths(1));
        session.keys().ifPresent(k -> k.unlockedProperty().addListener((o, was, is) -> describeKey()));
    }

    /** Where the work's results are said and the folder opened: the FX thread, or the caller's in a test. */
    void setExecutor(Executor fx) {
        this.fx = fx;
    }

    /** Opens a folder in the computer's file manager; true when it was opened. Runs off the FX thread. */
    void setViewer(Predicate<Path> viewer) {
        this.viewer = viewer;
    }

    public Labels labels() {
        return labels;
    }

    /** This month and the ones before it, newest first. */
    public ObservableList<YearMonth> months() {
        return months;
    }

    /** A month as the person reads it, marked when it is closed: "October 2026 (closed)". */
    public String monthText(YearMonth m) {
        if (m == null) {
            return "";
        }
        String text = DateTimeFormatter.ofPattern("LLLL yyyy", labels.locale()).format(m);
        text = text.substring(0, 1).toUpperCase(labels.locale()) + text.substring(1);
        return isClosed(m) ? labels.get("statements.monthClosed", text) : text;
    }

    boolean isClosed(YearMonth m) {
        return lastClosed.isPresent() && !m.isAfter(lastClosed.get());
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    /** True: every member's statement; false: only the one named in {@link #memberProperty}. */
    public BooleanProperty allMembersProperty() {
        return allMembers;
    }

    public StringProperty memberProperty() {
        return member;
    }

    /** The folder the documents go into; remembered for the next time. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** Also one file with every statement, to print in one go. */
    public BooleanProperty combinedProperty() {
        return combined;
    }

    public StringProperty guarantorProperty() {
        return guarantor;
    }

    /** Members to offer as a member or guarantor field is typed into. */
    public List<Suggestion> suggestions(String typed) {
        return members.suggestions(typed);
    }

    /** Whether documents can be signed, and what to do when they cannot; one sentence. */
    public ReadOnlyStringProperty keyNoteProperty() {
        return keyNote.getReadOnlyProperty();
    }

    /** Why the password typed did not open the key; shown beside the password field. */
    public ReadOnlyStringProperty passwordProblemProperty() {
        return session.keys().map(KeystoreUnlock::problemProperty).orElse(noProblem.getReadOnlyProperty());
    }

    /** True when there is a keystore whose password has not been given yet. */
    public boolean asksPassword() {
        return session.keys().map(k -> k.hasKeystore() && !k.isUnlocked()).orElse(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 while statements are printed; -1 while the work's length is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "12 of 60: ALM-0012 Name" while a batch runs: the statement being printed now. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** The folder the last documents were written into, to open; null until something was written. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Reads the members and the closed months again. */
    public void refresh() {
        members.load(session.queries().members());
        lastClosed = session.queries().lastClosedMonth();
        // The list shows the closed mark through the month text: set again so the cells redraw.
        YearMonth chosen = month.get();
        months.setAll(new ArrayList<>(months));
        month.set(chosen);
        describeKey();
    }

    private void describeKey() {
        keyNote.set(session.keys().map(k -> !k.hasKeystore() ? k.noKeystoreSentence()
                : k.isUnlocked() ? labels.get("keystore.unlocked", k.keystore())
                : labels.get("keystore.locked", k.keystore())).orElse(labels.get("keystore.unavailable")));
    }

    /** Opens the office key with the password typed; false (the sentence beside the field) when wrong. */
    public boolean unlock(String password) {
        return session.keys().map(k -> k.unlock(password == null ? new char[0] : password.toCharArray()))
                .orElse(false);
    }

    /** Prints the statements asked for in the background; false, with the reason said, when it cannot start. */
    public boolean print() {
        YearMonth m = month.get();
        Optional<Documents> signed = signer();
        if (signed.isEmpty() || running.get()) {
            return false;
        }
        Path dir = folder.get();
        PrintStatements print = new PrintStatements(session.store(), signed.get(), session.clock());
        if (!allMembers.get()) {
            Optional<Member> who = memberNamed(member.get(), "statements.memberMissing");
            if (who.isEmpty()) {
                return false;
            }
            Member w = who.get();
            return background(() -> {
                Path file = print.one(w.code(), m, dir, labels.locale());
                return labels.get("statements.oneDone", w.code(), monthText(m), file);
            }, dir);
        }
        cancelAsked = false;
        AtomicLong done = new AtomicLong();
        return background(() -> {
            List<String> codes = print.members(m);
            try {
                PrintStatements.Result r = print.all(m, dir, labels.locale(), combined.get(),
                        progressOf(codes, done));
                String said = labels.get("statements.allDone", r.files().size(), monthText(m), dir.toAbsolutePath());
                return r.combined() == null ? said : said + " " + labels.get("statements.combinedDone", r.combined());
            } catch (Progress.Cancelled e) {
                return labels.get("statements.cancelled", done.get(), codes.size(), dir.toAbsolutePath());
            }
        }, dir);
    }

    /** Reports each statement written: how many of how many, and who is being printed now. */
    private Progress progressOf(List<String> codes, AtomicLong done) {
        AtomicBoolean shown = new AtomicBoolean(true);
        return new Progress() {
            @Override
            public void update(long n, long total) {
                done.set(n);
                // One update waiting on the FX thread at a time: a large batch must not flood it.
                if (shown.getAndSet(false)) {
                    fx.execute(() -> {
                        shown.set(true);
                        long at = done.get();
                        progress.set(total == 0 ? 1 : (double) at / total);
                        String next = at < codes.size() ? codes.get((int) at) : "";
                        String name = members.resolve(next).map(Member::name).orElse("");
                        // Counted from one, naming the member being printed now.
                        progressText.set(labels.get("statements.progress", Math.min(at + 1, total), total, next, name)
                                .strip());
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return cancelAsked;
            }
        };
    }

    /** Stops a batch before its next member; the statements already written stay. */
    public void cancel() {
        cancelAsked = true;
    }

    /** Writes the co-op's monthly summary of the chosen month into the folder. */
    public boolean printSummary() {
        YearMonth m = month.get();
        Optional<Documents> signed = signer();
        if (signed.isEmpty() || running.get()) {
            return false;
        }
        Path dir = folder.get();
        return background(() -> {
            Path file = dir.toAbsolutePath().resolve("summary-" + m + ".pdf");
            Files.createDirectories(dir.toAbsolutePath());
            new PrintMonthSummary(session.store(), signed.get(), session.clock()).run(m, file, labels.locale());
            return labels.get("statements.summaryDone", monthText(m), file);
        }, dir);
    }

    /** Writes the exposure pack of the guarantor named (as it stands today) into the folder. */
    public boolean printExposure() {
        Optional<Documents> signed = signer();
        if (signed.isEmpty() || running.get()) {
            return false;
        }
        Optional<Member> who = memberNamed(guarantor.get(), "statements.guarantorMissing");
        if (who.isEmpty()) {
            return false;
        }
        String code = who.get().code();
        Path dir = folder.get();
        return background(() -> {
            Path file = dir.toAbsolutePath().resolve("exposure-" + code + "-" + LocalDate.now(session.clock()) + ".pdf");
            Files.createDirectories(dir.toAbsolutePath());
            signed.get().exposure(new Exposure(session.store()).pack(code, session.clock()), labels.locale(), file);
            return labels.get("statements.exposureDone", code, file);
        }, dir);
    }

    /** Closes the chosen month (the screen asks first); a refusal is said in one sentence. */
    public boolean closeMonth() {
        YearMonth m = month.get();
        String name = monthText(m);
        try {
            new CloseMonth(session.store(), session.clock()).run(m);
        } catch (LedgerException e) {
            say(e.message(labels.locale()), true);
            return false;
        }
        written.set(null);
        say(labels.get("statements.closedDone", name), false);
        session.changed();
        refresh();
        return true;
    }

    /** Opens the folder the last documents went into in the computer's file manager. */
    public void openFolder() {
        Path dir = written.get();
        if (dir == null) {
            return;
        }
        Thread t = new Thread(() -> {
            if (!viewer.test(dir)) {
                fx.execute(() -> say(labels.get("statements.folderNotOpened", dir), false));
            }
        }, "poruka-open-folder");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The signed documents, or empty with the reason said: the window signs nothing, the office has
     * no keystore yet, or its password has not been given.
     */
    private Optional<Documents> signer() {
        Optional<KeystoreUnlock> keys = session.keys();
        if (keys.isEmpty()) {
            say(labels.get("keystore.unavailable"), true);
        } else if (!keys.get().hasKeystore()) {
            say(keys.get().noKeystoreSentence(), true);
        } else if (!keys.get().isUnlocked()) {
            say(labels.get("keystore.passwordFirst"), true);
        } else if (month.get() == null) {
            say(labels.get("statements.monthMissing"), true);
        } else if (folder.get() == null) {
            say(labels.get("statements.folderMissing"), true);
        } else {
            return keys.get().signed();
        }
        return Optional.empty();
    }

    private Optional<Member> memberNamed(String text, String missingKey) {
        String t = text == null ? "" : text.strip();
        Optional<Member> m = members.resolve(t);
        if (m.isEmpty()) {
            say(t.isEmpty() ? labels.get(missingKey) : labels.get("statements.memberUnknown", t), true);
        }
        return m;
    }

    /** Work that writes documents, off the FX thread; its sentence (or the refusal) is said when it ends. */
    private interface Writing {
        String run() throws Exception;
    }

    private boolean background(Writing work, Path dir) {
        running.set(true);
        progress.set(-1);
        progressText.set("");
        say("", false);
        Thread t = new Thread(() -> {
            String sentence;
            boolean error = false;
            try {
                sentence = work.run();
            } catch (LedgerException e) {
                sentence = e.message(labels.locale());
                error = true;
            } catch (Exception e) {
                String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                sentence = labels.get("start.unexpected", what.lines().findFirst().orElse(what));
                error = true;
            }
            String said = sentence;
            boolean failed = error;
            fx.execute(() -> {
                running.set(false);
                progress.set(failed ? 0 : 1);
                progressText.set("");
                // Even after a cancel or a failure the folder may hold what was written so far.
                written.set(Files.isDirectory(dir) ? dir.toAbsolutePath() : null);
                say(said, failed);
            });
        }, "poruka-statements");
        t.setDaemon(true);
        t.start();
        return true;
    }

    private void say(String sentence, boolean error) {
        messageIsError.set(error);
        message.set(sentence);
    }
}
