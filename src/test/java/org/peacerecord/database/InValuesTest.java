package org.peacerecord.database;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InValuesTest {

    @Test
    void oneParameterPerValueTheirNumberRoundedUpToAPowerOfTwoByRepeatingTheLast() {
        InValues three = InValues.of("t.id", "id", List.of(7L, 3L, 9L));

        assertThat(three.condition()).isEqualTo("t.id in (:id0, :id1, :id2, :id3)");
        assertThat(three.parameters()).containsExactly(java.util.Map.entry("id0", 7L), java.util.Map.entry("id1", 3L),
                java.util.Map.entry("id2", 9L), java.util.Map.entry("id3", 9L));
    }

    @Test
    void sizesGiveFewTexts() {
        assertThat(InValues.of("e.id", "id", List.of(1L)).condition()).isEqualTo("e.id in (:id0)");
        assertThat(InValues.of("e.id", "id", List.of(1L, 2L)).condition()).isEqualTo("e.id in (:id0, :id1)");
        assertThat(InValues.of("e.id", "id", List.of(1L, 2L, 3L, 4L, 5L)).parameters()).hasSize(8);
        assertThat(InValues.of("e.id", "id", java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList())
                .parameters()).hasSize(32);
    }

    @Test
    void noValuesIsAConditionNothingMeets() {
        InValues none = InValues.of("e.id", "id", List.of());

        assertThat(none.condition()).isEqualTo("1 = 0");
        assertThat(none.parameters()).isEmpty();
    }
}
