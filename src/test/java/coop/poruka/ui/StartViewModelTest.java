package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.Progress;
import coop.poruka.app.Queries;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.port.LedgerOpener;
import coop.poruka.domain.port.LedgerStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the ledger the window shows, and what the person reads when it cannot be opened. */
class StartViewModelTest {
    @TempDir
    Path dir;

    /** The real ledgers, except that the default one lives in the test's folder. */
    private LedgerOpener ledgers() {
        LedgerOpener real = Wiring.ledgers();
        Path fallback = dir.resolve("data").resolve("ledger");
        return new LedgerOpener() {
            @Override
            public LedgerStore open(Path path, boolean create) {
                return real.open(path == null ? fallback : path, create);
            }

            @Override
            public <T> T createWhole(Path path, java.util.function.Function<LedgerStore, T> fill) {
                return real.createWhole(path == null ? fallback : path, fill);
            }

            @Override
            public Path resolve(Path path) {
                return real.resolve(path == null ? fallback : path);
            }

            @Override
            public boolean exists(Path path) {
                return real.exists(path == null ? fallback : path);
            }
        };
    }

    private StartViewModel model(Path ledger, Locale locale) {
        return new StartViewModel(ledger, ledgers(), TestLedger.CLOCK, new Labels(locale));
    }

    @Test
    void defaultLedgerGetsTheDemoCoopOnTheFirstStartOnly() {
        List<String> said = new ArrayList<>();
        StartViewModel vm = model(null, Locale.ENGLISH);
        String head;
        try (LedgerStore store = vm.open(Progress.NONE, said::add)) {
            assertThat(new Queries(store).members()).hasSize(60);
            head = new Queries(store).head().orElseThrow().hash().hex();
        }
        Path file = dir.resolve("data").resolve("ledger.mv.db");
        assertThat(said).containsExactly("Opening " + file + "…",
                "Creating a demo co-op to look around in, at " + file + "…");

        said.clear();
        try (LedgerStore store = vm.open(Progress.NONE, said::add)) {
            assertThat(new Queries(store).head().orElseThrow().hash().hex()).isEqualTo(head);
        }
        assertThat(said).containsExactly("Opening " + file + "…");
    }

    @Test
    void ledgerNamedByPathIsNeverCreatedAndAMissingOneIsRefusedWithItsSentence() {
        StartViewModel vm = model(dir.resolve("missing"), Locale.ENGLISH);
        Throwable refused = catchRefusal(vm);
        assertThat(vm.sentence(refused)).isEqualTo("There is no ledger at " + dir.resolve("missing.mv.db")
                + "; create one with \"poruka init\" or \"poruka demo\", or check the path.");
        assertThat(Files.exists(dir.resolve("missing.mv.db"))).isFalse();
    }

    @Test
    void ledgerWithoutACoopIsRefusedInThePersonsLanguage() {
        Wiring.ledgers().open(dir.resolve("empty"), true).close();
        StartViewModel vm = model(dir.resolve("empty"), Locale.forLanguageTag("ru"));
        Throwable refused = catchRefusal(vm);
        assertThat(vm.sentence(refused))
                .isEqualTo("В этой книге учёта ещё нет кооператива; сначала выполните «poruka init».");
    }

    @Test
    void ledgerOpenInAnotherProgramIsRefusedWithTheSentenceNotAStackTrace() throws Exception {
        Path file;
        try (TestLedger ledger = TestLedger.create(dir)) {
            file = ledger.path;
        }
        Process holder = holdOpen(file);
        try {
            StartViewModel vm = model(file, Locale.ENGLISH);
            Throwable refused = catchRefusal(vm);
            assertThat(((LedgerException) refused).key()).isEqualTo("ledger.inUse");
            vm.fail(refused);
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.progressProperty().get()).isZero();
            assertThat(vm.messageProperty().get()).isEqualTo("The ledger " + file
                    + " is open in another Poruka window or command; close that first, then try again.");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void unexpectedProblemIsShownInOneLine() {
        StartViewModel vm = model(null, Locale.ENGLISH);
        vm.fail(new IllegalStateException("disk on fire\n\tat somewhere"));
        assertThat(vm.messageProperty().get()).isEqualTo("Something unexpected went wrong: disk on fire");
    }

    private static Throwable catchRefusal(StartViewModel vm) {
        List<Throwable> caught = new ArrayList<>();
        assertThatThrownBy(() -> vm.open(Progress.NONE, s -> { }).close())
                .isInstanceOfSatisfying(LedgerException.class, caught::add);
        return caught.get(0);
    }

    /** Another program with the ledger open, until its input is closed. */
    private static Process holdOpen(Path ledger) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldLedger.class.getName(), ledger.toString());
        Process p = new ProcessBuilder(cmd).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as("the other program opened the ledger").isEqualTo("open");
        return p;
    }

    public static final class HoldLedger {
        public static void main(String[] args) throws IOException {
            try (TestLedger ledger = TestLedger.reopen(Path.of(args[0]))) {
                System.out.println("open");
                System.out.flush();
                System.in.readAllBytes();
            }
        }
    }
}
