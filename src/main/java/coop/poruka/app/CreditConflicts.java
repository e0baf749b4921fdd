package coop.poruka.app;

import coop.poruka.domain.guarantee.Guarantee;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.EntryContent.MemberChange;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.HybridTime;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The conflicts board: members taken below their credit limit only because two offices posted at
 * the same time. Each office checked its own exchange against what it knew, so both were accepted
 * (the trades happened); the board shows them to the member's guarantors. Every office lists the
 * same, because it follows the one order of entries all offices agree on (docs/decisions/0028).
 */
public final class CreditConflicts {
    private final LedgerStore store;

    public CreditConflicts(LedgerStore store) {
        this.store = store;
    }

    /** An exchange that, in the agreed order, left the member further below their limit. */
    public record Crossing(String office, long seq, UUID exchange, Instant recordedAt, long balanceAfter) {}

    /** A member below their limit now, with the exchanges that took them there. */
    public record Conflict(String member, String name, long balance, long limit, List<Crossing> crossings) {}

    /** Every member in conflict, by code. */
    public List<Conflict> all() {
        return store.readSnapshot(this::find);
    }

    /** The conflicts of the members {@code guarantor} vouches for now. */
    public List<Conflict> forGuarantor(String guarantor) {
        String code = Member.code(guarantor);
        return store.readSnapshot(r -> {
            Set<String> members = Appender.book(r).vouchedBy(code).stream().map(Guarantee::member)
                    .collect(Collectors.toSet());
            return find(r).stream().filter(c -> members.contains(c.member())).toList();
        });
    }

    private List<Conflict> find(LedgerReader r) {
        Standings standings = Standings.ifTheyMatter(r);
        Map<String, Member> below = new TreeMap<>();
        for (Member m : r.members()) {
            Member effective = Standings.effective(m, standings);
            if (effective.balance() < -effective.creditLimit()) {
                below.put(m.code(), effective);
            }
        }
        if (below.isEmpty()) {
            return List.of();
        }
        // The journal of these members in the agreed order: their versions (the limit in force
        // then, under the fixed rule) and their exchanges.
        List<Map.Entry<JournalEntry, Object>> steps = new ArrayList<>();
        r.scanJournal(e -> {
            if (e.content() instanceof ExchangePosted x && x.exchange().netByMember().keySet().stream()
                    .anyMatch(below::containsKey)) {
                steps.add(Map.entry(e.entry(), x.exchange()));
            } else if (e.content() instanceof MemberChange mc && below.containsKey(mc.member().code())) {
                steps.add(Map.entry(e.entry(), mc.member()));
            }
        });
        steps.sort(Map.Entry.comparingByKey(HybridTime.ORDER));
        boolean fixed = standings == null || standings.limitRule() == LimitRule.FIXED;
        Map<String, Long> balance = new HashMap<>();
        Map<String, Long> limit = new HashMap<>();
        below.forEach((code, m) -> limit.put(code, m.creditLimit()));
        Map<String, List<Crossing>> crossings = new TreeMap<>();
        for (Map.Entry<JournalEntry, Object> step : steps) {
            if (step.getValue() instanceof Member m) {
                if (fixed) {
                    limit.put(m.code(), m.creditLimit());
                }
                continue;
            }
            Exchange x = (Exchange) step.getValue();
            JournalEntry at = step.getKey();
            x.netByMember().forEach((code, net) -> {
                if (!below.containsKey(code)) {
                    return;
                }
                long after = balance.merge(code, net, Math::addExact);
                // A reversal restores facts, and an override was decided at the counter: neither is a conflict.
                if (net < 0 && after < -limit.get(code) && !x.isReversal() && x.overrideReason() == null) {
                    crossings.computeIfAbsent(code, c -> new ArrayList<>())
                            .add(new Crossing(at.office(), at.seq(), x.id(), at.recordedAt(), after));
                }
            });
        }
        List<Conflict> out = new ArrayList<>();
        crossings.forEach((code, list) -> {
            Member m = below.get(code);
            out.add(new Conflict(code, m.name(), m.balance(), m.creditLimit(), List.copyOf(list)));
        });
        return out;
    }
}
