package coop.poruka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.domain.LedgerException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The window's two everyday shapes open it without picocli; every other shape is picocli's, as before. */
class PlainWindowTest {
    private final List<Path> opened = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private CliContext context(RuntimeException failure) {
        CliContext base = TestLedger.cliContext();
        return new CliContext(Wiring.ledgers(), TestLedger.CLOCK, (db, l, c, d, i) -> {
            if (failure != null) {
                throw failure;
            }
            opened.add(db == null ? Path.of("(default)") : db);
        }, base.documents(), base.identity(), base.password(), base.syncFiles());
    }

    private OptionalInt run(String... args) {
        return PlainWindow.run(args, context(null), new PrintWriter(err));
    }

    @Test
    void theEverydayShapesOpenTheWindowOnTheirLedger() {
        assertThat(run("window")).hasValue(0);
        assertThat(run("window", "--db", "/tmp/a")).hasValue(0);
        assertThat(run("window", "--db=/tmp/b")).hasValue(0);
        assertThat(opened).containsExactly(Path.of("(default)"), Path.of("/tmp/a"), Path.of("/tmp/b"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anythingElseIsLeftToPicocliWhichSaysWhatIsWrong() {
        assertThat(run("window", "--help")).isEmpty();
        assertThat(run("window", "--db")).isEmpty();
        assertThat(run("window", "--db", "--debug")).isEmpty();
        assertThat(run("window", "--db", "x", "--debug")).isEmpty();
        assertThat(run("balances", "--db", "x")).isEmpty();
        assertThat(opened).isEmpty();
        // And picocli reads them as it always did.
        TestLedger.CliRun missing = TestLedger.cli(context(null), "window", "--db");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--db").contains("See 'poruka window --help'.");
        assertThat(TestLedger.cli(context(null), "window", "--help").out()).contains("Open the window on a ledger");
    }

    @Test
    void aWindowThatCannotOpenSaysSoInOneLineAndFails() {
        OptionalInt code = PlainWindow.run(new String[] {"window", "--db", "/tmp/none"},
                context(new LedgerException("ledger.notFound", Path.of("/tmp/none.mv.db"))), new PrintWriter(err));
        assertThat(code).hasValue(1);
        assertThat(err.toString().strip()).isEqualTo(new LedgerException("ledger.notFound",
                Path.of("/tmp/none.mv.db")).getMessage()).doesNotContain("\n");
    }
}
