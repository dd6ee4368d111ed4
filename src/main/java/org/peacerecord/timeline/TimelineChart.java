package org.peacerecord.timeline;

import org.peacerecord.database.VersionedCache;
import org.peacerecord.shared.DatePrecision;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.TimelineDrawing;
import org.peacerecord.timeline.TimelineEntry.Type;
import org.peacerecord.web.RenderedOnce;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The visual timeline: one horizontal time axis with a lane per kind of record — missions as bars over their mandate
 * periods, then contributions, training courses, initiatives and milestones as points (a date to the day) or spans (a
 * period, or a date known only to the month or year, drawn over the whole month or year and marked approximate) — laid
 * out here, in user units of the SVG, so that the template only draws. Marks in a lane are stacked in rows so that none
 * overlap; a lane-year with more than {@link #MAX_MARKS_PER_YEAR} records shows their count instead, linking to that
 * year's list, so the drawing and its tab order stay small whatever the data size. The statement's date is the
 * reference line.
 */
public record TimelineChart(int fromYear, int toYear, long datedCount, double width, double height, double plotLeft,
                     double plotRight, double axisY, List<Tick> ticks, List<Lane> lanes, Reference reference)
        implements TimelineDrawing, VersionedCache.Weighed, RenderedOnce.KeptValue {

    /** More records than this in one lane and year are shown as a count. */
    static final int MAX_MARKS_PER_YEAR = 12;
    /** The date of the statement. */
    static final LocalDate STATEMENT_DATE = LocalDate.of(2022, 5, 19);

    static final double LEFT = 128;
    static final double RIGHT_MARGIN = 16;
    static final double TOP = 28;
    static final double ROW = 18;
    static final double LANE_GAP = 12;
    static final double MARK = 5;
    static final double BAR = 10;
    static final double MIN_YEAR_WIDTH = 22;
    static final double TARGET_PLOT_WIDTH = 970;
    /** At most this many rows a lane stacks its marks in; more overlapping marks make their years a count. */
    static final int MAX_ROWS = 8;

    /** A year on the axis; labelled ones get their number (every year when there is room, else every 2nd, 5th…). */
    public record Tick(String x, int year, boolean labelled) {
    }

    /** The statement's date, when the axis reaches it. */
    public record Reference(String x) {
    }

    /**
     * One lane: its heading (a message key), its records' name inside a sentence (a message key, for the counts'
     * labels), where it lies, what it holds.
     */
    public record Lane(String key, String labelKey, String countedKey, String labelY, String top, String bottom,
                List<Mark> marks, List<Count> counts) {

        public boolean isEmpty() {
            return marks.isEmpty() && counts.isEmpty();
        }
    }

    /**
     * One record. {@code path} draws it: a symbol of its kind's shape (circle: contribution, square: course, triangle:
     * initiative, diamond: milestone) and, for a span, the bar from its start to its end.
     *
     * @param approximate its date is known only to the month or the year (drawn hatched)
     * @param openEnded   a mission still running: the bar goes on to today
     * @param label       the visible label (missions' acronyms, where there is room), or null
     */
    public record Mark(String href, String kind, String kindKey, String title, PartialDate start, PartialDate end,
                boolean fromStatement, boolean approximate, boolean openEnded, String symbol, String bar,
                String label, String labelX, String labelY) {

        /** The CSS classes of the mark: its kind, source and precision. */
        public String cssClass() {
            return "mark mark-" + kind + (fromStatement ? " from-statement" : " from-public-record")
                    + (approximate ? " approximate" : "") + (openEnded ? " open-ended" : "");
        }
    }

    /**
     * A lane-year with too many records to draw: their number, linking to that year's list; or, when only some did
     * not fit ({@code more}), how many more there are.
     */
    public record Count(String href, long count, boolean more, int year, String x, String y, String boxX, String boxY,
                 String boxWidth) {

        public String text() {
            return more ? "+" + count : String.valueOf(count);
        }
    }

    /** A record to place: what the lane needs to know of it. */
    public record Item(Type type, String kind, String kindKey, String href, String title, PartialDate start, PartialDate end,
                boolean fromStatement, boolean openEnded, String label) {
    }

    /** For the data cache's bound: a mark with its strings ~600 bytes, a count ~300, a tick ~100. */
    @Override
    public int estimatedBytes() {
        int bytes = 1024 + ticks.size() * 100;
        for (Lane lane : lanes) {
            bytes += 256 + lane.marks().size() * 600 + lane.counts().size() * 300;
        }
        return bytes;
    }

    /** Nothing of the filter's own records to draw (the missions alone are only the background). */
    @Override
    public boolean isEmpty() {
        return lanes.stream().filter(lane -> !lane.key().equals("missions")).allMatch(Lane::isEmpty);
    }

    /**
     * Lays out the chart over [fromYear, toYear].
     *
     * @param missions   the missions lane (bars), in start order
     * @param entries    the records of the other lanes, except those of dense lane-years
     * @param dense      per lane, per year: how many records a dense year holds
     * @param yearLink   the address of a year's list for a lane ("/timeline?kind=…&from=Y&to=Y")
     * @param today      the end of open-ended bars
     */
    static TimelineChart layout(int fromYear, int toYear, List<Item> missions, List<Item> entries,
                                Map<Type, Map<Integer, Long>> dense, Map<Type, IntFunction<String>> yearLink,
                                LocalDate today) {
        return layout(fromYear, toYear, missions, entries, dense, yearLink, null, today,
                entries.size() + dense.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum());
    }

    /**
     * As above, with the number of dated records the drawing stands for and the address of the missions running in a
     * year: where the lane of missions has more than {@value #MAX_ROWS} rows would hold, the missions not drawn are
     * counted in their start year, linking there (null: not counted).
     */
    static TimelineChart layout(int fromYear, int toYear, List<Item> missions, List<Item> entries,
                                Map<Type, Map<Integer, Long>> dense, Map<Type, IntFunction<String>> yearLink,
                                IntFunction<String> missionYearLink, LocalDate today, long datedCount) {
        int years = toYear - fromYear + 1;
        double yearWidth = Math.max(MIN_YEAR_WIDTH, TARGET_PLOT_WIDTH / years);
        double plotWidth = yearWidth * years;
        Scale scale = new Scale(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear + 1, 1, 1), LEFT, LEFT + plotWidth);

        List<Tick> ticks = new ArrayList<>();
        int every = yearWidth >= 40 ? 1 : yearWidth >= 20 ? 2 : yearWidth >= 8 ? 5 : 10;
        for (int year = fromYear; year <= toYear + 1; year++) {
            ticks.add(new Tick(f(scale.x(LocalDate.of(year, 1, 1))), year, year <= toYear && year % every == 0));
        }

        List<Lane> lanes = new ArrayList<>();
        double y = TOP;
        Map<Type, List<Item>> byType = new EnumMap<>(Type.class);
        entries.forEach(item -> byType.computeIfAbsent(item.type(), t -> new ArrayList<>()).add(item));
        LaneBuilder missionLane = new LaneBuilder("missions", "timeline.lane.missions", "timeline.lane.missions.counted",
                scale, today);
        missions.forEach(missionLane::add);
        Lane built = missionLane.build(y, Map.of(), missionYearLink);
        lanes.add(built);
        y = Double.parseDouble(built.bottom()) + LANE_GAP;
        for (Type type : Type.values()) {
            LaneBuilder lane = new LaneBuilder(type.name().toLowerCase(Locale.ROOT), laneKey(type), countedKey(type),
                    scale, today);
            byType.getOrDefault(type, List.of()).forEach(lane::add);
            built = lane.build(y, dense.getOrDefault(type, Map.of()), yearLink.get(type));
            lanes.add(built);
            y = Double.parseDouble(built.bottom()) + LANE_GAP;
        }
        double axisY = y;
        LocalDate statement = STATEMENT_DATE;
        Reference reference = statement.getYear() >= fromYear && statement.getYear() <= toYear
                ? new Reference(f(scale.x(statement))) : null;
        return new TimelineChart(fromYear, toYear, datedCount, LEFT + plotWidth + RIGHT_MARGIN, axisY + 24, LEFT,
                LEFT + plotWidth, axisY, ticks, lanes, reference);
    }

    /** How a kind's records are named inside a sentence: "13 training courses in 2019". */
    static String countedKey(Type type) {
        return switch (type) {
            case CONTRIBUTION -> "timeline.lane.contribution.counted";
            case TRAINING -> "timeline.lane.training.counted";
            case INITIATIVE -> "timeline.lane.initiative.counted";
            case MILESTONE -> "timeline.lane.milestone.counted";
        };
    }

    /** The heading of a kind's lane. */
    static String laneKey(Type type) {
        return switch (type) {
            case CONTRIBUTION -> "timeline.lane.contribution";
            case TRAINING -> "timeline.lane.training";
            case INITIATIVE -> "timeline.lane.initiative";
            case MILESTONE -> "timeline.lane.milestone";
        };
    }

    /** Dates to x. */
    record Scale(LocalDate from, LocalDate to, double left, double right) {

        double x(LocalDate date) {
            LocalDate clamped = date.isBefore(from) ? from : date.isAfter(to) ? to : date;
            return left + (right - left) * ChronoUnit.DAYS.between(from, clamped) / ChronoUnit.DAYS.between(from, to);
        }
    }

    /** The first day a partial date may mean. */
    static LocalDate first(PartialDate date) {
        return date.getDate();
    }

    /** The day after the last day a partial date may mean: the end of its year, month or day. */
    static LocalDate after(PartialDate date) {
        return switch (date.getPrecision()) {
            case YEAR -> date.getDate().withDayOfYear(1).plusYears(1);
            case MONTH -> date.getDate().withDayOfMonth(1).plusMonths(1);
            case DAY -> date.getDate().plusDays(1);
        };
    }

    private static final class LaneBuilder {

        private final String key;
        private final String labelKey;
        private final String countedKey;
        private final Scale scale;
        private final LocalDate today;
        private final List<Placed> placed = new ArrayList<>();

        private record Placed(Item item, double x1, double x2, boolean span, boolean approximate) {
        }

        LaneBuilder(String key, String labelKey, String countedKey, Scale scale, LocalDate today) {
            this.key = key;
            this.labelKey = labelKey;
            this.countedKey = countedKey;
            this.scale = scale;
            this.today = today;
        }

        void add(Item item) {
            if (item.start() == null && item.end() == null) {
                return;
            }
            PartialDate start = item.start() != null ? item.start() : item.end();
            LocalDate from = first(start);
            LocalDate until = item.openEnded() ? today : after(item.end() != null ? item.end() : start);
            if (until.isBefore(scale.from()) || !from.isBefore(scale.to())) {
                return; // outside the axis
            }
            // Mission bars are drawn solid: a mandate's months are known, and its label must stay readable.
            boolean approximate = item.type() != null && (start.getPrecision() != DatePrecision.DAY
                    || (item.end() != null && item.end().getPrecision() != DatePrecision.DAY));
            boolean span = item.openEnded() || item.end() != null || start.getPrecision() != DatePrecision.DAY
                    || item.type() == null;
            double x1 = scale.x(from);
            double x2 = Math.max(scale.x(until), x1 + 2);
            placed.add(new Placed(item, x1, x2, span, approximate));
        }

        Lane build(double top, Map<Integer, Long> dense, IntFunction<String> yearLink) {
            placed.sort(Comparator.comparingDouble(Placed::x1).thenComparingDouble(Placed::x2));
            List<Double> rowEnds = new ArrayList<>();
            java.util.Set<Placed> overflow = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<Integer> rows = new ArrayList<>();
            for (Placed p : placed) {
                double left = p.x1() - MARK - 1;
                double right = Math.max(p.x2(), p.x1() + MARK) + 3;
                int row = -1;
                for (int r = 0; r < rowEnds.size(); r++) {
                    if (rowEnds.get(r) <= left) {
                        row = r;
                        break;
                    }
                }
                if (row < 0 && rowEnds.size() < MAX_ROWS) {
                    rowEnds.add(0.0);
                    row = rowEnds.size() - 1;
                }
                if (row < 0) {
                    overflow.add(p);
                    continue;
                }
                rowEnds.set(row, right);
                rows.add(row);
            }
            List<Count> counts = new ArrayList<>();
            Map<Integer, Long> crowded = new java.util.TreeMap<>(dense);
            // Marks that did not fit in the rows are counted in their year as "+n" (the others of that year are drawn).
            Map<Integer, Long> more = new java.util.TreeMap<>();
            for (Placed p : overflow) {
                more.merge(first(p.item().start() != null ? p.item().start() : p.item().end()).getYear(), 1L, Long::sum);
            }
            more.forEach((year, n) -> crowded.merge(year, n, Long::sum));
            // the counts get a row of their own, below the marks, so that they overlap none; where a count is wider
            // than its year (a long axis), odd years take a second row, so that neighbouring counts overlap neither
            boolean staggered = crowded.entrySet().stream()
                    .anyMatch(year -> countWidth(year.getValue(), !dense.containsKey(year.getKey()))
                            > yearWidth(year.getKey()) - 2);
            int countRows = crowded.isEmpty() ? 0 : staggered ? 2 : 1;
            int rowCount = Math.max(1, rowEnds.size() + countRows);
            double bottom = top + rowCount * ROW + 4;
            int m = 0;
            List<Mark> finished = new ArrayList<>();
            for (Placed p : placed) {
                if (overflow.contains(p)) {
                    continue;
                }
                double cy = top + rows.get(m) * ROW + ROW / 2 + 2;
                m++;
                finished.add(mark(p, cy));
            }

            for (Map.Entry<Integer, Long> year : crowded.entrySet()) {
                if (yearLink == null) {
                    continue;
                }
                boolean onlySome = !dense.containsKey(year.getKey());
                double x1 = scale.x(LocalDate.of(year.getKey(), 1, 1));
                double x2 = scale.x(LocalDate.of(year.getKey() + 1, 1, 1));
                double room = (staggered ? 2 * (x2 - x1) : x2 - x1) - 4; // a year, or two with every other year below
                double boxWidth = Math.max(24, Math.min(room, countWidth(year.getValue(), onlySome)));
                double cx = (x1 + x2) / 2;
                int row = rowEnds.size() + (staggered && year.getKey() % 2 != 0 ? 1 : 0);
                double cy = top + row * ROW + ROW / 2 + 2;
                counts.add(new Count(yearLink.apply(year.getKey()), year.getValue(), onlySome, year.getKey(), f(cx),
                        f(cy + 4), f(cx - boxWidth / 2), f(cy - 8), f(boxWidth)));
            }
            return new Lane(key, labelKey, countedKey, f(top + ROW / 2 + 6), f(top), f(bottom), finished, counts);
        }

        /** The width a count's box takes where there is room: its text ("+" and digits) with room either side. */
        private static double countWidth(long count, boolean more) {
            return Math.max(24, 8 + 8 * ((more ? "+" : "") + count).length());
        }

        private double yearWidth(int year) {
            return scale.x(LocalDate.of(year + 1, 1, 1)) - scale.x(LocalDate.of(year, 1, 1));
        }

        private Mark mark(Placed p, double cy) {
            Item item = p.item();
            String symbol = item.type() == null ? "" : symbol(item.type(), p.x1(), cy);
            String bar = p.span() ? bar(p.x1(), p.x2(), cy, item.type() == null ? BAR + 2 : BAR - 4) : "";
            String label = null;
            String labelX = null;
            if (item.label() != null && p.x2() - p.x1() >= 7.5 * item.label().length() + 8) {
                label = item.label();
                labelX = f(p.x1() + 4);
            }
            return new Mark(item.href(), item.kind(), item.kindKey(), item.title(), item.start(), item.end(),
                    item.fromStatement(), p.approximate(), item.openEnded(), symbol, bar, label, labelX, f(cy + 4));
        }
    }

    private static String symbol(Type type, double x, double y) {
        double r = MARK;
        return switch (type) {
            case CONTRIBUTION -> "M" + f(x - r) + "," + f(y) + "a" + f(r) + "," + f(r) + " 0 1,0 " + f(2 * r) + ",0a"
                    + f(r) + "," + f(r) + " 0 1,0 " + f(-2 * r) + ",0z";
            case TRAINING -> "M" + f(x - r) + "," + f(y - r) + "h" + f(2 * r) + "v" + f(2 * r) + "h" + f(-2 * r) + "z";
            case INITIATIVE -> "M" + f(x) + "," + f(y - r - 1) + "L" + f(x + r + 1) + "," + f(y + r) + "L" + f(x - r - 1)
                    + "," + f(y + r) + "z";
            case MILESTONE -> "M" + f(x) + "," + f(y - r - 1) + "L" + f(x + r + 1) + "," + f(y) + "L" + f(x) + ","
                    + f(y + r + 1) + "L" + f(x - r - 1) + "," + f(y) + "z";
        };
    }

    private static String bar(double x1, double x2, double y, double height) {
        return "M" + f(x1) + "," + f(y - height / 2) + "H" + f(x2) + "V" + f(y + height / 2) + "H" + f(x1) + "z";
    }

    /** A coordinate as SVG writes it: one decimal, a dot, whatever the locale. */
    static String f(double value) {
        // A tenth of a unit is finer than a pixel; String.format (a Formatter and its number symbols per call) was a
        // tenth of a drawn timeline's CPU at 100 times the data.
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        return (tenths < 0 ? "-" : "") + whole + "." + Math.abs(tenths) % 10;
    }
}
