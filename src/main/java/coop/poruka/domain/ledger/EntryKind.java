package coop.poruka.domain.ledger;

/** What a journal entry records. */
public enum EntryKind {
    SETTINGS, MEMBER, EXCHANGE, GUARANTEE, RULES, DEPOSIT, CLAIM, CLOSE
}
