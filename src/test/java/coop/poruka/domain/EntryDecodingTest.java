package coop.poruka.domain;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.EntryDecoding;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.Journal;
import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What a sync file carries comes back as the same content, so its hash checks out at the other office. */
class EntryDecodingTest {
    @Test
    void periodCloseComesBackFromItsEncodingWithEveryBalance() {
        TreeMap<String, Long> balances = new TreeMap<>();
        balances.put("ALM-0001", -12_450L);
        balances.put("ALM-0002", 12_450L);
        balances.put("AST-0007", 0L);
        EntryContent.PeriodClose close = new EntryContent.PeriodClose(YearMonth.of(2026, 10), 742, "4fe801ba504d", balances);
        EntryContent back = EntryDecoding.decode(EntryKind.CLOSE, Journal.encode(close));
        assertThat(back).isEqualTo(close);
        assertThat(Journal.encode(back)).isEqualTo(Journal.encode(close));
    }
}
