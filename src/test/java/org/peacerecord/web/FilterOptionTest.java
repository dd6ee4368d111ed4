package org.peacerecord.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FilterOptionTest {

    @Test
    void theChosenValueIsTheFirstChosenOptionThatFilters() {
        List<FilterOption> options = FilterOption.withAny("mission", false, Stream.of(
                FilterOption.text("UNMIT", "UNMIT", null, false),
                FilterOption.text("UNMISS", "UNMISS", null, true)));

        assertThat(FilterOption.chosen(options)).isEqualTo("UNMISS");
    }

    @Test
    void nothingIsChosenWhenOnlyAnyIsSelectedOrNothingIs() {
        assertThat(FilterOption.chosen(FilterOption.withAny("mission", true,
                Stream.of(FilterOption.text("UNMIT", "UNMIT", null, false))))).isEmpty();
        assertThat(FilterOption.chosen(List.of(FilterOption.text("UNMIT", "UNMIT", null, false)))).isEmpty();
        assertThat(FilterOption.chosen(List.of())).isEmpty();
    }
}
