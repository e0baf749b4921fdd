package coop.poruka.ui;

import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.OfficeIdentity;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop program. Started by the launcher, which is not itself a JavaFX application. */
public final class PorukaApp extends Application {
    /** JavaFX creates the application itself, so what it opens is handed over here before launch. */
    private static Path ledger;
    private static EarlyOpener ledgers;
    private static Clock clock;
    private static Documents documents;
    private static OfficeIdentity identity;
    private static OfficeFiles offices;

    private Opening opening;

    /**
     * Opens the window on a ledger (null: the default one) and returns when it is closed. Runs once
     * per program, as JavaFX allows.
     *
     * @param officeFiles the keystore (signs documents and sync files) and the sync files; null: nothing is signed, no sync screen
     */
    public static void open(Path ledgerPath, LedgerOpener opener, Clock time, Documents writer, OfficeFiles officeFiles) {
        offices = officeFiles;
        identity = officeFiles == null ? null : officeFiles.identity();
        StartupProbe.mark("window command");
        ledger = ledgerPath;
        // The window asks for this ledger as soon as it can; the asking need not wait for JavaFX.
        Path first = Opening.ledgerToOpen(ledgerPath, new Recents(Recents.userNode()));
        ledgers = EarlyOpener.start(opener, first, first == null);
        clock = time;
        documents = writer;
        StartupProbe.mark("launching JavaFX");
        Application.launch(PorukaApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("JavaFX started");
        // The ledger opened last (or the demo with the welcome), in the language chosen in the settings.
        opening = new Opening(stage, ledger, ledgers, clock, Recents.userNode(), documents, identity);
        opening.officeFiles(offices);
        opening.start();
    }

    @Override
    public void stop() {
        if (opening != null) {
            opening.stop();
        }
        ledgers.discard();
    }
}
