package coop.poruka.sync;

import static coop.poruka.sync.Offices.export;
import static coop.poruka.sync.Offices.importFile;
import static coop.poruka.sync.Offices.ok;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.app.ChangeMember;
import coop.poruka.app.Queries;
import coop.poruka.domain.ledger.EntryContent.MemberChange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member edited at two offices ends the same at every office, whatever order the files come in. */
class MemberEditConflictTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    /** ALM's clock is right; AST's is an hour behind. */
    private static final Clock ALM_CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZONE);
    private static final Clock AST_CLOCK = Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZONE);

    @TempDir
    Path dir;

    @Test
    void concurrentEditsEndWithTheLaterVersionAtEveryOfficeInEitherOrderAndKeepTheOtherInTheHistory() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana"); TestLedger kar = offices.join("KAR", "Karaganda")) {
            new ChangeMember(alm.store, ALM_CLOCK).run("ALM-0002",
                    new ChangeMember.Change("Ivan Petrovich Petrov", null, 80_00L, null), "name as in passport");
            new ChangeMember(ast.store, AST_CLOCK).run("ALM-0002",
                    new ChangeMember.Change("Ivan P.", MemberStatus.SUSPENDED, 10_00L, "+7 700 000"), "asked to pause");
            Path fromAlm = exportAll(alm, "alm-1");
            Path fromAst = exportAll(ast, "ast-1");

            importFile(alm, fromAst);
            importFile(ast, fromAlm);
            importFile(kar, fromAst);
            importFile(kar, fromAlm);

            // ALM's edit is later in time (AST's clock is behind, and neither had seen the other's).
            Member expected = member(alm, "ALM-0002");
            assertThat(expected.name()).isEqualTo("Ivan Petrovich Petrov");
            assertThat(expected.status()).isEqualTo(MemberStatus.ACTIVE);
            assertThat(expected.creditLimit()).isEqualTo(80_00L);
            assertThat(member(ast, "ALM-0002")).isEqualTo(expected);
            assertThat(member(kar, "ALM-0002")).isEqualTo(expected);
            assertThat(ok(kar.command("member", "list", "--csv")).out()).contains("ALM-0002,Ivan Petrovich Petrov");
            // The other version stays in the history at every office.
            for (TestLedger office : List.of(alm, ast, kar)) {
                assertThat(history(office, "ALM-0002")).contains("Ivan P. / asked to pause",
                        "Ivan Petrovich Petrov / name as in passport");
                ok(office.command("verify"));
            }
        }
    }

    @Test
    void anEditMadeAfterReceivingTheOtherWinsEvenWhenThatOfficesClockIsBehind() {
        Offices offices = new Offices(dir);
        TestLedger alm = offices.founder;
        try (TestLedger ast = offices.join("AST", "Astana")) {
            new ChangeMember(alm.store, ALM_CLOCK).run("ALM-0003",
                    new ChangeMember.Change(null, null, 90_00L, null), "more trade expected");
            importFile(ast, export(alm, "AST", "alm-1"));
            // AST saw ALM's edit, then changed the member again with its clock an hour behind.
            new ChangeMember(ast.store, AST_CLOCK).run("ALM-0003",
                    new ChangeMember.Change(null, null, 20_00L, null), "guarantor withdrew");
            importFile(alm, export(ast, "ALM", "ast-1"));

            assertThat(member(ast, "ALM-0003").creditLimit()).isEqualTo(20_00L);
            assertThat(member(alm, "ALM-0003")).isEqualTo(member(ast, "ALM-0003"));
            ok(alm.command("verify"));
            ok(ast.command("verify"));
        }
    }

    private static Member member(TestLedger office, String code) {
        return new Queries(office.store).members().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    /** Every version of the member the journal holds, as name and reason. */
    private static List<String> history(TestLedger office, String code) {
        List<String> out = new ArrayList<>();
        office.store.read(r -> {
            r.scanJournal(e -> {
                if (e.content() instanceof MemberChange mc && mc.member().code().equals(code)) {
                    out.add(mc.member().name() + " / " + mc.reason());
                }
            });
            return null;
        });
        out.sort(null);
        return out;
    }

    private static Path exportAll(TestLedger from, String name) {
        Path out = from.path.resolveSibling(name + ".poruka-sync");
        ok(from.command("sync", "export", "--all", "--out", out.toString()));
        return out;
    }
}
