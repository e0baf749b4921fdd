package coop.poruka.app;

import static coop.poruka.app.GuarantorFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.member.MemberStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guarantees: given with a cap from a date, ended with a reason, history kept, and every refusal. */
class GuaranteesTest {
    @TempDir
    Path dir;
    GuarantorFixture f;

    @BeforeEach
    void coop() {
        f = new GuarantorFixture(dir);
        f.members("ALM-0001", "ALM-0002", "ALM-0003", "ALM-0004");
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void givenAndEndedGuaranteesKeepTheirHistoryAndVerify() {
        f.give("ALM-0001", "ALM-0002", 150);
        f.give("ALM-0003", "ALM-0002", 100);
        f.end("ALM-0003", "ALM-0002", "moved to Shymkent", "2026-10-01");

        assertThat(f.book().guarantorsOf("ALM-0002"))
                .containsExactly(new Guarantee("ALM-0001", "ALM-0002", 15_000, day("2026-08-01")));
        assertThat(f.book().history()).hasSize(3);
        assertThat(f.book().history().get(2).ended()).isTrue();
        assertThat(f.book().history().get(2).cap()).isEqualTo(10_000);
        assertThat(f.book().history().get(2).reason()).isEqualTo("moved to Shymkent");
        assertThat(f.verify().ok()).isTrue();
        f.close();
        f = null;
        try (TestLedger again = TestLedger.reopen(dir.resolve("ledger.mv.db"))) {
            assertThat(new VerifyLedger(again.store).run(Progress.NONE).ok()).isTrue();
            assertThat(again.store.read(Appender::book).history()).hasSize(3);
        }
    }

    @Test
    void selfGuaranteeIsRefusedAndChangesNothing() {
        f.refused("guarantee.self", () -> f.give("ALM-0001", "ALM-0001", 10));
    }

    @Test
    void aGuaranteeThatWouldCloseACycleIsRefusedShowingTheChain() {
        f.give("ALM-0001", "ALM-0002", 10);
        f.give("ALM-0002", "ALM-0003", 10);
        f.refused("guarantee.cycle", () -> f.give("ALM-0003", "ALM-0001", 10));
        Assertions.assertThatThrownBy(() -> f.give("ALM-0003", "ALM-0001", 10)).hasMessage("ALM-0003 cannot vouch for ALM-0001: ALM-0001 already vouches for "
                    + "ALM-0003 through the chain ALM-0001 → ALM-0002 → ALM-0003 → ALM-0001, so ALM-0003 would become "
                    + "their own guarantor; choose another guarantor.");
        f.give("ALM-0004", "ALM-0001", 10); // not a cycle
    }

    @Test
    void unknownAndDepartedMembersAreRefused() {
        f.refused("member.unknown", () -> f.give("ALM-0009", "ALM-0001", 10));
        f.refused("member.unknown", () -> f.give("ALM-0001", "ALM-0009", 10));
        new ChangeMember(f.ledger.store, TestLedger.CLOCK).run("ALM-0004",
                new ChangeMember.Change(null, MemberStatus.LEFT, null, null), "moved away");
        f.refused("guarantee.memberLeft", () -> f.give("ALM-0004", "ALM-0001", 10));
        f.refused("guarantee.memberLeft", () -> f.give("ALM-0001", "ALM-0004", 10));
    }

    @Test
    void aCapThatIsNotPositiveIsRefused() {
        f.refused("guarantee.capNotPositive", () -> f.give("ALM-0001", "ALM-0002", 0));
        f.refused("guarantee.capNotPositive", () -> f.give("ALM-0001", "ALM-0002", -5));
    }

    @Test
    void givingTwiceOrEndingWhatWasNeverGivenIsRefused() {
        f.give("ALM-0001", "ALM-0002", 10);
        f.refused("guarantee.exists", () -> f.give("ALM-0001", "ALM-0002", 20));
        f.refused("guarantee.none", () -> f.end("ALM-0003", "ALM-0002", "never was", "2026-10-01"));
        f.refused("text.required", () -> f.end("ALM-0001", "ALM-0002", " ", "2026-10-01"));
        f.refused("guarantor.futureDate", () -> f.end("ALM-0001", "ALM-0002", "later", "2027-01-01"));
    }

    @Test
    void aChangedGuaranteeRowIsCaughtByVerify() throws Exception {
        f.give("ALM-0001", "ALM-0002", 10);
        String url = "jdbc:h2:file:" + f.ledger.path.toString().replace(".mv.db", "");
        try (Connection c = DriverManager.getConnection(url, "poruka", ""); Statement s = c.createStatement()) {
            s.execute("UPDATE guarantee_version SET cap = 99900");
        }
        VerifyLedger.Report r = f.verify();
        Assertions.assertThat(r.ok()).isFalse();
        assertThat(r.problems().get(0).key()).isEqualTo("verify.changedEntry");
    }
}
