package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdLinesTest {

    @Test
    void givesTheFirstLineOfAnIdSeenAgainAndZeroForANewOne() {
        IdLines lines = new IdLines();
        UUID a = UUID.fromString("a0000000-0000-4000-8000-000000000001");
        UUID b = UUID.fromString("a0000000-0000-4000-8000-000000000002");

        assertThat(lines.putIfAbsent(a, 2)).isZero();
        assertThat(lines.putIfAbsent(b, 3)).isZero();
        assertThat(lines.putIfAbsent(UUID.fromString(a.toString()), 12)).isEqualTo(2);
        assertThat(lines.putIfAbsent(a, 40)).isEqualTo(2);
        assertThat(lines.putIfAbsent(b, 41)).isEqualTo(3);
        assertThat(lines.size()).isEqualTo(2);
    }

    @Test
    void tellsApartIdsThatDifferInOnlyOneHalf() {
        IdLines lines = new IdLines();
        long line = 1;
        // the same time part with different random parts, and the reverse
        for (long i = 1; i <= 5_000; i++) {
            assertThat(lines.putIfAbsent(new UUID(0x0190_0000_0000_7000L, i), ++line)).isZero();
            assertThat(lines.putIfAbsent(new UUID(i, 0x8000_0000_0000_0000L), ++line)).isZero();
            assertThat(lines.putIfAbsent(new UUID(i, i), ++line)).isZero();
        }
        assertThat(lines.size()).isEqualTo(15_000);
        assertThat(lines.putIfAbsent(new UUID(0x0190_0000_0000_7000L, 1), 99_999)).isEqualTo(2);
        assertThat(lines.putIfAbsent(new UUID(5_000, 5_000), 99_999)).isEqualTo(line);
    }

    @Test
    void agreesWithAMapThroughManyGrowths() {
        Random random = new Random(1998);
        IdLines lines = new IdLines();
        Map<UUID, Long> expected = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (long line = 1; line <= 300_000; line++) {
            // about one row in ten names an id met before
            UUID id = !ids.isEmpty() && random.nextInt(10) == 0 ? ids.get(random.nextInt(ids.size()))
                    : new UUID(random.nextLong(), random.nextLong());
            ids.add(id);
            Long before = expected.putIfAbsent(id, line);
            assertThat(lines.putIfAbsent(id, line)).isEqualTo(before == null ? 0 : before);
        }
        assertThat(lines.size()).isEqualTo(expected.size());
        expected.forEach((id, line) -> assertThat(lines.putIfAbsent(id, 400_000)).isEqualTo(line));
    }

    @Test
    void refusesALineThatCouldNotBeTold() {
        assertThatThrownBy(() -> new IdLines().putIfAbsent(UUID.randomUUID(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
