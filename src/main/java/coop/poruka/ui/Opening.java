package coop.poruka.ui;

import coop.poruka.domain.port.LedgerOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Platform;
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
public final class Opening {
    private final Stage stage;
    private final Path named;
    private final LedgerOpener ledgers;
    private final Clock clock;
    private final Preferences prefs;
    private final Recents recents;
    private final Labels labels;
    private PorukaWindow window;
    private Stage dialog;
    private WindowState placed;

    public Opening(Stage stage, Path named, LedgerOpener ledgers, Clock clock, Preferences prefs) {
        this.stage = stage;
        this.named = named;
        this.ledgers = ledgers;
        this.clock = clock;
        this.prefs = prefs;
        this.recents = new Recents(prefs);
        this.labels = new Labels(language(prefs));
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
        closeDialog();
        if (window != null) {
            window.close();
        }
        window = new PorukaWindow(stage, new StartViewModel(ledger, ledgers, clock, labels));
        window.show();
        Scene scene = stage.getScene();
        Parent starting = scene.getRoot();
        // The window swaps the start screen for the main one once the ledger is open.
        ChangeListener<Parent> opened = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Parent> o, Parent was, Parent now) {
                if (now != starting) {
                    scene.rootProperty().removeListener(this);
                    recents.opened(ledgers.resolve(ledger));
                    if (welcome) {
                        showWelcome();
                    }
                }
            }
        };
        scene.rootProperty().addListener(opened);
    }

    private void showWelcome() {
        WelcomeViewModel vm = WelcomeViewModel.overDemo(ledgers, labels, clock);
        WelcomeView view = new WelcomeView(vm, this::closeDialog, this::showWizard, p -> open(p, false));
        showDialog(view.root(), labels.get("welcome.title"), 640, 400);
        view.focus();
    }

    /** The new-co-op wizard over the window; the window opens the new co-op once it is made. */
    public void showWizard() {
        NewCoopWizard wizard = new NewCoopWizard(new NewCoopViewModel(ledgers, clock, labels),
                p -> open(p, false), this::closeDialog);
        showDialog(wizard.root(), labels.get("wizard.title"), 760, 720);
        // The new content takes the keyboard once it is laid out in the dialog.
        Platform.runLater(wizard::focus);
    }

    private void showDialog(Parent content, String title, double width, double height) {
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
