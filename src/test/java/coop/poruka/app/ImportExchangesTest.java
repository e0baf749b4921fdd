package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.domain.ledger.Exchange;
import coop.poruka.TestLedger;
import coop.poruka.TestLedger.CliRun;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.MemberStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExchangesTest {
    static final String HEADER = "id,date,supplier,receiver,amount,memo";
    static final String TRADE = "11111111-1111-4111-8111-111111111111";
    static final String CHAIN = "22222222-2222-4222-8222-222222222222";

    @TempDir
    Path dir;
    TestLedger ledger;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.create(dir);
        ledger.member("ALM-0001", "Aigerim", 100);
        ledger.member("ALM-0002", "Ivan", 50);
        ledger.member("ALM-0003", "Olga", 0);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    ImportExchanges.Result importFile(Path file) {
        return new ImportExchanges(ledger.store, TestLedger.CLOCK).run(file, Progress.NONE);
    }

    /** A good file: a trade whose quoted memo holds a comma and a line break, then a chain of three. */
    Path goodFile() {
        String text = HEADER + "\r\n"
                + TRADE + ",2026-03-01,ALM-0001,ALM-0002,40.00,\"flour, two sacks\nand salt\"\r\n"
                + CHAIN + ",2026-03-02,ALM-0001,ALM-0002,10.5,roof\r\n"
                + CHAIN + ",2026-03-02,ALM-0002,ALM-0003,10.5,\"sewing, \"\"fine\"\"\"\r\n"
                + CHAIN + ",2026-03-02,ALM-0003,ALM-0001,10.5,drive\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return ledger.file("exchanges.csv", withBom);
    }

    @Test
    void importsATradeAndAThreeLegChainFromAFileWithByteOrderMarkAndQuotedMemo() {
        ImportExchanges.Result result = importFile(goodFile());

        assertThat(result).isEqualTo(new ImportExchanges.Result(2, 0));
        assertThat(ledger.balances()).isEqualTo(Map.of("ALM-0001", 4000L, "ALM-0002", -4000L, "ALM-0003", 0L));
        List<PostedExchange> latest = new Queries(ledger.store).latestExchanges(2);
        Exchange chain = latest.get(0).exchange();
        assertThat(chain.id()).isEqualTo(UUID.fromString(CHAIN));
        assertThat(chain.legs()).containsExactly(
                new Leg("ALM-0001", "ALM-0002", 1050, "roof"),
                new Leg("ALM-0002", "ALM-0003", 1050, "sewing, \"fine\""),
                new Leg("ALM-0003", "ALM-0001", 1050, "drive"));
        Exchange trade = latest.get(1).exchange();
        assertThat(trade.valueDate()).hasToString("2026-03-01");
        // The ledger keeps no line breaks in a memo: the spreadsheet's line break became a space.
        assertThat(trade.legs().get(0).memo()).isEqualTo("flour, two sacks and salt");
        assertThat(new VerifyLedger(ledger.store).run(Progress.NONE).ok()).isTrue();
    }

    @Test
    void theSampleFilesImportIntoANewLedger(@TempDir Path other) {
        try (TestLedger fresh = TestLedger.create(other)) {
            long members = new ImportMembers(fresh.store, TestLedger.CLOCK).run(Path.of("samples/members.csv"), Progress.NONE);
            ImportExchanges.Result exchanges = new ImportExchanges(fresh.store, TestLedger.CLOCK)
                    .run(Path.of("samples/exchanges.csv"), Progress.NONE);

            assertThat(members).isEqualTo(4);
            assertThat(exchanges).isEqualTo(new ImportExchanges.Result(3, 0));
            assertThat(fresh.balances()).containsEntry("ALM-0001", 2750L).containsEntry("ALM-0002", -4000L)
                    .containsEntry("ALM-0003", 0L).containsEntry("ALM-0004", 1250L);
        }
    }

    @Test
    void importingTheSameFileTwiceChangesNothingAndCountsExchangesAlreadyPresent() {
        Path file = goodFile();
        importFile(file);
        Map<String, Long> balances = ledger.balances();
        String head = ledger.head();

        ImportExchanges.Result again = importFile(file);

        assertThat(again).isEqualTo(new ImportExchanges.Result(0, 2));
        assertThat(ledger.balances()).isEqualTo(balances);
        assertThat(ledger.head()).isEqualTo(head);
    }

    @Test
    void reportsEveryWrongRowWithTheLineItStartsOnAndImportsNothing() {
        importFile(ledger.file("first.csv", HEADER, TRADE + ",2026-03-01,ALM-0001,ALM-0002,40,flour"));
        Map<String, Long> balances = ledger.balances();
        String head = ledger.head();
        Path file = ledger.file("bad.csv",
                HEADER,
                "a0000000-0000-4000-8000-000000000001,2026-03-02,ALM-0001,ALM-0099,5,stranger", // 2
                "not-an-id,2026-03-02,ALM-0001,ALM-0002,5,x",                                   // 3
                "a0000000-0000-4000-8000-000000000002,2026-03-02,ALM-0001,ALM-0002,5,\"two",   // 4
                "lines\"",                                                                      // 5
                "a0000000-0000-4000-8000-000000000003,2026-02-30,ALM-0001,ALM-0002,5,x",        // 6
                "a0000000-0000-4000-8000-000000000004,2026-03-02,ALM-0001,ALM-0002,5.001,x",    // 7
                "a0000000-0000-4000-8000-000000000005,2026-03-02,ALM-0001,ALM-0001,5,x",        // 8
                "a0000000-0000-4000-8000-000000000006,2026-03-02,ALM-0001,ALM-0002,5",          // 9
                "a0000000-0000-4000-8000-000000000007,2026-12-01,ALM-0001,ALM-0002,5,x",        // 10
                TRADE + ",2026-03-01,ALM-0001,ALM-0002,41,flour",                               // 11
                "a0000000-0000-4000-8000-000000000001,2026-03-02,ALM-0001,ALM-0002,5,again",    // 12
                "a0000000-0000-4000-8000-000000000008,2026-03-02,ALM-0001,ALM-0002,1,x",        // 13
                "a0000000-0000-4000-8000-000000000008,2026-03-03,ALM-0002,ALM-0003,1,x");       // 14

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.problems()).extracting(ImportProblem::line)
                            .containsExactly(2L, 3L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 14L);
                    assertThat(e.problems()).extracting(ImportProblem::message).containsExactly(
                            "line 2: There is no member with code ALM-0099; check the code or add the member first.",
                            "line 3: \"not-an-id\" is not an exchange id; an id looks like 3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b.",
                            "line 6: \"2026-02-30\" is not a date; write it as YYYY-MM-DD, such as 2026-11-23.",
                            "line 7: The amount 5.001 has more decimals than the unit allows (2); round it to 2 decimals.",
                            "line 8: A leg cannot go from ALM-0001 to ALM-0001; supplier and receiver must be different members.",
                            "line 9: The row has 5 fields but the header has 6; put any field that contains a comma in double quotes.",
                            "line 10: The value date 2026-12-01 is in the future; record the exchange on or after the day it happens.",
                            "line 11: Exchange " + TRADE + " was already posted with different content; use a new id for a new exchange.",
                            "line 12: Exchange a0000000-0000-4000-8000-000000000001 already appeared on line 2; put all legs of one exchange on adjacent rows, or give a different exchange a new id.",
                            "line 14: The date 2026-03-03 differs from 2026-03-02 on line 13, where exchange a0000000-0000-4000-8000-000000000008 starts; give all legs of one exchange the same date.");
                    assertThat(e.getMessage()).isEqualTo(
                            "Nothing was imported: 10 rows are wrong; correct them and import the file again.");
                });
        assertThat(ledger.balances()).isEqualTo(balances);
        assertThat(ledger.head()).isEqualTo(head);
    }

    @Test
    void checksCreditLimitsAsIfTheGoodRowsBeforeWerePosted() {
        // Ivan may go to -50: the first trade takes him to -30, the second would take him to -60,
        // the third fails on its own account, and the fourth fits because the second was not posted.
        Path file = ledger.file("limits.csv",
                HEADER,
                "b0000000-0000-4000-8000-000000000001,2026-03-02,ALM-0001,ALM-0002,30,x",
                "b0000000-0000-4000-8000-000000000002,2026-03-02,ALM-0001,ALM-0002,30,x",
                "b0000000-0000-4000-8000-000000000003,2026-03-02,ALM-0002,ALM-0003,1,x",
                "b0000000-0000-4000-8000-000000000004,2026-03-02,ALM-0001,ALM-0002,20,x");

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::message).containsExactly(
                                "line 3: ALM-0002 (Ivan) would go from -30.00 to -60.00, below their credit limit of -50.00; change the exchange or give an override reason.",
                                "line 4: ALM-0003 (Olga) would go from 0.00 to -1.00, below their credit limit of 0.00; change the exchange or give an override reason."));
        assertThat(ledger.balances()).containsEntry("ALM-0002", 0L);
    }

    @Test
    void refusesCreditToASuspendedMemberAsRecordingByHandDoes() {
        new ChangeMember(ledger.store, TestLedger.CLOCK)
                .run("ALM-0002", new ChangeMember.Change(null, MemberStatus.SUSPENDED, null, null), "unpaid claim");
        Path file = ledger.file("suspended.csv",
                HEADER,
                "c0000000-0000-4000-8000-000000000001,2026-03-02,ALM-0001,ALM-0002,1,x",
                "c0000000-0000-4000-8000-000000000002,2026-03-02,ALM-0002,ALM-0001,1,may still supply");

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::message).containsExactly(
                                "line 2: ALM-0002 (Ivan) is suspended and cannot receive credit; they may only supply until their status is restored."));
    }

    @Test
    void refusesAFileWithoutTheExpectedHeaderNamingIt() {
        Path file = ledger.file("noheader.csv", TRADE + ",2026-03-01,ALM-0001,ALM-0002,40,flour");

        assertThatThrownBy(() -> importFile(file)).hasMessage(
                "The first line of noheader.csv should be the header \"id,date,supplier,receiver,amount,memo\", not \""
                        + TRADE + ",2026-03-01,ALM-0001,ALM-0002,40,flour\"; correct the header, or check that this is the right file.");
    }

    @Test
    void reportsAQuotedFieldThatNeverEndsAndTheRowsBeforeIt() {
        Path file = ledger.file("broken.csv",
                HEADER,
                "d0000000-0000-4000-8000-000000000001,2026-03-02,ALM-0001,ALM-0099,1,x",
                "d0000000-0000-4000-8000-000000000002,2026-03-02,ALM-0001,ALM-0002,1,\"never closed",
                "d0000000-0000-4000-8000-000000000003,2026-03-02,ALM-0001,ALM-0002,1,x");

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line).containsExactly(2L, 3L));
    }

    @Test
    void aFileOfManyBatchesLandsWholeInChainOrderAndAgainOnlyCountsWhatIsPresent() {
        // More than two batches, so they are written behind the checking and chaining of the next.
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 12_345; i++) {
            lines.add(new UUID(0xE000_0000_0000_4000L, 0x8000_0000_0000_0000L + i) + ",2026-03-02,"
                    + (i % 2 == 0 ? "ALM-0001,ALM-0002" : "ALM-0002,ALM-0001") + ",0.01,x" + i);
        }
        Path file = ledger.file("many.csv", lines.toArray(String[]::new));

        assertThat(importFile(file)).isEqualTo(new ImportExchanges.Result(12_345, 0));
        VerifyLedger.Report report = new VerifyLedger(ledger.store).run(Progress.NONE);
        assertThat(report.ok()).isTrue();
        assertThat(ledger.balances()).containsEntry("ALM-0001", 1L).containsEntry("ALM-0002", -1L);
        String head = ledger.head();

        // The same rows plus one that names a stranger: refused whole, the books as they were.
        lines.add(new UUID(0xE000_0000_0000_4000L, 0x9000_0000_0000_0000L) + ",2026-03-02,ALM-0001,ALM-0999,1,x");
        Path more = ledger.file("more.csv", lines.toArray(String[]::new));
        assertThatThrownBy(() -> importFile(more)).isInstanceOf(ImportRejected.class);
        assertThat(ledger.head()).isEqualTo(head);

        assertThat(importFile(file)).isEqualTo(new ImportExchanges.Result(0, 12_345));
        assertThat(ledger.head()).isEqualTo(head);
    }

    @Test
    void cancellingRollsBackEverythingAndProgressIsReported() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 12_000; i++) {
            lines.add(new UUID(0xE000_0000_0000_4000L, 0x8000_0000_0000_0000L + i) + ",2026-03-02,ALM-0001,ALM-0002,0.01,x");
        }
        Path file = ledger.file("many.csv", lines.toArray(String[]::new));
        String head = ledger.head();
        List<long[]> updates = new ArrayList<>();
        Progress cancelAtOnce = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> new ImportExchanges(ledger.store, TestLedger.CLOCK).run(file, cancelAtOnce))
                .isInstanceOf(Progress.Cancelled.class);
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)[0]).isPositive().isLessThan(updates.get(0)[1]);
        assertThat(ledger.head()).isEqualTo(head);
        assertThat(ledger.balances()).containsEntry("ALM-0001", 0L);
    }

    @Test
    void commandPrintsEveryWrongLineThenOneVerdictAndExitsWithOne() {
        Path file = ledger.file("bad.csv",
                HEADER,
                "e0000000-0000-4000-8000-000000000001,2026-03-02,ALM-0001,ALM-0099,1,x",
                "e0000000-0000-4000-8000-000000000002,2026-03-02,ALM-0001,ALM-0002,1,fine",
                "e0000000-0000-4000-8000-000000000003,2026-03-02,ALM-0001,ALM-0002,abc,x");

        CliRun run = ledger.command("import", "--exchanges", file.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "line 2: There is no member with code ALM-0099; check the code or add the member first.",
                "line 4: \"abc\" is not an amount; write digits with \".\" as the decimal point, such as 12.50.",
                "Nothing was imported: 2 rows are wrong; correct them and import the file again.");
    }

    @Test
    void commandReportsHowManyExchangesWereImportedAndHowManyWereAlreadyPresent() {
        Path file = goodFile();

        CliRun first = ledger.command("import", "--exchanges", file.toString());
        CliRun second = ledger.command("import", "--exchanges", file.toString());

        assertThat(first.code()).isZero();
        assertThat(first.out().lines()).containsExactly("Imported 2 exchanges.");
        assertThat(second.code()).isZero();
        assertThat(second.out().lines()).containsExactly("Imported 0 exchanges (2 already present).");
    }

    @Test
    void commandRefusesBothKindsOfFileAtOnce() {
        CliRun run = ledger.command("import", "--exchanges", "a.csv", "--members", "b.csv");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("mutually exclusive");
    }
}
