package coop.poruka.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Times in entry lines are read only in the one spelling {@code Instant.toString} gives them. */
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
}
