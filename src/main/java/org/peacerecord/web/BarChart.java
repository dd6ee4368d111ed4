package org.peacerecord.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A stacked bar chart of counts per year, laid out here (in SVG user units) and drawn by the
 * server-rendered {@code fragments/chart :: bars} fragment: no JavaScript. Every year between the first
 * and the last appears, so that gaps in the record show as gaps rather than being closed up.
 *
 * @param series the stacked series, bottom first; each key is the message key of its label
 * @param columns one per year, oldest first
 * @param ticks   the horizontal grid lines with their values
 */
public record BarChart(int width, int height, int plotLeft, int plotRight, int baseline,
                       List<String> series, List<Column> columns, List<Tick> ticks) implements RenderedOnce.KeptValue {

    static final int HEIGHT = 220;
    static final int TOP = 12;
    static final int BOTTOM = 28;
    static final int LEFT = 40;
    static final int RIGHT = 12;
    static final int STEP = 26;
    static final int BAR = 18;
    static final int MIN_WIDTH = 360;
    /**
     * Up to this many years each is labelled on the axis; up to {@link #LABEL_EVERY_OTHER_YEAR_UP_TO} every other
     * (even) year, beyond that every fifth: a four-digit year is about as wide as a column, so neighbours would touch.
     */
    static final int LABEL_EVERY_YEAR_UP_TO = 4;
    static final int LABEL_EVERY_OTHER_YEAR_UP_TO = 12;

    /**
     * One year: its value in each series (in series order, zeros included), the bar segments of the non-zero
     * values (bottom first) and its axis label.
     */
    public record Column(int year, int x, int width, int labelX, boolean labelled, long total, List<Long> values,
                         List<Segment> segments) {
    }

    /** The part of a bar that belongs to one series. */
    public record Segment(int series, String seriesKey, long value, int y, int height) {
    }

    /** A grid line at {@code y} for {@code value}. */
    public record Tick(long value, int y) {
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    public long total() {
        return columns.stream().mapToLong(Column::total).sum();
    }

    /**
     * Lays out the chart for counts per year of each series ({@code counts.get(i)} for {@code seriesKeys.get(i)};
     * years without a count are zero).
     */
    public static BarChart ofYears(List<String> seriesKeys, List<Map<Integer, Long>> counts) {
        if (seriesKeys.size() != counts.size()) {
            throw new IllegalArgumentException("one map of counts per series");
        }
        IntStream years = counts.stream().flatMap(m -> m.keySet().stream()).mapToInt(Integer::intValue);
        int[] all = years.sorted().toArray();
        int baseline = HEIGHT - BOTTOM;
        if (all.length == 0) {
            return new BarChart(MIN_WIDTH, HEIGHT, LEFT, MIN_WIDTH - RIGHT, baseline, List.copyOf(seriesKeys),
                    List.of(), List.of(new Tick(0, baseline)));
        }
        int first = all[0];
        int last = all[all.length - 1];
        int yearCount = last - first + 1;

        long max = 0;
        for (int year = first; year <= last; year++) {
            max = Math.max(max, total(counts, year));
        }
        long step = tickStep(max);
        long top = Math.max(step, ((max + step - 1) / step) * step);
        int plotHeight = baseline - TOP;

        int width = Math.max(MIN_WIDTH, LEFT + yearCount * STEP + RIGHT);
        List<Column> columns = new ArrayList<>(yearCount);
        for (int i = 0; i < yearCount; i++) {
            int year = first + i;
            int x = LEFT + i * STEP + (STEP - BAR) / 2;
            int y = baseline;
            List<Segment> segments = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (int s = 0; s < seriesKeys.size(); s++) {
                long value = counts.get(s).getOrDefault(year, 0L);
                values.add(value);
                int h = (int) Math.round((double) value * plotHeight / top);
                if (value > 0) {
                    y -= h;
                    segments.add(new Segment(s, seriesKeys.get(s), value, y, h));
                }
            }
            boolean labelled = yearCount <= LABEL_EVERY_YEAR_UP_TO
                    || (yearCount <= LABEL_EVERY_OTHER_YEAR_UP_TO ? year % 2 == 0 : year % 5 == 0);
            columns.add(new Column(year, x, BAR, x + BAR / 2, labelled, total(counts, year), List.copyOf(values),
                    List.copyOf(segments)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            ticks.add(new Tick(value, baseline - (int) Math.round((double) value * plotHeight / top)));
        }
        return new BarChart(width, HEIGHT, LEFT, width - RIGHT, baseline, List.copyOf(seriesKeys), columns, ticks);
    }

    private static long total(List<Map<Integer, Long>> counts, int year) {
        return counts.stream().mapToLong(m -> m.getOrDefault(year, 0L)).sum();
    }

    /** A readable grid step (1, 2, 5, 10, 20, 50, …) giving at most five lines. */
    static long tickStep(long max) {
        long step = 1;
        while (max / step > 4) {
            long next = step * 2;
            if (max / next <= 4) {
                return next;
            }
            next = step * 5;
            if (max / next <= 4) {
                return next;
            }
            step *= 10;
        }
        return step;
    }
}
