package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.document.Receipt;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.Documents;
import coop.poruka.domain.port.LedgerStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Prints (to a PDF file) the receipt a clerk hands over for one exchange. */
public final class PrintReceipt {
    private final LedgerStore store;
    private final Documents documents;
    private final Clock clock;

    public PrintReceipt(LedgerStore store, Documents documents, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    /** Writes the receipt of exchange {@code id} to {@code file} in the person's language. */
    public Receipt run(UUID id, Path file, Locale locale) {
        Receipt receipt = read(id);
        documents.receipt(receipt, locale, file);
        return receipt;
    }

    /** What the receipt of exchange {@code id} shows, read in one transaction so it is consistent. */
    public Receipt read(UUID id) {
        return store.read(r -> {
            CoopSettings coop = Books.settings(r);
            PostedExchange posted = r.exchange(id).orElseThrow(() -> new LedgerException("exchange.unknown", id));
            Set<String> codes = codesInOrder(posted.exchange());
            Map<String, Member> members = r.members(codes);
            Map<String, Long> after = r.balancesAfter(posted.seq(), codes);
            List<Receipt.Party> parties = new ArrayList<>();
            for (String code : codes) {
                Member m = members.get(code);
                parties.add(new Receipt.Party(code, m == null ? code : m.name(), after.getOrDefault(code, 0L)));
            }
            // The posting's number is where this ledger stored it; the receipt names its office's chain place.
            JournalEntry entry = r.journalEntry(posted.seq()).orElseThrow();
            return new Receipt(coop, posted, entry, parties, r.reversalOf(id).orElse(null), clock.instant(),
                    clock.getZone());
        });
    }

    private static Set<String> codesInOrder(Exchange x) {
        Set<String> codes = new LinkedHashSet<>();
        for (Leg leg : x.legs()) {
            codes.add(leg.supplier());
            codes.add(leg.receiver());
        }
        return codes;
    }
}
