package coop.poruka.store;

import static coop.poruka.store.generated.Tables.CLAIM_EVENT;
import static coop.poruka.store.generated.Tables.DEPOSIT_MOVEMENT;
import static coop.poruka.store.generated.Tables.GUARANTEE_VERSION;
import static coop.poruka.store.generated.Tables.RULES_VERSION;

import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.ledger.EntryContent.GuaranteeChange;
import coop.poruka.domain.ledger.EntryContent.RulesChange;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.store.generated.tables.records.ClaimEventRecord;
import coop.poruka.store.generated.tables.records.DepositMovementRecord;
import coop.poruka.store.generated.tables.records.GuaranteeVersionRecord;
import coop.poruka.store.generated.tables.records.RulesVersionRecord;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The rows of the guarantor system's entries (V2): written with an entry, read back into content. */
final class GuarantorRows {
    private GuarantorRows() {}

    static boolean handles(EntryContent c) {
        return c instanceof GuaranteeChange || c instanceof RulesChange || c instanceof DepositMovement
                || c instanceof ClaimEvent;
    }

    static void insert(DSLContext dsl, long seq, EntryContent content) {
        if (content instanceof GuaranteeChange g) {
            dsl.insertInto(GUARANTEE_VERSION)
                    .set(GUARANTEE_VERSION.JOURNAL_SEQ, seq)
                    .set(GUARANTEE_VERSION.GUARANTOR, g.guarantor())
                    .set(GUARANTEE_VERSION.MEMBER, g.member())
                    .set(GUARANTEE_VERSION.CAP, g.cap())
                    .set(GUARANTEE_VERSION.ON_DATE, g.date())
                    .set(GUARANTEE_VERSION.ENDED, g.ended())
                    .set(GUARANTEE_VERSION.REASON, g.reason())
                    .execute();
        } else if (content instanceof RulesChange r) {
            CoopRules x = r.rules();
            dsl.insertInto(RULES_VERSION)
                    .set(RULES_VERSION.JOURNAL_SEQ, seq)
                    .set(RULES_VERSION.MIN_GUARANTORS, x.minGuarantors())
                    .set(RULES_VERSION.ESCALATION_DAYS, x.escalationDays())
                    .set(RULES_VERSION.LIMIT_RULE, x.limitRule().name())
                    .set(RULES_VERSION.LIMIT_MAX, x.limitMax())
                    .set(RULES_VERSION.DEPOSIT_CURRENCY, x.depositCurrency())
                    .set(RULES_VERSION.UNIT_VALUE, x.unitValue())
                    .set(RULES_VERSION.DECIDED_BY, r.decidedBy())
                    .set(RULES_VERSION.DECIDED_ON, r.decidedOn())
                    .set(RULES_VERSION.REASON, r.reason())
                    .execute();
        } else if (content instanceof DepositMovement d) {
            dsl.insertInto(DEPOSIT_MOVEMENT)
                    .set(DEPOSIT_MOVEMENT.JOURNAL_SEQ, seq)
                    .set(DEPOSIT_MOVEMENT.MEMBER, d.member())
                    .set(DEPOSIT_MOVEMENT.ACTION, d.action().name())
                    .set(DEPOSIT_MOVEMENT.AMOUNT, d.amount())
                    .set(DEPOSIT_MOVEMENT.CURRENCY, d.currency())
                    .set(DEPOSIT_MOVEMENT.HELD_AT, d.heldAt())
                    .set(DEPOSIT_MOVEMENT.DESCRIPTION, d.description())
                    .set(DEPOSIT_MOVEMENT.ON_DATE, d.date())
                    .set(DEPOSIT_MOVEMENT.CLAIM_ID, d.claim())
                    .execute();
        } else if (content instanceof ClaimEvent c) {
            dsl.insertInto(CLAIM_EVENT)
                    .set(CLAIM_EVENT.JOURNAL_SEQ, seq)
                    .set(CLAIM_EVENT.CLAIM_ID, c.claim())
                    .set(CLAIM_EVENT.ACTION, c.action().name())
                    .set(CLAIM_EVENT.ON_DATE, c.date())
                    .set(CLAIM_EVENT.BY_MEMBER, c.by())
                    .set(CLAIM_EVENT.CLAIMANT, c.claimant())
                    .set(CLAIM_EVENT.RESPONDENT, c.respondent())
                    .set(CLAIM_EVENT.EXCHANGE_ID, c.exchange())
                    .set(CLAIM_EVENT.LEG_INDEX, c.legIndex())
                    .set(CLAIM_EVENT.AMOUNT, c.amount())
                    .set(CLAIM_EVENT.TEXT, c.text())
                    .set(CLAIM_EVENT.BOTH_SIDES, c.bothSides())
                    .set(CLAIM_EVENT.CLAIM_LEVEL, c.level())
                    .set(CLAIM_EVENT.DEADLINE, c.deadline())
                    .set(CLAIM_EVENT.PANEL, c.panel() == null ? null : c.panel().toArray(String[]::new))
                    .execute();
        } else {
            throw new IllegalArgumentException("not a guarantor entry: " + content.kind());
        }
    }

