package coop.poruka.ui;

import coop.poruka.app.ExportSync;
import coop.poruka.app.ImportSync;
import coop.poruka.app.Progress;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Fork;
import coop.poruka.domain.office.OfficeKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sync screen: what this office holds from each office (and what is known to be missing,
 * and forks), taking in a sync file another office sent (checked and previewed first, then
 * applied in one transaction or not at all), and writing one for another office. The keystore
 * is opened with the password typed here and held open only while the window is.
 */
public final class SyncViewModel {
    /** One origin office: what this ledger holds of its chain, what is missing, what its next file holds. */
    public record OfficeRow(String office, String held, String missing, String nextFile) {}

    /** How many entries of one kind a file adds from one origin office. */
    public record AddedRow(String office, String kind, String count) {}

    /** Which entries an export holds. */
    public enum Scope {
        /** What the chosen office has not confirmed holding. */
        UNCONFIRMED,
        ALL,
        SINCE
    }

    private final LedgerSession session;
    private final Labels labels;
    private final OfficeFiles files;
    private final SyncKeystore keystore;
    private final BackgroundWork work;
    private final Field password = new Field();
    private final Field file = new Field();
    private final ReadOnlyStringWrapper keystoreLine = new ReadOnlyStringWrapper(this, "keystoreLine", "");
    private final ObservableList<OfficeRow> offices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper forks = new ReadOnlyStringWrapper(this, "forks", "");
    private final ObservableList<AddedRow> added = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper gaps = new ReadOnlyStringWrapper(this, "gaps", "");
    private final ReadOnlyBooleanWrapper previewShown = new ReadOnlyBooleanWrapper(this, "previewShown", false);
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply", false);
    private final ReadOnlyStringWrapper importDone = new ReadOnlyStringWrapper(this, "importDone", "");
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<String> target = new SimpleObjectProperty<>(this, "target", "");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.ALL);
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>(this, "since");
    private final ReadOnlyStringWrapper exportProblem = new ReadOnlyStringWrapper(this, "exportProblem", "");
    private final ReadOnlyStringWrapper exportDone = new ReadOnlyStringWrapper(this, "exportDone", "");
    private Function<String, Optional<Path>> saveAs = name -> Optional.empty();
    /** The file the preview shown is of; Apply takes in this file. */
    private Path previewed;
    private String officeCode = "";

    public SyncViewModel(LedgerSession session, OfficeFiles files, SyncKeystore keystore, BackgroundWork work) {
        this.session = session;
        this.labels = session.labels();
        this.files = files;
        this.keystore = keystore;
        this.work = work;
        // An office chosen gets what it has not confirmed; "every office" cannot have confirmed anything.
        target.addListener((o, was, now) -> scope.set(now == null || now.isEmpty() ? Scope.ALL : Scope.UNCONFIRMED));
        scope.addListener((o, was, now) -> {
            if (now == Scope.UNCONFIRMED && (target.get() == null || target.get().isEmpty())) {
                scope.set(Scope.ALL);
            }
        });
        file.valueProperty().addListener((o, was, now) -> clearPreview());
        showKeystore();
    }

    public Labels labels() {
        return labels;
    }

    /** The keystore password as typed; its mistake (a wrong password) is shown beside it. */
    public Field password() {
        return password;
    }

    /** The sync file to take in; a refused file is said in one sentence beside it. */
    public Field file() {
        return file;
    }

    public ReadOnlyStringProperty keystoreLineProperty() {
        return keystoreLine.getReadOnlyProperty();
    }

    public ObservableList<OfficeRow> offices() {
        return offices;
    }

    public ReadOnlyStringProperty forksProperty() {
        return forks.getReadOnlyProperty();
    }

    public ObservableList<AddedRow> added() {
        return added;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gapsProperty() {
        return gaps.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewShownProperty() {
        return previewShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importDoneProperty() {
        return importDone.getReadOnlyProperty();
    }

    /** The offices a file can be made for; the empty code stands for "every office". */
    public ObservableList<String> targets() {
        return targets;
    }

    public ObjectProperty<String> targetProperty() {
        return target;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ReadOnlyStringProperty exportProblemProperty() {
        return exportProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportDoneProperty() {
        return exportDone.getReadOnlyProperty();
    }

    public boolean busy() {
        return work.runningProperty().get();
    }

    /** How the place to save a file is chosen, given the name to suggest: the screen's save dialog. */
    public void setSaveAs(Function<String, Optional<Path>> chooser) {
        this.saveAs = chooser;
    }

    /** The name a target office is shown by. */
    public String targetName(String code) {
        return code == null || code.isEmpty() ? labels.get("sync.everyOffice") : code;
    }

    /** Another keystore than the one beside the ledger; the one held open is forgotten. */
    public void useKeystore(Path other) {
        keystore.keystore(other);
        showKeystore();
    }

    public Path keystore() {
        return keystore.keystore();
    }

    private void showKeystore() {
        keystoreLine.set(labels.get(keystore.unlocked() ? "sync.keystoreOpen" : "sync.keystoreClosed",
                keystore.keystore()));
    }

    /** Reads again what this office holds from each office, what it knows to be missing, and forks. */
    public void refresh() {
        List<OfficeRow> rows = new ArrayList<>();
        List<Fork> seen = new ArrayList<>();
        session.store().read(r -> {
            officeCode = r.settings().map(s -> s.officeCode()).orElse("");
            Map<String, Long> held = r.heldByOffice();
            Set<String> known = new TreeSet<>(held.keySet());
            Map<String, Map<String, Long>> acks = known.stream()
                    .collect(Collectors.toMap(o -> o, r::acknowledgedBy));
            for (String origin : known) {
                long have = held.getOrDefault(origin, 0L);
                String missing = "";
                long most = have;
                for (Map.Entry<String, Map<String, Long>> other : acks.entrySet()) {
                    long theirs = other.getValue().getOrDefault(origin, 0L);
                    if (theirs > most) {
                        most = theirs;
                        missing = labels.get("sync.missing", theirs - have, span(have + 1, theirs), other.getKey());
                    }
                }
                String next = "";
                if (!origin.equals(officeCode)) {
                    Map<String, Long> confirmed = acks.get(origin);
                    long lacking = held.entrySet().stream()
                            .mapToLong(e -> Math.max(0, e.getValue() - confirmed.getOrDefault(e.getKey(), 0L))).sum();
                    next = labels.get("sync.nextFile", lacking);
                }
                rows.add(new OfficeRow(origin.equals(officeCode) ? labels.get("sync.thisOffice", origin) : origin,
                        have == 0 ? "" : span(1, have), missing, next));
            }
            seen.addAll(r.forks());
            return null;
        });
        offices.setAll(rows);
        forks.set(seen.isEmpty() ? labels.get("sync.noForks") : seen.stream()
                .map(f -> labels.get("sync.fork", f.office(), f.seq(), f.sender(),
                        session.formats().date(LocalDate.ofInstant(f.seenAt(), ZoneId.systemDefault()))))
                .collect(Collectors.joining("\n")));
        List<String> codes = new ArrayList<>();
        codes.add("");
        session.store().read(r -> r.heldByOffice()).keySet().stream().filter(o -> !o.equals(officeCode))
                .forEach(codes::add);
        String keep = target.get();
        if (!codes.equals(targets)) {
            targets.setAll(codes);
        }
        target.set(codes.contains(keep) ? keep : "");
        showKeystore();
    }

    /** The office key, opened with the password typed unless it is open already; null (and said why) when none was typed. */
    private char[] typedPassword() {
        String typed = password.valueProperty().get();
        if (!keystore.unlocked() && (typed == null || typed.isEmpty())) {
            password.fail(labels.get("sync.passwordMissing"));
            return null;
        }
        return typed == null ? new char[0] : typed.toCharArray();
    }

    private OfficeKey key(char[] typed) {
        OfficeKey key = keystore.key(typed);
        java.util.Arrays.fill(typed, '\0');
        return key;
    }

    /** Checks the file typed or chosen and shows what it would add, changing nothing. Runs in the background. */
    public boolean preview() {
        importDone.set("");
        clearPreview();
        if (file.value().isEmpty()) {
            return file.fail(labels.get("sync.fileMissing"));
        }
        Path chosen = Path.of(file.value());
        char[] typed = typedPassword();
        if (typed == null) {
            return false;
        }
        return started(work.start(labels.get("sync.work.checking", chosen.getFileName()), p -> {
            OfficeKey key = key(typed);
            ImportSync sync = new ImportSync(session.store(), files.syncFiles(), session.clock());
            try {
                return sync.previewByKind(chosen, key.ca());
            } catch (LedgerException e) {
                if ("sync.fork".equals(e.key())) {
                    // Taking it in records the fork for people to sort out, then refuses the file the same way.
                    sync.run(chosen, key.ca());
                }
                throw e;
            }
        }, counts -> showPreview(chosen, counts), this::importFailed));
    }

    /** Same as choosing the file and asking for its preview. */
    public boolean preview(Path chosen) {
        file.set(chosen.toString());
        return preview();
    }

    private boolean started(boolean started) {
        if (!started) {
            importDone.set(labels.get("sync.busy"));
        }
        return started;
    }

    private void showPreview(Path chosen, ImportSync.KindCounts counts) {
        showKeystore();
        password.set("");
        ImportSync.Preview p = counts.preview();
        List<AddedRow> rows = new ArrayList<>();
        counts.added().forEach((office, kinds) -> kinds.forEach((kind, n) ->
                rows.add(new AddedRow(office, labels.get("sync.kind." + kind.name()), number(n)))));
        added.setAll(rows);
        int held = p.offices().values().stream().mapToInt(ImportSync.OfficeCounts::held).sum();
        summary.set(p.added() > 0 ? labels.get("sync.wouldAdd", p.from(), p.added(), held)
                : p.confirmsMore() ? labels.get("sync.nothingNewButConfirms", p.from())
                : labels.get("sync.nothingNew", p.from(), held));
        gaps.set(p.gaps().stream().map(g -> labels.get("sync.gap", g.last() - g.first() + 1, span(g.first(), g.last()), g.office(),
                p.offices().get(g.office()).waiting())).collect(Collectors.joining("\n")));
        previewed = chosen;
        previewShown.set(true);
        canApply.set(p.added() > 0 || p.confirmsMore());
    }

    private void clearPreview() {
        previewed = null;
        added.clear();
        summary.set("");
        gaps.set("");
        previewShown.set(false);
        canApply.set(false);
    }

    /** Takes in the previewed file, all of it in one transaction or nothing. Runs in the background. */
    public boolean apply() {
        if (previewed == null || !canApply.get()) {
            return false;
        }
        Path chosen = previewed;
        return started(work.start(labels.get("sync.work.importing", chosen.getFileName()), p -> {
            OfficeKey key = keystore.key(new char[0]);
            return new ImportSync(session.store(), files.syncFiles(), session.clock()).run(chosen, key.ca());
        }, p -> {
            clearPreview();
            importDone.set(p.added() > 0 ? labels.get("sync.added", p.added(), p.from())
                    : p.confirmsMore() ? labels.get("sync.confirmed", p.from())
                    : labels.get("sync.nothingNew", p.from(),
                            p.offices().values().stream().mapToInt(ImportSync.OfficeCounts::held).sum()));
            session.changed();
            refresh();
        }, this::importFailed));
    }

    /** Puts the preview away; nothing was taken in. */
    public void cancel() {
        clearPreview();
        importDone.set(labels.get("sync.cancelled"));
    }

    private void importFailed(Throwable problem) {
        clearPreview();
        if (!password(problem)) {
            file.fail(sentence(problem));
        }
        refresh();
    }

    /** A keystore that did not open: said beside the password. True when it was that. */
    private boolean password(Throwable problem) {
        if (problem instanceof LedgerException e && e.key().startsWith("identity.")) {
            password.fail(e.key().equals("identity.wrongPassword") ? labels.get("sync.wrongPassword")
                    : e.message(labels.locale()));
            return true;
        }
        return false;
    }

    private String sentence(Throwable problem) {
        if (problem instanceof Progress.Cancelled) {
            return labels.get("notice.cancelled");
        }
        if (problem instanceof LedgerException e) {
            return e.message(labels.locale());
        }
        String what = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        return labels.get("start.unexpected", what.lines().findFirst().orElse(what));
    }

    /** The file name the save dialog suggests: from this office, for whom, and today. */
    public String suggestedName() {
        String to = target.get() == null || target.get().isEmpty() ? "all" : target.get();
        return officeCode + "-" + to + "-" + LocalDate.now(session.clock()) + ".poruka-sync";
    }

    /** Asks where to save, then writes the file. */
    public boolean export() {
        exportProblem.set("");
        exportDone.set("");
        if (exportScope() == null || !keystore.unlocked() && typedPassword() == null) {
            return false;
        }
        return saveAs.apply(suggestedName()).map(this::export).orElse(false);
    }

    /** What the export holds as chosen; null (and said why) when a date is needed and missing. */
    private ExportSync.Scope exportScope() {
        String office = target.get() == null ? "" : target.get();
        return switch (scope.get()) {
            case UNCONFIRMED -> office.isEmpty() ? new ExportSync.Scope.All() : new ExportSync.Scope.For(office);
            case ALL -> new ExportSync.Scope.All();
            case SINCE -> {
                if (since.get() == null) {
                    exportProblem.set(labels.get("sync.sinceMissing"));
                    yield null;
                }
                yield new ExportSync.Scope.Since(since.get());
            }
        };
    }

    /** Writes a signed sync file to {@code out} for the office and scope chosen. Runs in the background. */
    public boolean export(Path out) {
        exportProblem.set("");
        exportDone.set("");
        ExportSync.Scope which = exportScope();
        char[] typed = which == null ? null : typedPassword();
        if (typed == null) {
            return false;
        }
        boolean started = work.start(labels.get("sync.work.exporting", out.getFileName()), p -> {
            OfficeKey key = key(typed);
            ExportSync.Result r = new ExportSync(session.store(), files.syncFiles(), session.clock()).run(out, key, which);
            return new Written(r, size(out));
        }, w -> {
            showKeystore();
            password.set("");
            exportDone.set(labels.get("sync.exported", w.result().entries(), w.size(), out,
                    w.result().ranges().entrySet().stream()
                            .map(e -> e.getKey() + " " + span(e.getValue()[0], e.getValue()[1]))
                            .collect(Collectors.joining(", "))));
        }, problem -> {
            if (!password(problem)) {
                exportProblem.set(sentence(problem));
            }
        });
        if (!started) {
            exportProblem.set(labels.get("sync.busy"));
        }
        return started;
    }

    private record Written(ExportSync.Result result, String size) {}

    /** A file's size as a person reads it: bytes, KB or MB with one decimal, in their language. */
    private String size(Path out) {
        long bytes;
        try {
            bytes = Files.size(out);
        } catch (IOException e) {
            return "?";
        }
        NumberFormat f = NumberFormat.getNumberInstance(labels.locale());
        f.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return labels.get("sync.bytes", bytes);
        }
        return bytes < 1024 * 1024 ? labels.get("sync.kilobytes", f.format(bytes / 1024.0))
                : labels.get("sync.megabytes", f.format(bytes / (1024.0 * 1024)));
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(labels.locale()).format(n);
    }

    /** Places in an office's chain as people write them: "120–180", or "120" for one. */
    static String span(long first, long last) {
        return first == last ? Long.toString(first) : first + "–" + last;
    }
}
