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
    /** Deposits: member -> currency -> deposit. A member may hold one deposit in each currency. */
    private final Map<String, Map<String, Deposit>> deposits = new TreeMap<>();
    /**
     * What one unit of account is worth in each deposit currency, in its minor units: each rules
     * change prices the currency it names, and the others keep the value last decided for them.
     */
    private final Map<String, Long> unitValues = new TreeMap<>();
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
            if (rules.depositCurrency() != null) {
                unitValues.put(rules.depositCurrency(), rules.unitValue());
            }
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
        Map<String, Deposit> mine = deposits.computeIfAbsent(d.member(), k -> new TreeMap<>());
        Deposit old = mine.get(d.currency());
        long in = d.action().sign() > 0 ? d.amount() : 0;
        long drawn = d.action() == DepositAction.DRAW ? d.amount() : 0;
        long returned = d.action() == DepositAction.RETURN ? d.amount() : 0;
        if (old == null) {
            mine.put(d.currency(), new Deposit(d.member(), d.currency(), d.heldAt(), d.description(), in, drawn, returned));
        } else {
            mine.put(d.currency(), new Deposit(d.member(), old.currency(),
                    d.action() == DepositAction.PLACE ? d.heldAt() : old.heldAt(),
                    d.description() != null ? d.description() : old.description(),
                    old.placed() + in, old.drawn() + drawn, old.returned() + returned));
        }
        if (d.claim() != null) {
            draws.computeIfAbsent(d.claim(), k -> new ArrayList<>()).add(d);
            Claim c = claims.get(d.claim());
            if (c != null && !c.respondent().equals(d.member())) {
                paid.merge(d.member() + ">" + c.respondent(), unitsOf(d.currency(), d.amount()), Long::sum);
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

    /** The member's deposit in {@code currency}, if they ever placed one. */
    public Optional<Deposit> deposit(String member, String currency) {
        return Optional.ofNullable(deposits.getOrDefault(member, Map.of()).get(currency));
    }

    /** The member's deposits, one per currency, in currency order. */
    public List<Deposit> depositsOf(String member) {
        return List.copyOf(deposits.getOrDefault(member, Map.of()).values());
    }

    /** Every deposit ever placed, by member then currency. */
    public Collection<Deposit> deposits() {
        return deposits.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** What one unit of account is worth in each priced currency (currency minor units), by currency. */
    public Map<String, Long> unitValues() {
        return java.util.Collections.unmodifiableMap(unitValues);
    }

    /** Money in {@code currency} valued in unit minor units at the rules' rate, rounded down; 0 when unpriced. */
    public long unitsOf(String currency, long money) {
        Long value = unitValues.get(currency);
        return value == null ? 0 : CoopRules.unitsOf(money, value, unitDecimals);
    }

    /** The money in {@code currency} that pays {@code units}, rounded up. */
    public long moneyFor(String currency, long units) {
        return CoopRules.moneyFor(units, unitValues.get(currency), unitDecimals);
    }

    /** What a member's deposits, in all currencies, count for in unit-of-account minor units (0 without any). */
    public long depositUnits(String member) {
        return depositsOf(member).stream().mapToLong(d -> unitsOf(d.currency(), d.held())).reduce(0, Math::addExact);
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
