package coop.poruka.domain.guarantee;

import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.ledger.EntryContent.GuaranteeChange;
import coop.poruka.domain.ledger.EntryContent.RulesChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The guarantor system as its journal entries leave it: the rules, who vouches for whom, every
 * deposit and every claim. Rebuilt by applying the entries in journal order; never written to
 * except through {@link #apply}.
 */
public final class GuarantorBook {
    private CoopRules rules = CoopRules.DEFAULT;
    private RulesChange lastRules;
    /** Active guarantees: member -> guarantor -> guarantee, and guarantor -> member -> guarantee. */
    private final Map<String, Map<String, Guarantee>> byMember = new HashMap<>();
    private final Map<String, Map<String, Guarantee>> byGuarantor = new HashMap<>();
    private final List<GuaranteeChange> history = new ArrayList<>();
    private final Map<String, Deposit> deposits = new TreeMap<>();
    private final Map<UUID, Claim> claims = new LinkedHashMap<>();
    /** What each guarantor paid for each member: "guarantor>member" -> units. */
    private final Map<String, Long> paid = new HashMap<>();
    private final Map<UUID, List<DepositMovement>> draws = new HashMap<>();

    private final int unitDecimals;

    /** @param unitDecimals the decimals of the co-op's unit of account, to value deposits in it */
    public GuarantorBook(int unitDecimals) {
        this.unitDecimals = unitDecimals;
    }

    public static GuarantorBook of(Collection<? extends EntryContent> entries, int unitDecimals) {
        GuarantorBook b = new GuarantorBook(unitDecimals);
        entries.forEach(b::apply);
        return b;
    }

    /** Applies one entry; entries of other kinds are ignored. */
    public void apply(EntryContent c) {
        if (c instanceof RulesChange r) {
            rules = r.rules();
            lastRules = r;
        } else if (c instanceof GuaranteeChange g) {
            history.add(g);
            if (g.ended()) {
                remove(byMember, g.member(), g.guarantor());
                remove(byGuarantor, g.guarantor(), g.member());
            } else {
                Guarantee x = new Guarantee(g.guarantor(), g.member(), g.cap(), g.date());
                byMember.computeIfAbsent(g.member(), k -> new TreeMap<>()).put(g.guarantor(), x);
                byGuarantor.computeIfAbsent(g.guarantor(), k -> new TreeMap<>()).put(g.member(), x);
            }
        } else if (c instanceof DepositMovement d) {
            applyDeposit(d);
        } else if (c instanceof ClaimEvent e) {
            if (e.action() == ClaimAction.FILE) {
                claims.put(e.claim(), new Claim(e));
            } else {
                claims.get(e.claim()).apply(e, rules.escalationDays());
            }
        }
    }

    private static void remove(Map<String, Map<String, Guarantee>> map, String outer, String inner) {
        Map<String, Guarantee> m = map.get(outer);
        if (m != null) {
            m.remove(inner);
            if (m.isEmpty()) {
                map.remove(outer);
            }
        }
    }

    private void applyDeposit(DepositMovement d) {
        Deposit old = deposits.get(d.member());
        long in = d.action().sign() > 0 ? d.amount() : 0;
        long drawn = d.action() == DepositAction.DRAW ? d.amount() : 0;
        long returned = d.action() == DepositAction.RETURN ? d.amount() : 0;
        if (old == null) {
            deposits.put(d.member(), new Deposit(d.member(), d.currency(), d.heldAt(), d.description(), in, drawn, returned));
        } else {
            deposits.put(d.member(), new Deposit(d.member(), old.currency(),
                    d.action() == DepositAction.PLACE ? d.heldAt() : old.heldAt(),
                    d.description() != null ? d.description() : old.description(),
                    old.placed() + in, old.drawn() + drawn, old.returned() + returned));
        }
        if (d.claim() != null) {
            draws.computeIfAbsent(d.claim(), k -> new ArrayList<>()).add(d);
            Claim c = claims.get(d.claim());
            if (c != null && !c.respondent().equals(d.member())) {
                paid.merge(d.member() + ">" + c.respondent(), rules.unitsOf(d.amount(), unitDecimals), Long::sum);
            }
        }
    }

    public int unitDecimals() {
        return unitDecimals;
    }

    public CoopRules rules() {
        return rules;
    }

    /** The entry that set the rules in force, if they were ever set. */
    public Optional<RulesChange> lastRulesChange() {
        return Optional.ofNullable(lastRules);
    }

    /** Who vouches for {@code member} now, by guarantor code. */
    public List<Guarantee> guarantorsOf(String member) {
        return List.copyOf(byMember.getOrDefault(member, Map.of()).values());
    }

    /** Whom {@code guarantor} vouches for now, by member code. */
    public List<Guarantee> vouchedBy(String guarantor) {
        return List.copyOf(byGuarantor.getOrDefault(guarantor, Map.of()).values());
    }

    public Optional<Guarantee> guarantee(String guarantor, String member) {
        return Optional.ofNullable(byGuarantor.getOrDefault(guarantor, Map.of()).get(member));
    }

    /** Everyone who vouches for someone now, or has been vouched for. */
    public List<Guarantee> activeGuarantees() {
        List<Guarantee> all = new ArrayList<>();
        new TreeMap<>(byGuarantor).values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    /** Every guarantee given or ended, in journal order. */
    public List<GuaranteeChange> history() {
        return List.copyOf(history);
    }

    /**
     * The chain by which {@code from} vouches for {@code to}, directly or through others:
     * [from, ..., to], or empty when there is none. Breadth first, so the shortest chain is shown.
     */
    public List<String> chain(String from, String to) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(from);
        cameFrom.put(from, null);
        while (!queue.isEmpty()) {
            String g = queue.poll();
            if (g.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String s = to; s != null; s = cameFrom.get(s)) {
                    path.add(0, s);
                }
                return path;
            }
            for (String m : byGuarantor.getOrDefault(g, Map.of()).keySet()) {
                if (!cameFrom.containsKey(m)) {
                    cameFrom.put(m, g);
                    queue.add(m);
                }
            }
        }
        return List.of();
    }

    public Optional<Deposit> deposit(String member) {
        return Optional.ofNullable(deposits.get(member));
    }

    public Collection<Deposit> deposits() {
        return List.copyOf(deposits.values());
    }

    /** A member's deposit as unit-of-account minor units (0 without one). */
    public long depositUnits(String member) {
        return deposit(member).map(d -> rules.unitsOf(d.held(), unitDecimals)).orElse(0L);
    }

    public Optional<Claim> claim(UUID id) {
        return Optional.ofNullable(claims.get(id));
    }

    /** Every claim, in the order filed. */
    public List<Claim> claims() {
        return List.copyOf(claims.values());
    }

    /** The claims against {@code member} that are open or upheld and not yet settled. */
    public List<Claim> unsettledClaimsAgainst(String member) {
        return claims.values().stream()
                .filter(c -> c.respondent().equals(member) && c.outstanding() > 0).toList();
    }

    /** The deposit draws that settled a claim. */
    public List<DepositMovement> drawsFor(UUID claim) {
        return List.copyOf(draws.getOrDefault(claim, List.of()));
    }

    /** What {@code guarantor} has paid for {@code member}'s claims, in units: what the member owes them. */
    public long paidFor(String guarantor, String member) {
        return paid.getOrDefault(guarantor + ">" + member, 0L);
    }

    /**
     * The panel at level 1: the respondent's guarantors, and the claimant's too when the claimant's
     * conduct is disputed; never a party. Empty: nobody vouches for them, so the general meeting decides.
     */
    public List<String> firstPanel(String claimant, String respondent, boolean bothSides) {
        java.util.Set<String> panel = new java.util.TreeSet<>();
        guarantorsOf(respondent).forEach(g -> panel.add(g.guarantor()));
        if (bothSides) {
            guarantorsOf(claimant).forEach(g -> panel.add(g.guarantor()));
        }
        panel.remove(claimant);
        panel.remove(respondent);
        return List.copyOf(panel);
    }

    /**
     * The panel one level up: the guarantors of the current panelists, leaving out the parties and
     * anyone who already sat on this claim. Empty: the top of the tree, the general meeting.
     */
    public List<String> nextPanel(Claim c) {
        java.util.Set<String> panel = new java.util.TreeSet<>();
        for (String p : c.panel()) {
            guarantorsOf(p).forEach(g -> panel.add(g.guarantor()));
        }
        panel.remove(c.claimant());
        panel.remove(c.respondent());
        panel.removeAll(c.panel());
        panel.removeAll(c.pastPanelists());
        return List.copyOf(panel);
    }
}
