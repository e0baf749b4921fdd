package coop.poruka.domain.ledger;

/** One journal entry as a sync file carries it: its place and hashes, and its canonical encoding. */
public record SyncEntry(JournalEntry entry, String body) {}
