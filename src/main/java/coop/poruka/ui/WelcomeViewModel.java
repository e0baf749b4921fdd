package coop.poruka.ui;

import coop.poruka.app.demo.DemoCoop;
import coop.poruka.app.demo.DemoPlan;
import coop.poruka.domain.port.LedgerOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The first start: the demo co-op is open behind the welcome, which offers to keep exploring it,
 * to start a real co-op or to open a ledger kept before.
 */
public final class WelcomeViewModel {
    private final LedgerOpener ledgers;
    private final Labels labels;
    private final String demoName;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public WelcomeViewModel(LedgerOpener ledgers, Labels labels, String demoName) {
        this.ledgers = ledgers;
        this.labels = labels;
        this.demoName = demoName;
    }

    /** The welcome over the standard demo co-op, which is what the first start opens. */
    public static WelcomeViewModel overDemo(LedgerOpener ledgers, Labels labels, Clock clock) {
        return new WelcomeViewModel(ledgers, labels,
                new DemoCoop(DemoPlan.standard(), LocalDate.now(clock)).settings().name());
    }

    public Labels labels() {
        return labels;
    }

    public String intro() {
        return labels.get("welcome.intro", demoName);
    }

    /** Where the file dialog starts: the folder of the default ledger. */
    /**
     * Where the sample files are, said in one sentence: beside the installed program, or in the
     * folder the program was started from; empty when neither has them.
     */
    public Optional<String> samples() {
        return samplesFolder(System.getProperty("jpackage.app-path"), Path.of("").toAbsolutePath())
                .map(dir -> labels.get("welcome.samples", dir));
    }

    static Optional<Path> samplesFolder(String installedLauncher, Path workingDirectory) {
        // An installed program's launcher is APP/bin/poruka and the samples are in APP/lib/app/samples.
        Optional<Path> installed = Optional.ofNullable(installedLauncher).map(Path::of).map(Path::getParent)
                .map(Path::getParent).map(app -> app.resolve("lib").resolve("app").resolve("samples"));
        return installed.or(() -> Optional.of(workingDirectory.resolve("samples")))
                .filter(dir -> java.nio.file.Files.isRegularFile(dir.resolve("README.md")));
    }

    public Path dataDirectory() {
        return ledgers.resolve(null).getParent();
    }

    public String fileType() {
        return labels.get("welcome.fileType");
    }

    public String filePattern() {
        return "*" + NewCoopViewModel.SUFFIX;
    }

    /** Why the chosen file cannot be opened, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The ledger to open for the file the person chose, or empty (with the reason shown) when it is none. */
    public Optional<Path> chosen(Path file) {
        if (file == null) {
            return Optional.empty();
        }
        Path ledger = ledgers.resolve(file);
        if (!file.toString().endsWith(NewCoopViewModel.SUFFIX) || !Files.isRegularFile(ledger)) {
            error.set(labels.get("welcome.notLedger", file));
            return Optional.empty();
        }
        error.set("");
        return Optional.of(ledger);
    }
}
