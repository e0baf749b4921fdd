package coop.poruka.sync;

import static coop.poruka.sync.Offices.export;
import static coop.poruka.sync.Offices.importFile;
import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.CreditConflicts;
import coop.poruka.app.GiveGuarantee;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trades posted at two offices at once that together break a credit limit: accepted, and on the board. */
class CreditConflictsTest {
    @TempDir
    Path dir;

    @Test
    void twoOfficesEachWithinTheLimitTogetherBeyondItAreListedTheSameAtBoth() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana")) {
            // ALM-0002 stands at -12 of a limit of 50: each office lets them receive 30 more.
            alm.post(TestLedger.leg("ALM-0001", "ALM-0002", 30));
            PostedExchange atAst = ast.post(TestLedger.leg("ALM-0003", "ALM-0002", 30));
            assertThat(new CreditConflicts(alm.store).all()).isEmpty();

            importFile(alm, export(ast, "ALM", "ast-1"));
            importFile(ast, export(alm, "AST", "alm-1"));

            List<CreditConflicts.Conflict> board = new CreditConflicts(alm.store).all();
            assertThat(board).isEqualTo(new CreditConflicts(ast.store).all());
            assertThat(board).hasSize(1);
            CreditConflicts.Conflict c = board.get(0);
            assertThat(c.member()).isEqualTo("ALM-0002");
            assertThat(c.balance()).isEqualTo(-72_00L);
            assertThat(c.limit()).isEqualTo(50_00L);
            // AST's exchange is the later one: AST had already received ALM's entries when it posted.
            assertThat(c.crossings()).singleElement().satisfies(x -> {
                assertThat(x.office()).isEqualTo("AST");
                assertThat(x.seq()).isEqualTo(2);
                assertThat(x.exchange()).isEqualTo(atAst.exchange().id());
                assertThat(x.balanceAfter()).isEqualTo(-72_00L);
            });
            String csv = ok(alm.command("sync", "conflicts")).out();
            assertThat(csv).isEqualTo(ok(ast.command("sync", "conflicts")).out());
            assertThat(csv).isEqualTo("member,balance,limit,office,seq,exchange,balance_after\n"
                    + "ALM-0002,-72.00,50.00,AST,2," + atAst.exchange().id() + ",-72.00\n");

            new GiveGuarantee(alm.store, TestLedger.CLOCK).run("ALM-0001", "ALM-0002", 40_00, null);
            assertThat(new CreditConflicts(alm.store).forGuarantor("ALM-0001")).isEqualTo(board);
            assertThat(new CreditConflicts(alm.store).forGuarantor("ALM-0003")).isEmpty();
            ok(alm.command("verify"));
        }
    }

    @Test
    void aLimitCrossedWithAnOverrideAtOneOfficeIsNoConflict() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        alm.post(null, "the board agreed", TestLedger.leg("ALM-0001", "ALM-0002", 60));
        assertThat(new CreditConflicts(alm.store).all()).isEmpty();
        assertThat(ok(alm.command("sync", "conflicts")).out()).isEqualTo("No credit-limit conflicts.\n");
    }
}
