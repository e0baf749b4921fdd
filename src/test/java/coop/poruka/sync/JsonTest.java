package coop.poruka.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifest's reader: what it is written as comes back, and a damaged line is refused, never a crash. */
class JsonTest {
    @Test
    void aManifestShapedLineComesBack() {
        assertThat(Json.parse("{\"format\":2,\"acks\":[{\"office\":\"AST\",\"last\":7}],\"heads\":[],\"e\":{}}"))
                .isEqualTo(Map.of("format", 2L, "acks", List.of(Map.of("office", "AST", "last", 7L)), "heads", List.of(),
                        "e", Map.of()));
    }

    @Test
    void nestingWithoutEndIsRefusedAsAnyDamageIs() {
        // The codec turns any RuntimeException of the parser into "the file is damaged".
        assertThatThrownBy(() -> Json.parse("[".repeat(100_000))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{\"a\":".repeat(100_000))).isInstanceOf(IllegalArgumentException.class);
        // Sixteen levels in all, opened and closed again and again, are fine.
        String deep = "[".repeat(15) + "]".repeat(15);
        assertThat(Json.parse("[" + (deep + ",").repeat(50) + deep + "]")).asList().hasSize(51);
    }
}
