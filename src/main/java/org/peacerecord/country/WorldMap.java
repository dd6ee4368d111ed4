package org.peacerecord.country;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The world's countries drawn for maps: Natural Earth's 1:110m boundaries ({@code country/countries-110m.json}, see
 * {@code SOURCES.md}) decoded from TopoJSON, projected with the Equal Earth projection (equal-area, so that a country's
 * size on the map is its size on Earth) onto a drawing {@value #WIDTH} units wide, simplified (each border once, so
 * that neighbours still meet) and written as SVG path data, with a point inside each country to place symbols on.
 * Worked out once, at first use, and kept (a few hundred kilobytes); Antarctica is left out.
 */
@Component
public class WorldMap {

    /** The drawing's width; its height follows from the projection ({@link #height()}). */
    public static final int WIDTH = 1000;
    /**
     * How far a simplified border may stray from Natural Earth's, in degrees (about half a unit of the drawing at the
     * equator, where a degree is some 2.8 units wide).
     */
    static final double TOLERANCE = 0.18;
    private static final String ANTARCTICA = "010";

    // Equal Earth (Šavrič, Patterson, Jenny 2018)
    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;
    /** The projection's x at 180°: the drawing's half width in projected units. */
    private static final double X_MAX = project(Math.PI, 0)[0];

    /**
     * A country as drawn.
     *
     * @param path   SVG path data of its outline (every ring closed)
     * @param x      a point inside it (the centre of its largest part), to place a symbol on
     * @param y      likewise
     */
    public record Shape(String code, String path, double x, double y) {
    }

    private volatile Drawing drawing;

    private record Drawing(Map<String, Shape> shapes, double top, double height) {
    }

    /** Every country drawn, by UN M49 code (countries too small for the 1:110m boundaries have none). */
    public Map<String, Shape> shapes() {
        return drawing().shapes();
    }

    /** The SVG viewBox of the drawing: "0 top width height". */
    public String viewBox() {
        Drawing d = drawing();
        return String.format(Locale.ROOT, "0 %.0f %d %.0f", Math.floor(d.top()), WIDTH, Math.ceil(d.height()));
    }

    public int height() {
        return (int) Math.ceil(drawing().height());
    }

    private Drawing drawing() {
        Drawing d = drawing;
        if (d == null) {
            synchronized (this) {
                d = drawing;
                if (d == null) {
                    d = load();
                    drawing = d;
                }
            }
        }
        return d;
    }

    /**
     * Equal Earth: longitude and latitude in radians to projected x and y (y up), both in the projection's units.
     * Longitudes a little beyond ±π (unwrapped rings) project past the edge.
     */
    static double[] project(double lambda, double phi) {
        double theta = Math.asin(M * Math.sin(phi));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double x = 2 * Math.sqrt(3) * lambda * Math.cos(theta) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
        double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return new double[]{x, y};
    }

    /** A longitude and latitude in degrees, as a point of the drawing (x right, y down). */
    static double[] toDrawing(double longitude, double latitude) {
        double[] p = project(Math.toRadians(longitude), Math.toRadians(latitude));
        double scale = WIDTH / (2 * X_MAX);
        return new double[]{(p[0] + X_MAX) * scale, -p[1] * scale};
    }

    private static Drawing load() {
        JsonNode topology;
        try (InputStream in = Objects.requireNonNull(WorldMap.class.getResourceAsStream("countries-110m.json"))) {
            topology = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<double[][]> arcs = arcs(topology);
        Map<String, Shape> shapes = new LinkedHashMap<>();
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
            String code = geometry.path("id").asString(null);
            if (code == null || code.equals(ANTARCTICA)) {
                continue; // Northern Cyprus, Somaliland and Kosovo have no M49 code of their own
            }
            List<JsonNode> polygons = new ArrayList<>();
            if ("Polygon".equals(geometry.path("type").asString())) {
                polygons.add(geometry.path("arcs"));
            } else if ("MultiPolygon".equals(geometry.path("type").asString())) {
                geometry.path("arcs").forEach(polygons::add);
            }
            StringBuilder path = new StringBuilder();
            double[] centre = null;
            double largest = 0;
            for (JsonNode polygon : polygons) {
                for (JsonNode ringArcs : polygon) {
                    List<double[]> ring = project(unwrap(ring(ringArcs, arcs)));
                    if (ring.size() < 3) {
                        continue;
                    }
                    append(path, ring);
                    for (double[] p : ring) {
                        top = Math.min(top, p[1]);
                        bottom = Math.max(bottom, p[1]);
                    }
                    double[] c = centroid(ring);
                    if (c != null && Math.abs(c[2]) > largest) {
                        largest = Math.abs(c[2]);
                        centre = c;
                    }
                }
            }
            if (!path.isEmpty() && centre != null) {
                shapes.put(code, new Shape(code, path.toString(), round(centre[0]), round(centre[1])));
            }
        }
        return new Drawing(Collections.unmodifiableMap(shapes), top, bottom - top);
    }

