package coop.poruka.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.domain.ledger.SyncEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entry lines are read only in their canonical form: times in the one spelling
 * {@code Instant.toString} gives them, and a large file, read in pieces, exactly as it would be read whole.
 */
class EntryLinesTest {
    @Test
    void timesAsInstantWritesThemAreRead() {
        for (String t : new String[] {"2026-11-23T09:14:02Z", "2026-11-23T09:14:02.100Z", "2026-11-23T09:14:02.000001Z",
            "1999-02-28T23:59:59.123456789Z", "2024-02-29T00:00:00.010Z"}) {
            assertThat(EntryLines.instant(t)).isEqualTo(Instant.parse(t));
            assertThat(EntryLines.instant(t).toString()).isEqualTo(t);
        }
    }

    @Test
    void otherSpellingsOfATimeAreRefused() {
        for (String t : new String[] {"2026-11-23T09:14:02.000Z", "2026-11-23T09:14:02.10Z", "2026-11-23T09:14:02.000100000Z",
            "2026-11-23T09:14Z", "2026-11-23 09:14:02Z", "2026-11-23T24:00:00Z", "2026-02-30T09:14:02Z",
            "2026-11-23T09:14:02+00:00", "2026-11-23T09:14:02.1234Z", "+2026-11-23T09:14:02Z"}) {
            assertThatThrownBy(() -> EntryLines.instant(t)).as(t).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void aLargeFileReadInPiecesGivesEveryLineInOrder() {
        String text = lines(8_000, -1);
        assertThat(text.length()).isGreaterThan(1 << 21);
        List<SyncEntry> read = EntryLines.read(text, 0);
        assertThat(read).hasSize(8_000);
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).entry().seq()).isEqualTo(i + 1);
            assertThat(read.get(i).body()).isEqualTo(body(i + 1));
        }
    }

    @Test
    void aLineNotEndedAsItShouldBeIsRefusedWhereverThePiecesAreCut() {
        for (int broken : new int[] {1, 1_000, 2_047, 4_000, 7_999, 8_000}) {
            String text = lines(8_000, broken);
            assertThatThrownBy(() -> EntryLines.read(text, 0)).as("line %d", broken)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** {@code count} canonical entry lines; the one numbered {@code broken} lacks its closing brace. */
    private static String lines(int count, int broken) {
        String hash = "ab".repeat(32);
        StringBuilder b = new StringBuilder();
        for (int seq = 1; seq <= count; seq++) {
            b.append("{\"office\":\"ALM\",\"seq\":").append(seq).append(",\"kind\":\"EXCHANGE\",\"at\":\"")
                    .append("2026-11-23T09:14:02.000001Z\",\"prev\":\"").append(hash).append("\",\"hash\":\"")
                    .append(hash).append("\",\"body\":\"").append(body(seq)).append(seq == broken ? "\"\n" : "\"}\n");
        }
        return b.toString();
    }

    private static String body(int seq) {
        return "Айгерим Қасымова supplied " + seq + " " + "x".repeat(seq % 200);
    }
}
