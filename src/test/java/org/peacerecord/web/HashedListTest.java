package org.peacerecord.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HashedListTest {

    @Test
    void isEqualToAnyListWithTheSameElementsAndHashesAsOne() {
        List<String> hashed = HashedList.of(List.of("UNTAC", "UNMISET", "UNMISS"));

        assertThat(hashed).isEqualTo(List.of("UNTAC", "UNMISET", "UNMISS"));
        assertThat(List.of("UNTAC", "UNMISET", "UNMISS")).isEqualTo(hashed);
        assertThat(hashed).isEqualTo(HashedList.of(new ArrayList<>(List.of("UNTAC", "UNMISET", "UNMISS"))));
        assertThat(hashed.hashCode()).isEqualTo(List.of("UNTAC", "UNMISET", "UNMISS").hashCode());
        assertThat(hashed).isNotEqualTo(HashedList.of(List.of("UNTAC", "UNMISS", "UNMISET")));
        assertThat(hashed).isNotEqualTo(HashedList.of(List.of("UNTAC", "UNMISET")));
        assertThat(hashed).isNotEqualTo(List.of("UNTAC", "UNMISET"));
    }

    @Test
    void isACopyThatCannotBeChanged() {
        List<String> source = new ArrayList<>(List.of("UNTAC"));
        List<String> hashed = HashedList.of(source);
        source.add("UNMISS");

        assertThat(hashed).containsExactly("UNTAC");
        assertThat(hashed.hashCode()).isEqualTo(List.of("UNTAC").hashCode());
        assertThatThrownBy(() -> hashed.add("UNMISS")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> hashed.set(0, "UNMISS")).isInstanceOf(UnsupportedOperationException.class);
    }
}
