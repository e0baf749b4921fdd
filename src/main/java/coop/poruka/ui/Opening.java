package coop.poruka.ui;

import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.OfficeIdentity;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * What the program opens at start and what it remembers: the ledger named on the command line,
 * else the one opened last, else the demo co-op with the welcome over it. Also reopens the
 * window on another ledger (a new co-op, a file chosen) and keeps the window where it was.
 */
public final class Opening implements Reopening {
    private final Stage stage;
    private final Path named;
    private final LedgerOpener ledgers;
    private final Clock clock;
    private final Preferences prefs;
    private final Documents documents;
    private final OfficeIdentity identity;
    private final Recents recents;
    private Labels labels;
    /** The ledger the window shows now, once it is open. */
    private Path shown;
    private PorukaWindow window;
    private Stage dialog;
    private WindowState placed;
    private OfficeFiles offices;

    /** A window without receipts (they need a document writer). */
    public Opening(Stage stage, Path named, LedgerOpener ledgers, Clock clock, Preferences prefs) {
        this(stage, named, ledgers, clock, prefs, null);
    }

    /** @param documents writes receipts; null leaves the counter's receipt button off */
    public Opening(Stage stage, Path named, LedgerOpener ledgers, Clock clock, Preferences prefs,
            Documents documents) {
        this(stage, named, ledgers, clock, prefs, documents, null);
    }

    /** @param identity opens the office key that signs the documents; null: documents are not signed */
    public Opening(Stage stage, Path named, LedgerOpener ledgers, Clock clock, Preferences prefs,
            Documents documents, OfficeIdentity identity) {
        this.identity = identity;
        this.stage = stage;
        this.documents = documents;
        this.named = named;
        this.ledgers = ledgers;
        this.clock = clock;
        this.prefs = prefs;
        this.recents = new Recents(prefs);
        this.labels = new Labels(language(prefs));
    }

    /** The keystore and sync files of every window opened from now on; null leaves the sync screen out. */
    public void officeFiles(OfficeFiles files) {
        this.offices = files;
    }

    /** The language chosen in the settings, else the machine's. */
    public static Locale language(Preferences prefs) {
        return Prefs.language(prefs).orElse(Locale.getDefault());
    }

    public Labels labels() {
        return labels;
    }

    public Recents recents() {
        return recents;
    }

    /** Opens the window on what there is to open; the welcome follows on a first start. */
    public void start() {
        boolean welcome = named == null && recents.firstRun();
        placed = WindowState.load(prefs).orElse(null);
        if (placed != null) {
            placed.applyTo(stage);
        }
        open(ledgerToOpen(named, recents), welcome);
    }

    /** The ledger a start opens: the one named, else the one opened last, else (null) the default. */
    static Path ledgerToOpen(Path named, Recents recents) {
        return named != null ? named : recents.last().orElse(null);
    }

    /** Shows {@code ledger} (null: the default ledger, made into the demo the first time) in the window. */
    public void open(Path ledger, boolean welcome) {
        open(ledger, welcome, PorukaWindow.FIRST_AREA);
    }

    private void open(Path ledger, boolean welcome, String area) {
        open(ledger, welcome, area, null);
    }

    @Override
    public void restore(Path backup) {
        Path ledger = shown;
        if (ledger != null) {
            open(ledger, false, PorukaWindow.FIRST_AREA, backup);
        }
    }

    @Override
    public LedgerOpener ledgers() {
        return ledgers;
    }

