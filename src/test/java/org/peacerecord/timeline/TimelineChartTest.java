package org.peacerecord.timeline;

import org.junit.jupiter.api.Test;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.timeline.TimelineChart.Item;
import org.peacerecord.timeline.TimelineChart.Lane;
import org.peacerecord.timeline.TimelineChart.Mark;
import org.peacerecord.timeline.TimelineEntry.Type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout of the visual timeline: scale, precision, stacking, counts, the reference line, open-ended bars. */
class TimelineChartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Item item(Type type, String title, PartialDate start, PartialDate end) {
        return new Item(type, type.name().toLowerCase(), "timeline.lane.x.one", "/x/" + title, title, start, end, true,
                false, null);
    }

    private static TimelineChart layout(int from, int to, List<Item> missions, List<Item> entries,
                                        Map<Type, Map<Integer, Long>> dense) {
        Map<Type, java.util.function.IntFunction<String>> links = new java.util.EnumMap<>(Type.class);
        for (Type type : Type.values()) {
            links.put(type, year -> "/timeline?kind=" + type + "&from=" + year + "&to=" + year);
        }
        return TimelineChart.layout(from, to, missions, entries, dense, links, TODAY);
    }

    private static Lane lane(TimelineChart chart, String key) {
        return chart.lanes().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }

    private static double x(String path) {
        return Double.parseDouble(path.substring(1, path.indexOf(',')));
    }

    @Test
    void aDayIsAPointAYearIsTheWholeYearAndMarkedApproximate() {
        TimelineChart chart = layout(2014, 2015, List.of(), List.of(
                item(Type.MILESTONE, "day", PartialDate.ofDay(LocalDate.of(2014, 7, 2)), null),
                item(Type.TRAINING, "year", PartialDate.ofYear(2015), null)), Map.of());

        Mark day = lane(chart, "milestone").marks().get(0);
        assertThat(day.bar()).isEmpty();
        assertThat(day.approximate()).isFalse();
        assertThat(day.cssClass()).isEqualTo("mark mark-milestone from-statement");
        Mark year = lane(chart, "training").marks().get(0);
        assertThat(year.approximate()).isTrue();
        double yearStart = x(year.bar());
        double tick2015 = Double.parseDouble(chart.ticks().get(1).x());
        double tick2016 = Double.parseDouble(chart.ticks().get(2).x());
        assertThat(yearStart).isEqualTo(tick2015);
        assertThat(year.bar()).contains("H" + TimelineChart.f(tick2016));
        assertThat(x(day.symbol())).isBetween(Double.parseDouble(chart.ticks().get(0).x()), tick2015);
    }

    @Test
    void overlappingMarksAreStackedAndTheOthersShareARow() {
        List<Item> entries = new ArrayList<>();
        entries.add(item(Type.TRAINING, "a", PartialDate.ofYear(2016), null));
        entries.add(item(Type.TRAINING, "b", PartialDate.ofMonth(2016, 6), null));
        entries.add(item(Type.TRAINING, "c", PartialDate.ofYear(2019), null));
        TimelineChart chart = layout(2015, 2020, List.of(), entries, Map.of());

        List<Mark> marks = lane(chart, "training").marks();
        assertThat(marks).extracting(Mark::title).containsExactly("a", "b", "c");
        assertThat(marks.get(0).labelY()).isNotEqualTo(marks.get(1).labelY());
        assertThat(marks.get(2).labelY()).as("no overlap: back in the first row").isEqualTo(marks.get(0).labelY());
    }

    @Test
    void denseYearsBecomeCountsLinkingToTheirYear() {
        TimelineChart chart = layout(2018, 2020, List.of(), List.of(), Map.of(Type.TRAINING, Map.of(2019, 40L)));

        assertThat(lane(chart, "training").counts()).singleElement().satisfies(count -> {
            assertThat(count.count()).isEqualTo(40);
            assertThat(count.text()).isEqualTo("40");
            assertThat(count.href()).isEqualTo("/timeline?kind=TRAINING&from=2019&to=2019");
        });
        assertThat(lane(chart, "milestone").isEmpty()).isTrue();
    }

    @Test
    void theReferenceLineIsThereOnlyWhenTheAxisReachesTheStatement() {
        assertThat(layout(2020, 2023, List.of(), List.of(), Map.of()).reference()).isNotNull();
        assertThat(layout(2010, 2012, List.of(), List.of(), Map.of()).reference()).isNull();
    }

    @Test
    void anOpenEndedMissionRunsToTodayAndRecordsOutsideTheAxisAreLeftOut() {
        Item open = new Item(null, "mission", "timeline.lane.mission", "/missions/OPEN", "OPEN", PartialDate.ofYear(2011),
                null, true, true, "OPEN");
        TimelineChart chart = layout(2010, 2026, List.of(open), List.of(
                item(Type.MILESTONE, "before", PartialDate.ofYear(2001), null)), Map.of());

        Mark mission = lane(chart, "missions").marks().get(0);
        assertThat(mission.openEnded()).isTrue();
        assertThat(mission.cssClass()).contains("open-ended");
        double end = Double.parseDouble(mission.bar().substring(mission.bar().indexOf('H') + 1, mission.bar().indexOf('V')));
        assertThat(end).isLessThan(chart.plotRight()).isGreaterThan(chart.plotRight() - 30);
        assertThat(lane(chart, "milestone").marks()).isEmpty();
    }

    @Test
    void missionsBeyondTheirLanesRowsAreCountedInTheirStartYearLinkingToTheMissionsRunningThen() {
        List<Item> missions = new java.util.ArrayList<>();
        for (int i = 0; i < TimelineChart.MAX_ROWS + 3; i++) { // all overlapping: three more than the rows hold
            missions.add(new Item(null, "mission", "timeline.lane.mission", "/missions/M" + i, "M" + i,
                    PartialDate.ofMonth(2015, 1 + i), PartialDate.ofYear(2018), true, false, "M" + i));
        }
        TimelineChart chart = TimelineChart.layout(2014, 2019, missions, List.of(), Map.of(), Map.of(),
                year -> "/missions?year=" + year + "&sort=start", TODAY, 0);

        Lane lane = lane(chart, "missions");
        assertThat(lane.marks()).hasSize(TimelineChart.MAX_ROWS);
        assertThat(lane.counts()).singleElement().satisfies(count -> {
            assertThat(count.count()).isEqualTo(3);
            assertThat(count.year()).isEqualTo(2015);
            assertThat(count.more()).isTrue();
            assertThat(count.href()).isEqualTo("/missions?year=2015&sort=start");
        });
    }

    @Test
    void coordinatesAreWrittenToATenth() {
        assertThat(TimelineChart.f(0)).isEqualTo("0.0");
        assertThat(TimelineChart.f(12.34)).isEqualTo("12.3");
        assertThat(TimelineChart.f(12.35001)).isEqualTo("12.4");
        assertThat(TimelineChart.f(999.96)).isEqualTo("1000.0");
        assertThat(TimelineChart.f(-3.21)).isEqualTo("-3.2");
        assertThat(TimelineChart.f(-0.04)).isEqualTo("0.0");
    }

    @Test
    void countsWiderThanTheirYearTakeTwoRowsSoThatNeighboursDoNotOverlap() {
        Map<Integer, Long> dense = new java.util.TreeMap<>();
        for (int year = 1950; year <= 2020; year++) {
            dense.put(year, 100L + year % 7); // three digits in every year of a seventy-year axis
        }
        TimelineChart chart = layout(1950, 2020, List.of(), List.of(), Map.of(Type.CONTRIBUTION, dense));

        List<TimelineChart.Count> counts = lane(chart, "contribution").counts();
        assertThat(counts).hasSize(71);
        for (int i = 1; i < counts.size(); i++) {
            TimelineChart.Count left = counts.get(i - 1);
            TimelineChart.Count right = counts.get(i);
            boolean sameRow = left.boxY().equals(right.boxY());
            double leftEnd = Double.parseDouble(left.boxX()) + Double.parseDouble(left.boxWidth());
            assertThat(sameRow && leftEnd > Double.parseDouble(right.boxX()))
                    .as("the counts of %d and %d overlap", left.year(), right.year()).isFalse();
        }
        assertThat(counts.stream().map(TimelineChart.Count::boxY).distinct()).hasSize(2);
        // and a short axis keeps one row
        TimelineChart shortAxis = layout(2018, 2020, List.of(), List.of(),
                Map.of(Type.CONTRIBUTION, Map.of(2018, 40L, 2019, 41L)));
        assertThat(lane(shortAxis, "contribution").counts().stream().map(TimelineChart.Count::boxY).distinct()).hasSize(1);
    }
}
