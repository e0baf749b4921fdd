package coop.poruka.ui;

import atlantafx.base.theme.PrimerLight;
import coop.poruka.app.EscalateClaims;
import coop.poruka.app.OfficeCertificates;
import coop.poruka.app.Register;
import coop.poruka.domain.port.LedgerStore;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * One window on one ledger: the start screen while the ledger opens, then the main screen. The
 * window holds the ledger open (so no other program writes it meanwhile) and closes it with itself.
 */
public final class PorukaWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final Stage stage;
    /** The area shown when the window opens, unless it is opened again on another one. */
    static final String FIRST_AREA = "counter";

    /** How long the window waits for a ledger already being opened before it shows the start screen. */
    private static final Duration READY_WAIT = Duration.ofMillis(800);

    private final StartViewModel start;
    private final Reopening reopening;
    private final String firstArea;
    private LedgerStore store;
    private boolean closed;
    /** The office keystore as the sync screen opened it; forgotten when the window closes. */
    private SyncKeystore keystore;

    /** A window on one ledger only: no other ledger can be opened from its menus. */
    public PorukaWindow(Stage stage, StartViewModel start) {
        this(stage, start, null, FIRST_AREA);
    }

    /**
     * @param reopening opens another ledger (or this one in another language) in its place; null for none
     * @param firstArea the area shown once the ledger is open
     */
    PorukaWindow(Stage stage, StartViewModel start, Reopening reopening, String firstArea) {
        this.stage = stage;
        this.start = start;
        this.reopening = reopening;
        this.firstArea = firstArea;
    }

    /** Shows the window and starts opening the ledger in the background. */
    public void show() {
        StartupProbe.mark("window: begin");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StartupProbe.mark("theme set");
        Scene scene = new Scene(new StartView(start).root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(PorukaWindow.class.getResource("poruka.css").toExternalForm());
        StartupProbe.mark("start scene made");
        stage.setScene(scene);
        stage.titleProperty().unbind(); // the stage may have shown another ledger before
        stage.setTitle(start.labels().get("app.name"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnHidden(e -> close());
        // A ledger that opened while JavaFX started goes straight to the main screen: one screen
        // built and drawn, not two.
        try {
            Optional<LedgerStore> ready = start.openIfReady(READY_WAIT);
            if (ready.isPresent()) {
                showMain(ready.get());
                stage.show();
                return;
            }
        } catch (RuntimeException e) {
            start.fail(e);
            stage.show();
            return;
        }
        stage.show();
        StartupProbe.mark("start screen shown");

        Task<LedgerStore> opening = start.openTask();
        opening.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> showMain(opening.getValue()));
        Thread worker = new Thread(opening, "poruka-open-ledger");
        // Closing the window while a demo is being made must not keep the program alive.
        worker.setDaemon(true);
        worker.start();
    }

    private void showMain(LedgerStore opened) {
        StartupProbe.mark("main screen: begin");
        store = opened;
        if (closed) {
            close();
            return;
        }
        MainViewModel vm = new MainViewModel(store, start.labels());
        try {
            new EscalateClaims(store, start.clock()).run(null); // claims that fell due while closed
            vm.refresh();
        } catch (RuntimeException e) {
            store.close();
            store = null;
            start.fail(e);
            return;
        }
        StartupProbe.mark("claims escalated, status read");
        start.notice().ifPresent(n -> vm.tell(n, false));
        MainView view = new MainView(vm);
        LedgerSession session = new LedgerSession(store, start.labels(), start.clock(), start.documents(),
                start.identity());
        view.addArea(new MainView.Area("counter", "nav.counter", KeyCode.DIGIT1,
                () -> new CounterView(new CounterViewModel(session))));
        view.addArea(new MainView.Area("members", "nav.members", KeyCode.DIGIT2,
                () -> new MembersView(new MembersViewModel(session))));
        view.addArea(new MainView.Area("register", "nav.register", KeyCode.DIGIT3,
                () -> new RegisterView(new RegisterViewModel(session))));
        view.addArea(new MainView.Area("settings", "nav.settings", KeyCode.DIGIT4,
                () -> new SettingsView(settings(session))));
        view.addArea(new MainView.Area("guarantors", "nav.guarantors", KeyCode.DIGIT5,
                () -> new GuarantorsView(new GuarantorsViewModel(session))));
        view.addArea(new MainView.Area("claims", "nav.claims", KeyCode.DIGIT6,
                () -> new ClaimsView(new ClaimsViewModel(session))));
        view.addArea(new MainView.Area("deposits", "nav.deposits", KeyCode.DIGIT7,
                () -> new DepositsView(new DepositsViewModel(session))));
        view.addArea(new MainView.Area("statements", "nav.statements", KeyCode.DIGIT8,
                () -> new StatementsView(new StatementsViewModel(session,
                        reopening == null ? Recents.userNode() : reopening.preferences()))));
        start.officeFiles().ifPresent(files -> {
            SyncKeystore unlock = new SyncKeystore(files.identity(),
                    OfficeCertificates.keystoreOf(store), session.keys().orElse(null));
            keystore = unlock;
            view.addArea(new MainView.Area("sync", "nav.sync", KeyCode.DIGIT9,
                    () -> new SyncView(new SyncViewModel(session, files, unlock, vm.work()))));
        });
        view.buildMenus(stage, stage::hide, reopening);
        // Whatever changed the books, every screen and the status bar read them again.
        vm.onChanged(session::changed);
        session.onChanged(view::refreshScreens);
        session.onChanged(vm::refresh);
        stage.getScene().setRoot(view.root());
        stage.titleProperty().bind(vm.titleProperty());
        stage.getScene().getAccelerators()
                .put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> view.show("members"));
        StartupProbe.mark("main view built");
        view.show(firstArea);
        StartupProbe.mark("first area built");
        StartupProbe.whenDrawn(stage.getScene());
        // The register's lookups take seconds to build on a large ledger: built once the window
        // is drawn, so neither the first frame nor the first search by member waits for them.
        FirstFrame.then(stage.getScene(), () -> prepareRegister(store));
    }

    private static void prepareRegister(LedgerStore store) {
        Thread t = new Thread(() -> {
            try {
                new Register(store).prepare();
            } catch (RuntimeException e) {
                // Closed meanwhile, or unreadable: the register builds its lookups on first use and
                // says what is wrong there.
            }
        }, "poruka-prepare-register");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The settings; a new language is applied at once when this window can be opened again. */
    private SettingsViewModel settings(LedgerSession session) {
        SettingsViewModel vm = new SettingsViewModel(session,
                reopening == null ? Recents.userNode() : reopening.preferences());
        if (reopening != null) {
            // After the choice box has finished with its event: the window it sits in is replaced.
            vm.onLanguageChosen(language -> Platform.runLater(() -> reopening.relabel(language, "settings")));
        }
        return vm;
    }

    /** Whether the main screen is shown (the ledger is open). */
    boolean isOpen() {
        return store != null;
    }

    /** Lets go of the ledger; called when the window is hidden. */
    public void close() {
        closed = true;
        if (keystore != null) {
            keystore.lock();
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