    /**
     * A ring whose longitudes jump across the antimeridian (Russia's Chukotka, Fiji) made continuous: the part beyond
     * is drawn past the map's edge, where the drawing cuts it, instead of as a line across the whole map.
     */
    private static List<double[]> unwrap(List<double[]> ring) {
        List<double[]> unwrapped = new ArrayList<>(ring.size());
        double offset = 0;
        double previous = Double.NaN;
        for (double[] p : ring) {
            if (!Double.isNaN(previous) && Math.abs(p[0] + offset - previous) > 180) {
                offset += p[0] + offset > previous ? -360 : 360;
            }
            previous = p[0] + offset;
            unwrapped.add(new double[]{previous, p[1]});
        }
        double mean = unwrapped.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double shift = mean > 180 ? -360 : mean < -180 ? 360 : 0;
        if (shift != 0) {
            unwrapped.forEach(p -> p[0] += shift);
        }
        return unwrapped;
    }

    private static List<double[]> project(List<double[]> ring) {
        return ring.stream().map(p -> toDrawing(p[0], p[1])).toList();
    }

    /** The arcs of the topology, decoded (delta-encoded, quantized; longitude and latitude) and each simplified once. */
    private static List<double[][]> arcs(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble();
        double sy = transform.path("scale").path(1).asDouble();
        double tx = transform.path("translate").path(0).asDouble();
        double ty = transform.path("translate").path(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            List<double[]> points = new ArrayList<>(arc.size());
            long x = 0;
            long y = 0;
            for (JsonNode delta : arc) {
                x += delta.path(0).asLong();
                y += delta.path(1).asLong();
                points.add(new double[]{x * sx + tx, y * sy + ty});
            }
            arcs.add(simplify(points).toArray(double[][]::new));
        }
        return arcs;
    }

    /** A ring from its arcs (a negative index ~i is arc i reversed); each arc starts where the last ended. */
    private static List<double[]> ring(JsonNode ringArcs, List<double[][]> arcs) {
        List<double[]> ring = new ArrayList<>();
        for (JsonNode index : ringArcs) {
            int i = index.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                double[] p = arc[i >= 0 ? k : arc.length - 1 - k];
                if (k > 0 || ring.isEmpty()) {
                    ring.add(p);
                }
            }
        }
        return ring;
    }

    /** Douglas–Peucker, keeping both ends (where arcs meet). */
    static List<double[]> simplify(List<double[]> points) {
        if (points.size() < 3) {
            return points;
        }
        boolean[] keep = new boolean[points.size()];
        keep[0] = true;
        keep[points.size() - 1] = true;
        java.util.ArrayDeque<int[]> spans = new java.util.ArrayDeque<>();
        spans.push(new int[]{0, points.size() - 1});
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            double worst = 0;
            int at = -1;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = distance(points.get(i), points.get(span[0]), points.get(span[1]));
                if (d > worst) {
                    worst = d;
                    at = i;
                }
            }
            if (at >= 0 && worst > TOLERANCE) {
                keep[at] = true;
                spans.push(new int[]{span[0], at});
                spans.push(new int[]{at, span[1]});
            }
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return Math.hypot(p[0] - a[0], p[1] - a[1]);
        }
        return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
    }

    /** The centroid of a ring and its signed area: {x, y, area}; null for a ring without area. */
    private static double[] centroid(List<double[]> ring) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0, n = ring.size(); i < n; i++) {
            double[] a = ring.get(i);
            double[] b = ring.get((i + 1) % n);
            double cross = a[0] * b[1] - b[0] * a[1];
            area += cross;
            cx += (a[0] + b[0]) * cross;
            cy += (a[1] + b[1]) * cross;
        }
        if (area == 0) {
            return null;
        }
        return new double[]{cx / (3 * area), cy / (3 * area), area / 2};
    }

    private static void append(StringBuilder path, List<double[]> ring) {
        double[] previous = null;
        for (double[] p : ring) {
            String x = format(p[0]);
            String y = format(p[1]);
            if (previous == null) {
                path.append('M').append(x).append(',').append(y);
            } else if (!format(previous[0]).equals(x) || !format(previous[1]).equals(y)) {
                path.append('L').append(x).append(',').append(y);
            }
            previous = p;
        }
        path.append('Z');
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String format(double value) {
        double rounded = round(value);
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
