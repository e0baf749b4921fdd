package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMembersTest {
    @TempDir
    Path dir;
    TestLedger ledger;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.create(dir);
        ledger.member("ALM-0001", "Aigerim", 100);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    long importFile(Path file) {
        return new ImportMembers(ledger.store, TestLedger.CLOCK).run(file, Progress.NONE);
    }

    Member member(String code) {
        return new Queries(ledger.store).members().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void admitsMembersWithContactsQuotedNamesAndABlankLimitAsZero() {
        Path file = ledger.file("members.csv",
                "code,name,limit,contact",
                "alm-0002,\"Ivanov, Ivan\",50.5,+7 701 000 0000",
                "ALM-0003,Қайрат Öberg,,\"Abay street 1",
                "Almaty\"",
                "ALM-0004,Olga,0,");

        assertThat(importFile(file)).isEqualTo(3);

        Member ivan = member("ALM-0002");
        assertThat(ivan.name()).isEqualTo("Ivanov, Ivan");
        assertThat(ivan.creditLimit()).isEqualTo(5050);
        assertThat(ivan.contact()).isEqualTo("+7 701 000 0000");
        assertThat(ivan.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member("ALM-0003").creditLimit()).isZero();
        assertThat(member("ALM-0003").name()).isEqualTo("Қайрат Öberg");
        assertThat(member("ALM-0003").contact()).isEqualTo("Abay street 1 Almaty");
        assertThat(member("ALM-0004").contact()).isNull();
        assertThat(new VerifyLedger(ledger.store).run(Progress.NONE).ok()).isTrue();
    }

    @Test
    void acceptsTheHeaderWithoutAContactColumn() {
        Path file = ledger.file("members.csv", "code,name,limit", "ALM-0002,Ivan,50");

        assertThat(importFile(file)).isEqualTo(1);
        assertThat(member("ALM-0002").contact()).isNull();
    }

    @Test
    void reportsEveryWrongRowIncludingCodesUsedTwiceAndImportsNoMember() {
        String head = ledger.head();
        Path file = ledger.file("members.csv",
                "code,name,limit",
                "ALM-0002,Ivan,50",       // 2: fine
                "ALM-0001,Aigerim,10",    // 3: already in the ledger
                "ALM-0002,Ivan again,10", // 4: earlier in this file
                "ALM 5,Olga,10",          // 5: bad code
                "ALM-0006,,10",           // 6: no name
                "ALM-0007,Marat,-5",      // 7: negative limit
                "ALM-0008,Marat,ten",     // 8: not a number
                "ALM-0009,Marat");        // 9: a field short

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.problems()).extracting(ImportProblem::message).containsExactly(
                            "line 3: A member with code ALM-0001 already exists; choose another code.",
                            "line 4: A member with code ALM-0002 already exists; choose another code.",
                            "line 5: The member code \"ALM 5\" is not valid; use letters, digits and \"-\", such as ALM-0042.",
                            "line 6: The member name is missing; fill it in.",
                            "line 7: The credit limit of ALM-0007 must be zero or a positive amount not above the largest allowed; correct it.",
                            "line 8: \"ten\" is not an amount; write digits with \".\" as the decimal point, such as 12.50.",
                            "line 9: The row has 2 fields but the header has 3; put any field that contains a comma in double quotes.");
                    assertThat(e.getMessage()).isEqualTo(
                            "Nothing was imported: 7 rows are wrong; correct them and import the file again.");
                });
        assertThat(new Queries(ledger.store).members()).extracting(Member::code).containsExactly("ALM-0001");
        assertThat(ledger.head()).isEqualTo(head);
    }

    @Test
    void refusesAFileWhoseHeaderIsNotTheMembersHeader() {
        Path file = ledger.file("members.csv", "id,date,supplier,receiver,amount,memo");

        assertThatThrownBy(() -> importFile(file)).hasMessage(
                "The first line of members.csv should be the header \"code,name,limit[,contact]\", not "
                        + "\"id,date,supplier,receiver,amount,memo\"; correct the header, or check that this is the right file.");
    }

    @Test
    void refusesAFileThatIsNotUtf8OnTheLineWhereItStops() {
        byte[] latin1 = "code,name,limit\nALM-0002,Ivan,1\nALM-0003,J\u00f6rg,1\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = ledger.file("latin1.csv", latin1);

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line).containsExactly(3L));
    }

    @Test
    void commandAdmitsTheMembersAndSaysHowMany() {
        Path file = ledger.file("members.csv", "code,name,limit", "ALM-0002,Ivan,50", "ALM-0003,Olga,");

        CliRun run = ledger.command("import", "--members", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).containsExactly("Imported 2 members.");
        assertThat(run.err()).isEmpty();
        assertThat(new Queries(ledger.store).members()).extracting(Member::code)
                .isEqualTo(List.of("ALM-0001", "ALM-0002", "ALM-0003"));
    }

    @Test
    void commandListsTheWrongRowsAndExitsWithOne() {
        Path file = ledger.file("members.csv", "code,name,limit", "ALM-0001,Aigerim,1");

        CliRun run = ledger.command("import", "--members", file.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "line 2: A member with code ALM-0001 already exists; choose another code.",
                "Nothing was imported: 1 row is wrong; correct it and import the file again.");
    }

    @Test
    void commandNamesAFileThatIsNotThere() {
        CliRun run = ledger.command("import", "--members", dir.resolve("missing.csv").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("There is no file " + dir.resolve("missing.csv") + "; check the path.");
    }
}
