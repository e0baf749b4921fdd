package coop.poruka.store;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.Progress;
import coop.poruka.app.VerifyLedger;
import coop.poruka.domain.ledger.PostedExchange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child JVMs: a second process on an open ledger, and a process killed while posting. */
public class LedgerProcessTest {
    @TempDir
    Path dir;

    public static Process java(String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(false).start();
    }

    @Test
    void secondProcessCannotOpenALedgerThatIsOpenAndIsToldWhy() throws Exception {
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.member("ALM-0001", "Ivan", 0);
            Process p = java("coop.poruka.Launcher", "member", "add", "--db", ledger.path.toString(),
                    "--code", "ALM-0002", "--name", "Olga");
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(err.strip()).isEqualTo("The ledger " + ledger.path
                    + " is open in another Poruka window or command; close that first, then try again.");
            assertThat(ledger.balances()).containsOnlyKeys("ALM-0001");
        }
    }

    @Test
    void everyAcknowledgedExchangeSurvivesTheProcessBeingKilled() throws Exception {
        Path file;
        try (TestLedger ledger = TestLedger.create(dir)) {
            ledger.member("ALM-0001", "Айгерим", 0);
            ledger.member("ALM-0002", "Ivan", 0);
            file = ledger.path;
        }
        List<String> acknowledged = new ArrayList<>();
        // Kill three times, at different moments, always in the middle of posting.
        for (int round = 0; round < 3; round++) {
            Process child = java(PostUntilKilled.class.getName(), file.toString());
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int wanted = 40 + round * 35;
            for (int i = 0; i < wanted; i++) {
                String line = out.readLine();
                assertThat(line).as("child output").isNotNull();
                acknowledged.add(line);
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (TestLedger ledger = TestLedger.reopen(file)) {
            for (String id : acknowledged) {
                Optional<PostedExchange> found = ledger.store.read(r -> r.exchange(UUID.fromString(id)));
                assertThat(found).as("exchange " + id).isPresent();
            }
            VerifyLedger.Report report = new VerifyLedger(ledger.store).run(Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.entries()).isGreaterThanOrEqualTo(3 + acknowledged.size());
        }
    }

    /** Posts exchanges forever, printing each id only after it was reported as posted. */
    public static final class PostUntilKilled {
        public static void main(String[] args) {
            try (TestLedger ledger = TestLedger.reopen(Path.of(args[0]))) {
                for (long i = 0; ; i++) {
                    PostedExchange p = ledger.post(null, "kill test",
                            i % 2 == 0 ? leg("ALM-0001", "ALM-0002", 1) : leg("ALM-0002", "ALM-0001", 1));
                    System.out.println(p.exchange().id());
                    System.out.flush();
                }
            }
        }
    }
}
