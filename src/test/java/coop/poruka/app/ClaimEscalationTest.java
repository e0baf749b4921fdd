package coop.poruka.app;

import static coop.poruka.app.GuarantorFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.guarantee.ClaimStatus;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim nobody decides climbs the whole tree: ALM-0004 vouches for ALM-0003, who vouches for
 * ALM-0002, who vouches for the respondent ALM-0001. With 14 days a level, filed on 1 September:
 * level 1 (ALM-0002) until 14 September, level 2 (ALM-0003) from the 15th until the 28th, level 3
 * (ALM-0004) from the 29th until 12 October, and the general meeting from 13 October.
 */
class ClaimEscalationTest {
    @TempDir
    Path dir;
    private GuarantorFixture f;
    private PostedExchange roof;

    @BeforeEach
    void aTreeFourLevelsTall() {
        f = new GuarantorFixture(dir);
        f.members("ALM-0001", "ALM-0002", "ALM-0003", "ALM-0004", "ALM-0009");
        f.rules(0, 14, null, null);
        f.give("ALM-0002", "ALM-0001", 300);
        f.give("ALM-0003", "ALM-0002", 300);
        f.give("ALM-0004", "ALM-0003", 300);
        roof = f.trade("2026-08-20", "ALM-0001", "ALM-0009", 120);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<ClaimEvent> escalate(String asOf) {
        return new EscalateClaims(f.ledger.store, TestLedger.CLOCK).run(day(asOf));
    }

    @Test
    void anUndecidedClaimClimbsLevelByLevelOnTheDayAfterEachDeadlineAndReachesTheGeneralMeeting() {
        UUID id = f.file("ALM-0009", "ALM-0001", roof, 120, "2026-09-01");
        Claim c = f.claim(id);
        assertThat(c.level()).isEqualTo(1);
        assertThat(c.panel()).containsExactly("ALM-0002");
        assertThat(c.deadline()).isEqualTo(day("2026-09-14"));

        assertThat(escalate("2026-09-14")).isEmpty(); // the deadline day itself still belongs to level 1
        assertThat(escalate("2026-09-15")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ClaimAction.ESCALATE);
            assertThat(e.date()).isEqualTo(day("2026-09-15"));
        });
        c = f.claim(id);
        assertThat(c.level()).isEqualTo(2);
        assertThat(c.panel()).containsExactly("ALM-0003");
        assertThat(c.deadline()).isEqualTo(day("2026-09-28"));
        // The level-1 panelist may no longer decide.
        f.refused("claim.notOnPanel", () -> f.vote(id, "ALM-0002", 120, "2026-09-20"));

        escalate("2026-09-29");
        c = f.claim(id);
        assertThat(c.level()).isEqualTo(3);
        assertThat(c.panel()).containsExactly("ALM-0004");
        assertThat(c.deadline()).isEqualTo(day("2026-10-12"));

        escalate("2026-10-13");
        c = f.claim(id);
        assertThat(c.level()).isEqualTo(4);
        assertThat(c.atGeneralMeeting()).isTrue();
        assertThat(c.panel()).isEmpty();
        assertThat(c.deadline()).isNull(); // the meeting has no deadline: nothing is above it
        assertThat(c.status()).isEqualTo(ClaimStatus.OPEN);
        assertThat(escalate("2027-01-01")).isEmpty();

        // The meeting's decision is recorded like any other and is final.
        f.refused("claim.atMeeting", () -> f.vote(id, "ALM-0004", 120, "2026-10-14"));
        c = new DecideClaim(f.ledger.store, TestLedger.CLOCK).meeting(id, 100_00, "Meeting of 20 October: roof leaks",
                day("2026-10-20"));
        assertThat(c.status()).isEqualTo(ClaimStatus.UPHELD);
        assertThat(c.decidedAmount()).isEqualTo(100_00);
        assertThat(c.decidedOn()).isEqualTo(day("2026-10-20"));
        assertThat(c.events()).extracting(ClaimEvent::action, ClaimEvent::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ClaimAction.FILE, day("2026-09-01")),
                org.assertj.core.groups.Tuple.tuple(ClaimAction.ESCALATE, day("2026-09-15")),
                org.assertj.core.groups.Tuple.tuple(ClaimAction.ESCALATE, day("2026-09-29")),
                org.assertj.core.groups.Tuple.tuple(ClaimAction.ESCALATE, day("2026-10-13")),
                org.assertj.core.groups.Tuple.tuple(ClaimAction.MEETING, day("2026-10-20")));
        f.refused("claim.meetingFinal", () -> new DecideClaim(f.ledger.store, TestLedger.CLOCK).appeal(id, "ALM-0001",
                "I disagree", day("2026-10-21")));
        assertThat(f.verify().problems()).isEmpty();
    }

    @Test
    void oneLateRunRecordsEveryMissedLevelWithTheDatesItWouldHaveHadOnTime() {
        UUID id = f.file("ALM-0009", "ALM-0001", roof, 120, "2026-09-01");
        // The program was closed for six weeks: one run catches up, level by level.
        assertThat(escalate("2026-10-15")).extracting(ClaimEvent::level, ClaimEvent::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, day("2026-09-15")),
                org.assertj.core.groups.Tuple.tuple(3, day("2026-09-29")),
                org.assertj.core.groups.Tuple.tuple(4, day("2026-10-13")));
        assertThat(f.claim(id).atGeneralMeeting()).isTrue();
    }
}
