package org.peacerecord.mission;

import org.junit.jupiter.api.Test;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.InvalidFilterException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lists' mission filter: an acronym in any case resolves to its mission; an unknown one is a bad request. */
class MissionChoicesTest {

    private final MissionChoices choices = new MissionChoices(List.of(
            new MissionChoices.Choice(7, "MONUSCO", "MONUSCO", null, null),
            new MissionChoices.Choice(3, "UNMISS", "UNMISS", null, null)));

    @Test
    void anAcronymInAnyCaseIsItsMission() {
        assertThat(choices.idOf("unmiss")).isEqualTo(3L);
        assertThat(choices.idOf("MONUSCO")).isEqualTo(7L);
        assertThat(choices.idOf(null)).isNull();
    }

    @Test
    void anUnknownAcronymIsABadRequest() {
        assertThatThrownBy(() -> choices.idOf("UNKNOWN")).isInstanceOf(InvalidFilterException.class);
    }

    @Test
    void theOptionsOfferAnyMissionThenEachInOrderWithTheChosenOneSelected() {
        List<FilterOption> options = choices.options(3L);
        assertThat(options).extracting(FilterOption::value).containsExactly("", "MONUSCO", "UNMISS");
        assertThat(options).extracting(FilterOption::selected).containsExactly(false, false, true);
        assertThat(choices.options(null)).extracting(FilterOption::selected).containsExactly(true, false, false);
    }
}