    private void open(Path ledger, boolean welcome, String area, Path restoreFrom) {
        closeDialog();
        if (window != null) {
            window.close();
        }
        Path previous = shown;
        shown = null;
        StartViewModel start = new StartViewModel(ledger, ledgers, clock, labels, documents, identity).withOfficeFiles(offices);
        if (previous != null && !previous.equals(ledgers.resolve(ledger))) {
            // A file that turns out not to be a ledger must not leave the clerk without one.
            start.offerBack(() -> open(previous, false));
        }
        if (restoreFrom != null) {
            start.restoreFirst(restoreFrom);
            // A backup refused leaves the ledger as it was: offer to show it again.
            start.offerBack(() -> open(ledger, false));
        }
        window = new PorukaWindow(stage, start, this, area);
        window.show();
        if (window.isOpen()) { // opened at once, without the start screen
            opened(ledger, welcome);
            return;
        }
        Scene scene = stage.getScene();
        Parent starting = scene.getRoot();
        // The window swaps the start screen for the main one once the ledger is open.
        ChangeListener<Parent> opened = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Parent> o, Parent was, Parent now) {
                if (now != starting) {
                    scene.rootProperty().removeListener(this);
                    opened(ledger, welcome);
                }
            }
        };
        scene.rootProperty().addListener(opened);
    }

    private void opened(Path ledger, boolean welcome) {
        shown = ledgers.resolve(ledger);
        recents.opened(shown);
        if (welcome) {
            showWelcome();
        }
    }

    @Override
    public void newCoop() {
        showWizard();
    }

    @Override
    public void open(Path ledger) {
        if (!ledgers.resolve(ledger).equals(shown)) {
            open(ledger, false);
        }
    }

    @Override
    public List<Path> recent() {
        return recents.recent().stream().filter(p -> !p.equals(shown)).toList();
    }

    @Override
    public Preferences preferences() {
        return prefs;
    }

    @Override
    public Path shown() {
        return shown;
    }

    /**
     * Opens the window again on the same ledger in {@code language}: every label, menu and format
     * is made anew, which is simpler and surer than relabelling each control in place.
     */
    @Override
    public void relabel(Locale language, String area) {
        Prefs.language(prefs, language);
        labels = new Labels(language);
        if (shown != null) {
            open(shown, false, area);
        }
    }

    private void showWelcome() {
        WelcomeViewModel vm = WelcomeViewModel.overDemo(ledgers, labels, clock);
        WelcomeView view = new WelcomeView(vm, this::closeDialog, this::showWizard, p -> open(p, false));
        showDialog(view.root(), labels.get("welcome.title"), 640, 470, view::focus);
    }

    /** The new-co-op wizard over the window; the window opens the new co-op once it is made. */
    public void showWizard() {
        NewCoopWizard wizard = new NewCoopWizard(new NewCoopViewModel(ledgers, clock, labels),
                p -> open(p, false), this::closeDialog);
        showDialog(wizard.root(), labels.get("wizard.title"), 760, 720, wizard::focus);
    }

    /** Shows {@code content} in the dialog over the window; {@code focus} puts the keyboard in it. */
    private void showDialog(Parent content, String title, double width, double height, Runnable focus) {
        if (dialog == null) {
            dialog = new Stage();
            dialog.initOwner(stage);
            dialog.initModality(Modality.WINDOW_MODAL);
            Scene scene = new Scene(content, width, height);
            scene.getStylesheets().add(Opening.class.getResource("poruka.css").toExternalForm());
            dialog.setScene(scene);
        } else {
            dialog.getScene().setRoot(content);
            dialog.setWidth(width);
            dialog.setHeight(height);
        }
        dialog.setTitle(title);
        dialog.show();
        dialog.centerOnScreen();
        // A dialog shown again with new content (the welcome becoming the wizard) takes the keyboard back.
        dialog.requestFocus();
        // Once laid out: before that, the scene may still move the keyboard off a node it replaced.
        FirstFrame.then(dialog.getScene(), focus);
    }

    private void closeDialog() {
        if (dialog != null) {
            dialog.close();
            dialog = null;
        }
    }

    /** Remembers where the window is and lets go of the ledger; call when the program ends. */
    public void stop() {
        closeDialog();
        if (stage.getWidth() > 0) {
            WindowState.of(stage, placed).save(prefs);
        }
        if (window != null) {
            window.close();
        }
    }
}
