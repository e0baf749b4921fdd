package coop.poruka.domain.ledger;

import java.util.List;

/**
 * Some of the exchanges a filter matches, newest first, and where to go on from.
 *
 * @param entries at most the asked-for number; may be fewer (even none) while {@code hasMore}, when
 *                the search looked through its share of the journal without filling the page
 * @param next    the journal sequence number to pass as {@code before} for the next page; 0 when
 *                there is nothing older left to look at
 */
public record RegisterPage(List<RegisterEntry> entries, long next) {
    public RegisterPage {
        entries = List.copyOf(entries);
    }

    public boolean hasMore() {
        return next > 0;
    }
}
