package org.peacerecord.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

    @Test
    void everyYearFromFirstToLastHasAColumnAndGapsStayEmpty() {
        BarChart chart = BarChart.ofYears(List.of("a", "b"), List.of(Map.of(2010, 2L), Map.of(2014, 1L, 2012, 3L)));

        assertThat(chart.columns()).extracting(BarChart.Column::year).containsExactly(2010, 2011, 2012, 2013, 2014);
        assertThat(chart.columns().get(1).segments()).isEmpty();
        assertThat(chart.columns().get(1).values()).containsExactly(0L, 0L);
        assertThat(chart.columns().get(2).values()).containsExactly(0L, 3L);
        assertThat(chart.total()).isEqualTo(6);
    }

    @Test
    void segmentsStackFromTheBaselineAndTheTallestBarReachesTheTopTick() {
        BarChart chart = BarChart.ofYears(List.of("a", "b"), List.of(Map.of(2020, 2L, 2021, 1L), Map.of(2020, 2L)));

        BarChart.Column tallest = chart.columns().get(0);
        BarChart.Segment bottom = tallest.segments().get(0);
        BarChart.Segment top = tallest.segments().get(1);
        assertThat(bottom.y() + bottom.height()).isEqualTo(chart.baseline());
        assertThat(top.y() + top.height()).isEqualTo(bottom.y());
        assertThat(top.y()).isEqualTo(chart.ticks().get(chart.ticks().size() - 1).y());
        assertThat(chart.ticks()).extracting(BarChart.Tick::value).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void longSpansLabelEveryFifthYearOnly() {
        BarChart chart = BarChart.ofYears(List.of("a"), List.of(Map.of(1992, 1L, 2025, 4L)));
        assertThat(chart.columns()).filteredOn(BarChart.Column::labelled).extracting(BarChart.Column::year)
                .containsExactly(1995, 2000, 2005, 2010, 2015, 2020, 2025);
        assertThat(chart.width()).isGreaterThan(chart.columns().size() * 20);
    }

    @Test
    void mediumSpansLabelEveryOtherYear() {
        BarChart chart = BarChart.ofYears(List.of("a"), List.of(Map.of(2014, 1L, 2021, 4L)));
        assertThat(chart.columns()).filteredOn(BarChart.Column::labelled).extracting(BarChart.Column::year)
                .containsExactly(2014, 2016, 2018, 2020);
    }

    @Test
    void shortSpansLabelEveryYear() {
        BarChart chart = BarChart.ofYears(List.of("a"), List.of(Map.of(2014, 1L, 2015, 4L)));
        assertThat(chart.columns()).filteredOn(BarChart.Column::labelled).extracting(BarChart.Column::year)
                .containsExactly(2014, 2015);
    }

    @Test
    void noDataGivesAnEmptyChart() {
        BarChart chart = BarChart.ofYears(List.of("a"), List.of(Map.of()));
        assertThat(chart.isEmpty()).isTrue();
        assertThat(chart.total()).isZero();
    }

    @Test
    void gridStepsAreRoundNumbers() {
        assertThat(BarChart.tickStep(0)).isEqualTo(1);
        assertThat(BarChart.tickStep(4)).isEqualTo(1);
        assertThat(BarChart.tickStep(7)).isEqualTo(2);
        assertThat(BarChart.tickStep(18)).isEqualTo(5);
        assertThat(BarChart.tickStep(45)).isEqualTo(10);
        assertThat(BarChart.tickStep(130)).isEqualTo(50);
    }
}
