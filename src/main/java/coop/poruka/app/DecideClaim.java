package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.Claim;
import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.money.Amounts;
import coop.poruka.domain.port.LedgerStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Records a panelist's vote on a claim, the general meeting's decision, or a party's appeal.
 * Whatever escalations fell due by the step's date are recorded first, so a vote after the
 * deadline is never counted at a level the claim has already left.
 */
public final class DecideClaim {
    private final LedgerStore store;
    private final Clock clock;

    public DecideClaim(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @param amount to uphold (minor units), or 0 to reject */
    public Claim vote(UUID claim, String by, long amount, LocalDate date) {
        return step(claim, date, (a, c, d) -> {
            String who = Member.code(by);
            if (c.atGeneralMeeting()) {
                throw new LedgerException("claim.atMeeting", c.id());
            }
            if (!c.panel().contains(who)) {
                throw new LedgerException("claim.notOnPanel", who, c.level(), String.join(", ", c.panel()));
            }
            if (c.votes().containsKey(who)) {
                throw new LedgerException("claim.votedAlready", who, c.level());
            }
            checkAmount(a, c, amount);
            return new ClaimEvent(c.id(), ClaimAction.VOTE, d, who, null, null, null, null, amount, null, null, null,
                    null, null);
        });
    }

    /** The general meeting's decision, once the claim has climbed to the top of the tree. */
    public Claim meeting(UUID claim, long amount, String text, LocalDate date) {
        return step(claim, date, (a, c, d) -> {
            if (!c.atGeneralMeeting()) {
                throw new LedgerException("claim.notAtMeeting", c.id(), c.level());
            }
            checkAmount(a, c, amount);
            return new ClaimEvent(c.id(), ClaimAction.MEETING, d, null, null, null, null, null, amount,
                    coop.poruka.domain.Text.required(text, 500, "minutes of the meeting"), null, null, null, null);
        });
    }

    /** A party does not accept the decision: the claim goes one level up. */
    public Claim appeal(UUID claim, String by, String reason, LocalDate date) {
        return step(claim, date, (a, c, d) -> {
            String who = Member.code(by);
            if (!who.equals(c.claimant()) && !who.equals(c.respondent())) {
                throw new LedgerException("claim.appealNotParty", who, c.id());
            }
            if (c.status().isOpen()) {
                throw new LedgerException("claim.appealUndecided", c.id());
            }
            if (c.appealUntil() == null) {
                throw new LedgerException("claim.settledAlready", c.id());
            }
            if (d.isAfter(c.appealUntil())) {
                throw new LedgerException("claim.appealLate", c.id(), c.appealUntil());
            }
            if (c.atGeneralMeeting()) {
                throw new LedgerException("claim.meetingFinal", c.id());
            }
            String why = coop.poruka.domain.Text.required(reason, 500, "reason");
            return EscalateClaims.up(a, c, ClaimAction.APPEAL, d, who, why);
        });
    }

    private interface Step {
        ClaimEvent make(Appender a, Claim c, LocalDate date);
    }

    private Claim step(UUID claim, LocalDate date, Step step) {
        return store.write(w -> {
            Appender a = new Appender(w, clock);
            LocalDate d = a.date(date);
            Claim before = a.book.claim(claim).orElseThrow(() -> new LedgerException("claim.unknown", claim));
            if (d.isBefore(before.events().get(before.events().size() - 1).date())) {
                throw new LedgerException("claim.dateBeforeLast", d, before.id());
            }
            EscalateClaims.escalate(a, d);
            Claim c = a.book.claim(claim).orElseThrow();
            if (c.status() == coop.poruka.domain.guarantee.ClaimStatus.SETTLED) {
                throw new LedgerException("claim.settledAlready", c.id());
            }
            ClaimEvent e = step.make(a, c, d);
            a.append(e);
            return a.book.claim(claim).orElseThrow();
        });
    }

    private static void checkAmount(Appender a, Claim c, long amount) {
        if (!c.status().isOpen()) {
            throw new LedgerException("claim.decidedAlready", c.id(), c.status().name().toLowerCase());
        }
        if (amount < 0 || amount > c.amount()) {
            throw new LedgerException("claim.voteAmount", Amounts.format(c.amount(), a.decimals()));
        }
    }
}
