package org.peacerecord.country;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes the world maps of the pages from {@link WorldMap}'s drawing: a map of counts by country (the trainings by
 * host country) and a map of records placed on their countries (the missions).
 */
@Component("countryMaps")
public class CountryMaps {

    /** Colour classes of a map of counts: 1, 2–3, 4–7, 8–15, 16 and more. */
    static final int BINS = 5;

    private final WorldMap world;
    private final Countries countries;

    CountryMaps(WorldMap world, Countries countries) {
        this.world = world;
        this.countries = countries;
    }

    /**
     * The countries coloured by how many records each has, each linking to them.
     *
     * @param counts by UN M49 code
     * @param href   where a country's records are listed
     */
    public CountryMap counts(Map<String, Long> counts, Function<String, String> href, Locale locale) {
        List<CountryMap.Area> listed = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .filter(e -> countries.exists(e.getKey()))
                .map(e -> area(e.getKey(), pathOf(e.getKey()), e.getValue(), href.apply(e.getKey()), locale))
                .sorted(Comparator.comparingLong(CountryMap.Area::count).reversed()
                        .thenComparing(CountryMap.Area::name))
                .toList();
        List<CountryMap.Area> areas = listed.stream().filter(area -> area.path() != null).toList();
        List<CountryMap.Bin> legend = new ArrayList<>();
        for (int bin = 1; bin <= BINS; bin++) {
            long from = 1L << (bin - 1);
            legend.add(new CountryMap.Bin(bin, from, bin == BINS ? null : (1L << bin) - 1));
        }
        return new CountryMap(world.viewBox(), WorldMap.WIDTH, world.height(), areas, List.of(), legend, listed);
    }

    /** Something to place on the map: in which countries, its label, its description and its page. */
    public record Placed(List<String> countries, String label, String title, String href) {
    }

    /**
     * Records placed on their countries (missions on their host countries): each country with one is marked, and
     * each record has a symbol and its label, a link to it, at the country's centre (stacked when a country has
     * several).
     */
    public CountryMap places(List<Placed> placed, Locale locale) {
        Map<String, List<Placed>> byCountry = new LinkedHashMap<>();
        for (Placed p : placed) {
            p.countries().stream().filter(countries::exists)
                    .forEach(code -> byCountry.computeIfAbsent(code, c -> new ArrayList<>()).add(p));
        }
        List<CountryMap.Area> areas = new ArrayList<>();
        List<CountryMap.Marker> markers = new ArrayList<>();
        List<double[]> labels = new ArrayList<>();
        Map<String, List<CountryMap.Marker>> markersByCountry = new LinkedHashMap<>();
        for (WorldMap.Shape shape : world.shapes().values()) {
            List<Placed> here = byCountry.getOrDefault(shape.code(), List.of());
            if (here.isEmpty()) {
                continue;
            }
            areas.add(area(shape.code(), shape.path(), here.size(), null, locale, 1, List.of()));
            for (int i = 0; i < here.size(); i++) {
                Placed p = here.get(i);
                double y = shape.y() + i * LINE - (here.size() - 1) * LINE / 2;
                CountryMap.Marker marker = labelled(p, shape.x(), y, labels);
                markers.add(marker);
                markersByCountry.computeIfAbsent(shape.code(), c -> new ArrayList<>()).add(marker);
            }
        }
        List<CountryMap.Area> listed = byCountry.entrySet().stream()
                .map(e -> area(e.getKey(), pathOf(e.getKey()), e.getValue().size(), null, locale, 1,
                        markersByCountry.getOrDefault(e.getKey(), e.getValue().stream()
                                .map(p -> new CountryMap.Marker(p.label(), p.title(), 0, 0, 0, 0, "start", p.href()))
                                .toList())))
                .sorted(Comparator.comparing(CountryMap.Area::name))
                .toList();
        return new CountryMap(world.viewBox(), WorldMap.WIDTH, world.height(), areas, markers, List.of(), listed);
    }

    /** A label's line height and font size on the drawing (the CSS of .map-marker text agrees). */
    static final double LINE = 14;
    static final double FONT = 12;

    /**
     * A marker whose label sits right of its symbol, or left of it, or a line up or down, wherever it overlaps no label
     * placed before (the boxes of those are kept in {@code labels}: x1, y1, x2, y2).
     */
    private static CountryMap.Marker labelled(Placed p, double x, double y, List<double[]> labels) {
        double width = p.label().length() * FONT * 0.62;
        double[][] candidates = {{0, 0}, {1, 0}, {0, LINE}, {1, LINE}, {0, -LINE}, {1, -LINE}, {0, 2 * LINE},
                {1, 2 * LINE}, {0, -2 * LINE}, {1, -2 * LINE}};
        for (double[] c : candidates) {
            boolean left = c[0] == 1;
            double labelY = y + 4 + c[1];
            double x1 = left ? x - 6 - width : x + 6;
            double[] box = {x1, labelY - FONT, x1 + width, labelY + 2};
            if (labels.stream().noneMatch(other -> overlaps(box, other)) || c == candidates[candidates.length - 1]) {
                labels.add(box);
                labels.add(new double[]{x - 4, y - 4, x + 4, y + 4});
                return new CountryMap.Marker(p.label(), p.title(), x, y, left ? x - 6 : x + 6, labelY,
                        left ? "end" : "start", p.href());
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private String pathOf(String code) {
        WorldMap.Shape shape = world.shapes().get(code);
        return shape == null ? null : shape.path();
    }

    private CountryMap.Area area(String code, String path, long count, String href, Locale locale) {
        return area(code, path, count, href, locale, bin(count), List.of());
    }

    private CountryMap.Area area(String code, String path, long count, String href, Locale locale, int bin,
                                 List<CountryMap.Marker> placed) {
        String name = countries.find(code).map(c -> c.name(locale)).orElse(null);
        return new CountryMap.Area(code, name, path, count, name == null ? 0 : bin, name == null ? null : href,
                placed);
    }

    /** The colour class of a count: 0 for none, then one class per doubling, the last open-ended. */
    static int bin(long count) {
        if (count <= 0) {
            return 0;
        }
        return Math.min(BINS, 64 - Long.numberOfLeadingZeros(count));
    }
}
