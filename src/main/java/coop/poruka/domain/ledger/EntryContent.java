package coop.poruka.domain.ledger;

import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;

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
}
