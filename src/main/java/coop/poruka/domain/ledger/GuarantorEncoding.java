package coop.poruka.domain.ledger;

import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.ledger.EntryContent.GuaranteeChange;
import coop.poruka.domain.ledger.EntryContent.RulesChange;
import java.util.Objects;

/** The canonical encoding of the guarantor system's entries (see {@link Journal}). */
final class GuarantorEncoding {
    private GuarantorEncoding() {}

    static void encode(StringBuilder b, EntryContent content) {
        if (content instanceof GuaranteeChange g) {
            line(b, "guarantor", g.guarantor());
            line(b, "member", g.member());
            line(b, "cap", g.cap());
            line(b, "date", g.date());
            line(b, "ended", g.ended());
            line(b, "reason", g.reason());
        } else if (content instanceof RulesChange r) {
            CoopRules x = r.rules();
            line(b, "minGuarantors", x.minGuarantors());
            line(b, "escalationDays", x.escalationDays());
            line(b, "limitRule", x.limitRule());
            line(b, "limitMax", x.limitMax());
            line(b, "depositCurrency", x.depositCurrency());
            line(b, "unitValue", x.unitValue());
            line(b, "decidedBy", r.decidedBy());
            line(b, "decidedOn", r.decidedOn());
            line(b, "reason", r.reason());
        } else if (content instanceof DepositMovement d) {
            line(b, "member", d.member());
            line(b, "action", d.action());
            line(b, "amount", d.amount());
            line(b, "currency", d.currency());
            line(b, "heldAt", d.heldAt());
            line(b, "description", d.description());
            line(b, "date", d.date());
            line(b, "claim", d.claim());
        } else if (content instanceof ClaimEvent c) {
            line(b, "claim", c.claim());
            line(b, "action", c.action());
            line(b, "date", c.date());
            line(b, "by", c.by());
            line(b, "claimant", c.claimant());
            line(b, "respondent", c.respondent());
            line(b, "exchange", c.exchange());
            line(b, "leg", c.legIndex());
            line(b, "amount", c.amount());
            line(b, "text", c.text());
            line(b, "bothSides", c.bothSides());
            line(b, "level", c.level());
            line(b, "deadline", c.deadline());
            line(b, "panel", c.panel() == null ? null : String.join(",", c.panel()));
        } else {
            throw new IllegalArgumentException("not a guarantor entry: " + content.kind());
        }
    }

    private static void line(StringBuilder b, String key, Object value) {
        Journal.line(b, key, value == null ? null : Objects.toString(value));
    }
}
