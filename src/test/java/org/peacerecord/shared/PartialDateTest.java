package org.peacerecord.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTest {

    @Test
    void parsesEachPrecisionAndKeepsItInIsoForm() {
        assertThat(PartialDate.parse("2019").getPrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2019").getDate()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(PartialDate.parse("2021-12").getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("2021-12").getDate()).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(PartialDate.parse("2022-05-19").getPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse("2021-12").toIsoString()).isEqualTo("2021-12");
    }

    @Test
    void dropsWhatThePrecisionDoesNotState() {
        PartialDate month = new PartialDate(LocalDate.of(2021, 12, 7), DatePrecision.MONTH);
        assertThat(month.getDate()).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(month).isEqualTo(PartialDate.ofMonth(2021, 12));
    }

    @Test
    void ordersByDateThenCoarserFirst() {
        assertThat(PartialDate.ofYear(2021)).isLessThan(PartialDate.ofMonth(2021, 1));
        assertThat(PartialDate.ofMonth(2021, 12)).isGreaterThan(PartialDate.ofDay(LocalDate.of(2021, 11, 30)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "21", "2021-13", "2021-02-30", "abcd", "2021/12", "2021-1"})
    void rejectsWhatIsNotAPartialDate(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text));
    }
}