    /** The content of every guarantor entry whose sequence number meets {@code which}, by sequence number. */
    static Map<Long, EntryContent> read(DSLContext dsl, Condition guarantees, Condition rules, Condition deposits,
            Condition claims) {
        Map<Long, EntryContent> out = new TreeMap<>();
        dsl.selectFrom(GUARANTEE_VERSION).where(guarantees).fetch().forEach(r -> out.put(r.getJournalSeq(), guarantee(r)));
        dsl.selectFrom(RULES_VERSION).where(rules).fetch().forEach(r -> out.put(r.getJournalSeq(), rules(r)));
        dsl.selectFrom(DEPOSIT_MOVEMENT).where(deposits).fetch().forEach(r -> out.put(r.getJournalSeq(), deposit(r)));
        dsl.selectFrom(CLAIM_EVENT).where(claims).fetch().forEach(r -> out.put(r.getJournalSeq(), claim(r)));
        return out;
    }

    static Map<Long, EntryContent> between(DSLContext dsl, long from, long to) {
        return read(dsl, GUARANTEE_VERSION.JOURNAL_SEQ.between(from, to), RULES_VERSION.JOURNAL_SEQ.between(from, to),
                DEPOSIT_MOVEMENT.JOURNAL_SEQ.between(from, to), CLAIM_EVENT.JOURNAL_SEQ.between(from, to));
    }

    static Map<Long, EntryContent> all(DSLContext dsl) {
        return read(dsl, org.jooq.impl.DSL.noCondition(), org.jooq.impl.DSL.noCondition(),
                org.jooq.impl.DSL.noCondition(), org.jooq.impl.DSL.noCondition());
    }

    static Map<Long, EntryContent> forMembers(DSLContext dsl, java.util.Collection<String> members) {
        String[] codes = members.toArray(String[]::new);
        return read(dsl, GUARANTEE_VERSION.MEMBER.eq(org.jooq.impl.DSL.any(codes)), org.jooq.impl.DSL.noCondition(),
                DEPOSIT_MOVEMENT.MEMBER.eq(org.jooq.impl.DSL.any(codes)), org.jooq.impl.DSL.falseCondition());
    }

    static void count(DSLContext dsl, Map<EntryKind, Long> counts) {
        counts.put(EntryKind.GUARANTEE, (long) dsl.fetchCount(GUARANTEE_VERSION));
        counts.put(EntryKind.RULES, (long) dsl.fetchCount(RULES_VERSION));
        counts.put(EntryKind.DEPOSIT, (long) dsl.fetchCount(DEPOSIT_MOVEMENT));
        counts.put(EntryKind.CLAIM, (long) dsl.fetchCount(CLAIM_EVENT));
    }

    private static GuaranteeChange guarantee(GuaranteeVersionRecord r) {
        return new GuaranteeChange(r.getGuarantor(), r.getMember(), r.getCap(), r.getOnDate(), r.getEnded(), r.getReason());
    }

    private static RulesChange rules(RulesVersionRecord r) {
        return new RulesChange(new CoopRules(r.getMinGuarantors(), r.getEscalationDays(),
                LimitRule.valueOf(r.getLimitRule()), r.getLimitMax(), r.getDepositCurrency(), r.getUnitValue()),
                r.getDecidedBy(), r.getDecidedOn(), r.getReason());
    }

    private static DepositMovement deposit(DepositMovementRecord r) {
        return new DepositMovement(r.getMember(), DepositAction.valueOf(r.getAction()), r.getAmount(), r.getCurrency(),
                r.getHeldAt(), r.getDescription(), r.getOnDate(), r.getClaimId());
    }

    private static ClaimEvent claim(ClaimEventRecord r) {
        return new ClaimEvent(r.getClaimId(), ClaimAction.valueOf(r.getAction()), r.getOnDate(), r.getByMember(),
                r.getClaimant(), r.getRespondent(), r.getExchangeId(), r.getLegIndex(), r.getAmount(), r.getText(),
                r.getBothSides(), r.getClaimLevel(), r.getDeadline(),
                r.getPanel() == null ? null : Arrays.asList(r.getPanel()));
    }
}
