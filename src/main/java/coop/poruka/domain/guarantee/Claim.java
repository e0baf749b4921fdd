package coop.poruka.domain.guarantee;

import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A claim as its recorded steps leave it. A panel decides by majority of all its members: the
 * claim is rejected once more than half reject, and upheld once more than half uphold, at the
 * largest amount that a majority voted for at least (so no amount is imposed that fewer than
 * half the panel supported). An empty panel is the general meeting.
 */
public final class Claim {
    private final UUID id;
    private final String claimant;
    private final String respondent;
    private final UUID exchange;
    private final int legIndex;
    private final long amount;
    private final String text;
    private final boolean bothSides;
    private final LocalDate filed;
    private final List<ClaimEvent> events = new ArrayList<>();
    private final Map<String, Long> votes = new LinkedHashMap<>();
    private int level;
    private List<String> panel;
    private LocalDate deadline;
    private ClaimStatus status = ClaimStatus.OPEN;
    private long decidedAmount;
    private LocalDate decidedOn;
    private LocalDate appealUntil;
    private final List<String> pastPanelists = new ArrayList<>();

    Claim(ClaimEvent filing) {
        id = filing.claim();
        claimant = filing.claimant();
        respondent = filing.respondent();
        exchange = filing.exchange();
        legIndex = filing.legIndex() == null ? 0 : filing.legIndex();
        amount = filing.amount() == null ? 0 : filing.amount();
        text = filing.text();
        bothSides = Boolean.TRUE.equals(filing.bothSides());
        filed = filing.date();
        events.add(filing);
        moveTo(filing);
    }

    private void moveTo(ClaimEvent e) {
        level = e.level() == null ? level : e.level();
        if (panel != null) {
            pastPanelists.addAll(panel);
        }
        panel = e.panel() == null ? List.of() : e.panel();
        deadline = e.deadline();
        votes.clear();
        status = ClaimStatus.OPEN;
        decidedAmount = 0;
        decidedOn = null;
        appealUntil = null;
    }

    void apply(ClaimEvent e, int escalationDays) {
        events.add(e);
        switch (e.action()) {
            case VOTE -> {
                votes.put(e.by(), e.amount());
                tally(e.date(), escalationDays);
            }
            case MEETING -> decide(e.amount(), e.date(), escalationDays);
            case APPEAL, ESCALATE -> moveTo(e);
            case SETTLE -> status = ClaimStatus.SETTLED;
            default -> throw new IllegalStateException("a claim is filed once: " + id);
        }
    }

    private void tally(LocalDate on, int escalationDays) {
        int majority = panel.size() / 2 + 1;
        long rejects = votes.values().stream().filter(a -> a == 0).count();
        List<Long> upholds = new ArrayList<>(votes.values().stream().filter(a -> a > 0).toList());
        upholds.sort(Collections.reverseOrder());
        if (rejects >= majority) {
            decide(0, on, escalationDays);
        } else if (upholds.size() >= majority) {
            decide(upholds.get(majority - 1), on, escalationDays);
        }
    }

    private void decide(long amount, LocalDate on, int escalationDays) {
        status = amount > 0 ? ClaimStatus.UPHELD : ClaimStatus.REJECTED;
        decidedAmount = amount;
        decidedOn = on;
        appealUntil = on.plusDays(escalationDays);
    }

    public UUID id() {
        return id;
    }

    public String claimant() {
        return claimant;
    }

    public String respondent() {
        return respondent;
    }

    public UUID exchange() {
        return exchange;
    }

    public int legIndex() {
        return legIndex;
    }

    /** What the claimant asked for, in unit minor units. */
    public long amount() {
        return amount;
    }

    public String text() {
        return text;
    }

    public boolean bothSides() {
        return bothSides;
    }

    public LocalDate filed() {
        return filed;
    }

    public List<ClaimEvent> events() {
        return List.copyOf(events);
    }

    /** 1 at the respondent's guarantors, one more for each escalation. */
    public int level() {
        return level;
    }

    /** Who must decide at this level; empty when the claim is before the general meeting. */
    public List<String> panel() {
        return panel;
    }

    public boolean atGeneralMeeting() {
        return panel.isEmpty();
    }

    /** Everyone who sat on an earlier panel of this claim. */
    public List<String> pastPanelists() {
        return List.copyOf(pastPanelists);
    }

    /** The last day the current panel may decide; null before the general meeting. */
    public LocalDate deadline() {
        return deadline;
    }

    public Map<String, Long> votes() {
        return Map.copyOf(votes);
    }

    public ClaimStatus status() {
        return status;
    }

    public long decidedAmount() {
        return decidedAmount;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    /** The last day a party may appeal the decision; null while undecided. */
    public LocalDate appealUntil() {
        return appealUntil;
    }

    /** What the respondent may still have to pay: the claim while open, the decided amount until settled. */
    public long outstanding() {
        return switch (status) {
            case OPEN -> amount;
            case UPHELD -> decidedAmount;
            default -> 0;
        };
    }
}
