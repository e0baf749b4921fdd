package coop.poruka.domain.ledger;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded trade: one or more legs posted together, all or nothing. A reversal names the
 * exchange it reverses and why; an override names why a credit limit was allowed to be broken.
 */
public record Exchange(
        UUID id,
        LocalDate valueDate,
        List<Leg> legs,
        UUID reverses,
        String reason,
        String overrideReason) {

    public static final int MAX_LEGS = 50;
    public static final int MAX_REASON = 500;

    public Exchange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(valueDate, "valueDate");
        legs = List.copyOf(legs);
        if (legs.isEmpty()) {
            throw new LedgerException("exchange.noLegs");
        }
        if (legs.size() > MAX_LEGS) {
            throw new LedgerException("exchange.tooManyLegs", legs.size(), MAX_LEGS);
        }
        reason = blankToNull(Text.optional(reason, MAX_REASON, "reason"));
        overrideReason = blankToNull(Text.optional(overrideReason, MAX_REASON, "override reason"));
        if (reverses != null && reason == null) {
            throw new LedgerException("reverse.reasonRequired");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public boolean isReversal() {
        return reverses != null;
    }

    /** Each member's net result of the whole exchange: credits minus debits, in minor units. */
    public Map<String, Long> netByMember() {
        Map<String, Long> net = new LinkedHashMap<>();
        for (Leg leg : legs) {
            net.merge(leg.supplier(), leg.amount(), Math::addExact);
            net.merge(leg.receiver(), -leg.amount(), Math::addExact);
        }
        return net;
    }

    public long totalValue() {
        return legs.stream().mapToLong(Leg::amount).reduce(0L, Math::addExact);
    }
}
