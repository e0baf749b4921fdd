package coop.poruka.domain.ledger;

import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Text;
import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.money.Amounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What one journal entry says. Its canonical encoding is what the entry's hash covers. */
public sealed interface EntryContent {
    EntryKind kind();

    /** The co-op settings as they are from this entry on. */
    record SettingsChange(CoopSettings settings) implements EntryContent {
        public EntryKind kind() {
            return EntryKind.SETTINGS;
        }
    }

    /** A member as they are from this entry on (their balance is not part of it). */
    record MemberChange(Member member, String reason) implements EntryContent {
        public EntryKind kind() {
            return EntryKind.MEMBER;
        }
    }

    /** An exchange posted, or a reversal of one. */
    record ExchangePosted(Exchange exchange) implements EntryContent {
        public EntryKind kind() {
            return EntryKind.EXCHANGE;
        }
    }

    /**
     * Guarantor vouches for member up to {@code cap} minor units from {@code date}, or (when
     * {@code ended}) stops doing so for {@code reason}; an ending repeats the cap that ended.
     */
    record GuaranteeChange(String guarantor, String member, long cap, LocalDate date, boolean ended, String reason)
            implements EntryContent {
        public GuaranteeChange {
            guarantor = Member.code(guarantor);
            member = Member.code(member);
            Objects.requireNonNull(date, "date");
            if (cap <= 0 || cap > Amounts.MAX_LIMIT) {
                throw new LedgerException("guarantee.capNotPositive", guarantor, member);
            }
            reason = ended ? Text.required(reason, Exchange.MAX_REASON, "reason")
                    : Text.optional(reason, Exchange.MAX_REASON, "reason");
            reason = reason == null || reason.isEmpty() ? null : reason;
        }

        public EntryKind kind() {
            return EntryKind.GUARANTEE;
        }
    }

    /** The co-op's rules from this entry on, who decided them, when and why. */
    record RulesChange(CoopRules rules, String decidedBy, LocalDate decidedOn, String reason) implements EntryContent {
        public RulesChange {
            Objects.requireNonNull(rules, "rules");
            decidedBy = Text.required(decidedBy, 200, "name of who decided");
            Objects.requireNonNull(decidedOn, "decidedOn");
            reason = Text.required(reason, Exchange.MAX_REASON, "reason");
        }

        public EntryKind kind() {
            return EntryKind.RULES;
        }
    }

    /**
     * Money moved into or out of a member's deposit, in the currency's minor units; a DRAW names
     * the claim it settles.
     */
    record DepositMovement(String member, DepositAction action, long amount, String currency, String heldAt,
            String description, LocalDate date, UUID claim) implements EntryContent {
        public DepositMovement {
            member = Member.code(member);
            Objects.requireNonNull(action, "action");
            if (amount <= 0 || amount > Amounts.MAX_LEG) {
                throw new LedgerException("deposit.amountNotPositive", member);
            }
            currency = CoopRules.currency(currency);
            heldAt = Text.required(heldAt, 200, "depository (bank and account)");
            description = Text.optional(description, 200, "description");
            description = description == null || description.isEmpty() ? null : description;
            Objects.requireNonNull(date, "date");
            if ((action == DepositAction.DRAW) != (claim != null)) {
                throw new LedgerException("deposit.drawOnlyForClaim", member);
            }
        }

        public EntryKind kind() {
            return EntryKind.DEPOSIT;
        }

        /** The change to what the deposit holds: positive in, negative out. */
        public long delta() {
            return action.sign() * amount;
        }
    }

    /**
     * One step of a claim. Which fields a step fills depends on its action (the others are null):
     * FILE: claimant, respondent, exchange, legIndex, amount, text, bothSides, level, deadline, panel;
     * VOTE: by, amount (0 rejects); APPEAL: by, text; ESCALATE: level, deadline, panel (empty: the
     * general meeting); MEETING: amount (0 rejects), text; SETTLE: exchange (the compensation
     * posted in units, or null), amount (paid in units by the respondent).
     */
    record ClaimEvent(UUID claim, ClaimAction action, LocalDate date, String by, String claimant, String respondent,
            UUID exchange, Integer legIndex, Long amount, String text, Boolean bothSides, Integer level,
            LocalDate deadline, List<String> panel) implements EntryContent {
        public ClaimEvent {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(date, "date");
            text = Text.optional(text, Exchange.MAX_REASON, "text");
            panel = panel == null ? null : List.copyOf(panel);
        }

        public EntryKind kind() {
            return EntryKind.CLAIM;
        }
    }

    /**
     * A month closed: nothing may be dated into it or before it afterwards. Records the journal
     * head the month ended with ({@code headSeq} 0 and no hash for none) and the trial balance:
     * every member's balance by value date at the month's end, in code order.
     */
    record PeriodClose(java.time.YearMonth month, long headSeq, String headHash,
            java.util.SortedMap<String, Long> balances) implements EntryContent {
        public PeriodClose {
            Objects.requireNonNull(month, "month");
            balances = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(balances));
        }

        public EntryKind kind() {
            return EntryKind.CLOSE;
        }
    }
}
