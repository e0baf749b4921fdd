package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.GuarantorBook;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code path `poruka bench-guarantors` times, on a small co-op and without timing: the tree
 * has the depth asked for, every guarantor gets an exposure with what could reach them from below,
 * and each escalation run moves every claim below the top one level up.
 */
class GuarantorBenchCoopTest {
    @TempDir
    Path dir;

    @Test
    void theBenchCoopHasTheTreeDepthAndClaimsAskedForAndEachRunEscalatesEveryClaimOneLevel() {
        try (LedgerStore store = Wiring.ledgers().open(dir.resolve("bench.mv.db"), true)) {
            GuarantorBenchCoop.Shape shape = new GuarantorBenchCoop(store, TestLedger.CLOCK).build(300, 5, 40, 7);
            assertThat(shape.depth()).isEqualTo(5);
            assertThat(shape.branching()).isEqualTo(4); // 1+3+9+27+81 = 121 < 300 <= 1+4+16+64+256
            GuarantorBook book = new GuarantorQueries(store).book();
            assertThat(book.activeGuarantees()).hasSize(shape.guarantees()).hasSizeGreaterThan(299);
            assertThat(book.claims()).hasSize(40).allSatisfy(c -> assertThat(c.level()).isEqualTo(1));

            List<Exposure.Report> all = new Exposure(store).all();
            assertThat(all).extracting(Exposure.Report::guarantor).startsWith("ALM-00000");
            long open = book.claims().stream().mapToLong(Claim::outstanding).sum();
            // Every claim is against a member below the root's own children or among them; the root
            // sees all of those below its children as coming from below.
            long againstChildren = book.claims().stream()
                    .filter(c -> book.guarantorsOf(c.respondent()).stream().anyMatch(g -> g.guarantor().equals("ALM-00000")))
                    .mapToLong(Claim::outstanding).sum();
            assertThat(all.get(0).fromBelow()).isEqualTo(open - againstChildren).isPositive();

            EscalateClaims escalate = new EscalateClaims(store, TestLedger.CLOCK);
            assertThat(escalate.run(GuarantorBenchCoop.escalationDay(1))).hasSize(40);
            assertThat(new GuarantorQueries(store).claims()).allSatisfy(c -> assertThat(c.level()).isEqualTo(2));
            assertThat(escalate.run(GuarantorBenchCoop.escalationDay(1))).isEmpty();
            long belowTheTop = new GuarantorQueries(store).claims().stream().filter(c -> !c.panel().isEmpty()).count();
            assertThat(belowTheTop).isPositive();
            assertThat(escalate.run(GuarantorBenchCoop.escalationDay(2))).hasSize((int) belowTheTop);
            assertThat(new VerifyLedger(store).run(Progress.NONE).ok()).isTrue();
        }
    }
}
