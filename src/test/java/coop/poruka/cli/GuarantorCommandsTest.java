package coop.poruka.cli;

import static coop.poruka.TestLedger.cli;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guarantor system's commands on a real ledger file: exact names, CSV headers, one-line refusals. */
class GuarantorCommandsTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("coop").toString();
    }

    private String ok(String... args) {
        CliRun run = cli(with(args));
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        return run.out();
    }

    /** Refused with one line on stderr, and the books are as they were. */
    private String refused(String... args) {
        String before = ok("verify");
        String balances = ok("balances", "--csv");
        CliRun run = cli(with(args));
        assertThat(run.code()).isNotZero();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(ok("verify")).isEqualTo(before);
        assertThat(ok("balances", "--csv")).isEqualTo(balances);
        return run.err().strip();
    }

    private String[] with(String... args) {
        String[] all = new String[args.length + 2];
        int i = 0;
        for (; i < args.length && !args[i].startsWith("-"); i++) {
            all[i] = args[i];
        }
        all[i] = "--db";
        all[i + 1] = db();
        System.arraycopy(args, i, all, i + 2, args.length - i);
        return all;
    }

    private void coop() {
        ok("init", "--coop", "Ak Bulak", "--office", "ALM", "--office-name", "Almaty");
        for (String code : new String[] {"ALM-0010", "ALM-0020", "ALM-0031", "ALM-0032", "ALM-0041", "ALM-0042"}) {
            ok("member", "add", "--code", code, "--name", "Member " + code, "--limit", "1000");
        }
    }

    @Test
    void wholeStoryRunsFromTheCommandLine() {
        coop();
        assertThat(ok("rules", "set", "--min-guarantors", "2", "--escalation-days", "14", "--limit-rule",
                "deposit-plus-guarantees", "--limit-max", "500", "--deposit-currency", "KZT", "--reason", "founding meeting",
                "--date", "2026-08-01")).isEqualTo("min-guarantors 2, escalation-days 14, limit-rule deposit-plus-guarantees, "
                        + "limit-max 500.00, deposit currencies (one unit is worth): KZT 1.00\n");
        // The issue's own form of the command, without a reason: it is journaled as not given.
        assertThat(ok("rules", "set", "--min-guarantors", "2", "--escalation-days", "14", "--limit-rule",
                "deposit-plus-guarantees", "--limit-max", "500")).startsWith("min-guarantors 2, escalation-days 14");
        ok("guarantee", "add", "--guarantor", "ALM-0031", "--member", "ALM-0020", "--cap", "300", "--date", "2026-08-01");
        ok("guarantee", "add", "--guarantor", "ALM-0032", "--member", "ALM-0020", "--cap", "100", "--date", "2026-08-01");
        ok("guarantee", "add", "--guarantor", "ALM-0041", "--member", "ALM-0031", "--cap", "200");
        ok("guarantee", "add", "--guarantor", "ALM-0042", "--member", "ALM-0031", "--cap", "200");
        ok("guarantee", "add", "--guarantor", "ALM-0041", "--member", "ALM-0010", "--cap", "50");
        ok("guarantee", "add", "--guarantor", "ALM-0042", "--member", "ALM-0010", "--cap", "50");
        assertThat(ok("guarantee", "list", "--member", "ALM-0020", "--csv")).isEqualTo(
                "guarantor,member,cap,since\r\nALM-0031,ALM-0020,300.00,2026-08-01\r\nALM-0032,ALM-0020,100.00,2026-08-01\r\n");
        assertThat(ok("deposit", "place", "--member", "ALM-0020", "--amount", "20", "--currency", "KZT", "--held-at",
                "Halyk Bank KZ12", "--date", "2026-08-02")).isEqualTo("ALM-0020 deposit holds 20.00 KZT\n");
        ok("deposit", "place", "--member", "ALM-0031", "--amount", "400", "--currency", "kzt", "--held-at", "Kaspi");
        ok("deposit", "place", "--member", "ALM-0032", "--amount", "200", "--currency", "KZT", "--held-at", "Kaspi");
        assertThat(ok("limit", "--member", "ALM-0020")).startsWith("The credit limit of ALM-0020 is 420.00: own deposits worth 20.00 (KZT 20.00");

        String flour = ok("exchange", "--leg", "ALM-0020:ALM-0010:80:flour", "--date", "2026-09-01").strip();
        ok("exchange", "--leg", "ALM-0031:ALM-0020:500", "--date", "2026-09-01");
        String claim = ok("claim", "file", "--claimant", "ALM-0010", "--respondent", "ALM-0020", "--exchange", flour,
                "--amount", "80", "--text", "flour never delivered", "--date", "2026-09-02").strip();
        assertThat(claim).matches("[0-9a-f-]{36}");
        assertThat(ok("claim", "list", "--csv")).isEqualTo("id,claimant,respondent,amount,status,level,deadline\r\n"
                + claim + ",ALM-0010,ALM-0020,80.00,open,1,2026-09-15\r\n");
        assertThat(ok("claims", "escalate", "--as-of", "2026-09-16")).isEqualTo(claim
                + " level 2 panel ALM-0041,ALM-0042\n1 escalation(s)\n");
        ok("claim", "vote", "--claim", claim, "--by", "ALM-0041", "--uphold", "80", "--date", "2026-09-20");
        assertThat(ok("claim", "vote", "--claim", claim, "--by", "ALM-0042", "--uphold", "70", "--date", "2026-09-21"))
                .isEqualTo(claim + " upheld at 70.00, appeal until 2026-10-05\n");
        assertThat(ok("exposure", "--guarantor", "ALM-0031", "--csv")).isEqualTo(
                "member,cap,balance,open_claims,liability_max,liability_expected\r\n"
                        + "ALM-0020,300.00,-420.00,70.00,300.00,37.50\r\n");
        assertThat(ok("claim", "settle", "--claim", claim, "--date", "2026-10-06"))
                .isEqualTo("respondent 0.00, own deposit 20.00, ALM-0031 37.50, ALM-0032 12.50\n");
        assertThat(ok("deposit", "list", "--csv")).isEqualTo("member,currency,held,placed,drawn,returned,held_at\r\n"
                + "ALM-0020,KZT,0.00,20.00,20.00,0.00,Halyk Bank KZ12\r\n"
                + "ALM-0031,KZT,362.50,400.00,37.50,0.00,Kaspi\r\n"
                + "ALM-0032,KZT,187.50,200.00,12.50,0.00,Kaspi\r\n");
        assertThat(ok("exposure", "--guarantor", "ALM-0031")).contains("ALM-0020 owes ALM-0031 37.50 paid on their claims");
        ok("guarantee", "end", "--guarantor", "ALM-0032", "--member", "ALM-0020", "--reason", "paid 12.50 for him");
        assertThat(ok("guarantee", "list", "--member", "ALM-0020", "--history", "--csv")).isEqualTo(
                "guarantor,member,cap,date,event,reason\r\nALM-0031,ALM-0020,300.00,2026-08-01,given,\r\n"
                        + "ALM-0032,ALM-0020,100.00,2026-08-01,given,\r\n"
                        + "ALM-0032,ALM-0020,100.00,2026-11-23,ended,paid 12.50 for him\r\n");
        assertThat(refused("exchange", "--leg", "ALM-0010:ALM-0020:1")).isEqualTo("ALM-0020 (Member ALM-0020) has 1 "
                + "guarantor(s) but the co-op's rules require 2, so they receive no new credit until enough members vouch "
                + "for them; they may only supply.");
        assertThat(ok("verify")).startsWith("OK: ");
    }

    @Test
    void refusalsGiveOneLineAndChangeNothing() {
        coop();
        ok("guarantee", "add", "--guarantor", "ALM-0031", "--member", "ALM-0020", "--cap", "10");
        assertThat(refused("guarantee", "add", "--guarantor", "ALM-0020", "--member", "ALM-0031", "--cap", "10"))
                .contains("through the chain ALM-0031 → ALM-0020 → ALM-0031");
        assertThat(refused("guarantee", "add", "--guarantor", "ALM-0010", "--member", "ALM-0010", "--cap", "10"))
                .isEqualTo("ALM-0010 cannot vouch for themselves; a guarantor must be another member.");
        refused("guarantee", "add", "--guarantor", "ALM-0010", "--member", "ALM-0099", "--cap", "10");
        refused("guarantee", "add", "--guarantor", "ALM-0010", "--member", "ALM-0020", "--cap", "0");
        refused("guarantee", "end", "--guarantor", "ALM-0010", "--member", "ALM-0020", "--reason", "x");
        refused("rules", "set", "--limit-rule", "generous", "--reason", "x");
        refused("rules", "set", "--limit-rule", "deposit-plus-guarantees", "--reason", "x");
        assertThat(refused("deposit", "place", "--member", "ALM-0010", "--amount", "5", "--currency", "KZT",
                "--held-at", "Kaspi")).contains("rules set --deposit-currency");
        ok("rules", "set", "--deposit-currency", "EUR", "--reason", "bank in Tallinn");
        refused("deposit", "place", "--member", "ALM-0010", "--amount", "5", "--currency", "KZT", "--held-at", "Kaspi");
        refused("deposit", "topup", "--member", "ALM-0010", "--amount", "5", "--currency", "EUR");
        refused("deposit", "place", "--member", "ALM-0010", "--amount", "5.001", "--currency", "EUR", "--held-at", "LHV");
        ok("deposit", "place", "--member", "ALM-0031", "--amount", "5", "--currency", "EUR", "--held-at", "LHV");
        assertThat(refused("deposit", "return", "--member", "ALM-0031", "--amount", "5", "--currency", "EUR"))
                .startsWith("The deposit of ALM-0031 cannot be returned while they vouch for ALM-0020");
        refused("claim", "vote", "--claim", "nope", "--by", "ALM-0010", "--reject");
        refused("claim", "vote", "--claim", "3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b", "--by", "ALM-0010", "--reject");
        refused("claim", "file", "--claimant", "ALM-0010", "--respondent", "ALM-0020", "--exchange",
                "3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b", "--amount", "1", "--text", "x");
        refused("claims", "escalate", "--as-of", "yesterday");
        refused("exposure", "--guarantor", "ALM-0099");
    }
}
