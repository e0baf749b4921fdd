package coop.poruka.domain;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.domain.ledger.ExchangeIds;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExchangeIdsTest {
    @Test
    void idsAreVersionSevenAndSortByTime() {
        Instant t = Instant.parse("2026-11-23T10:15:30.123Z");
        UUID earlier = ExchangeIds.next(t);
        UUID later = ExchangeIds.next(t.plusMillis(1));
        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(t.toEpochMilli());
        // Compared as unsigned, as a database compares UUIDs.
        assertThat(Long.compareUnsigned(earlier.getMostSignificantBits(), later.getMostSignificantBits())).isNegative();
        assertThat(UUID.fromString(earlier.toString())).isEqualTo(earlier);
    }

    @Test
    void idsAtTheSameMillisecondDiffer() {
        Instant t = Instant.parse("2026-11-23T10:15:30Z");
        assertThat(ExchangeIds.next(t)).isNotEqualTo(ExchangeIds.next(t));
    }

    @Test
    void aSeededGeneratorRepeatsItsIds() {
        assertThat(ExchangeIds.of(42, new SplittableRandom(7))).isEqualTo(ExchangeIds.of(42, new SplittableRandom(7)));
    }
}
