package coop.poruka.domain.ledger;

/**
 * A journal entry with its content rebuilt from the stored rows; {@code content} is null when the
 * rows it names are gone.
 */
public record RecordedEntry(JournalEntry entry, EntryContent content) {}
