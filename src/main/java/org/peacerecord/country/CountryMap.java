package org.peacerecord.country;

import org.peacerecord.web.RenderedOnce;

import java.util.List;

/**
 * A world map ready to draw ({@code fragments/map.html}): the land (every country, from the static file
 * {@link WorldMap#landSvg()}), over it the countries with a count or a mark as areas, symbols placed on countries, the
 * legend's classes, and what the table beside it lists.
 *
 * @param viewBox the drawing's SVG viewBox
 * @param areas   the countries drawn over the land: those with a count (linking to their records) or a mark
 * @param markers symbols on countries (missions on their host country), each a link
 * @param legend  the count classes shown (none for a map of marks)
 * @param listed  the countries with a count or a mark, in the table's order, drawn or not (a country too small for
 *                the map's scale is only in the table)
 */
public record CountryMap(String viewBox, int width, int height, List<Area> areas, List<Marker> markers,
                         List<Bin> legend, List<Area> listed) implements RenderedOnce.KeptValue {

    /**
     * A country on the map.
     *
     * @param path  its outline, or null when it is too small to draw at this scale
     * @param count the records counted in it (0 for none)
     * @param bin   its colour class: 0 for none, 1 to {@value CountryMaps#BINS} by count
     * @param href  where its records are listed, or null
     * @param placed the symbols placed on it (a map of places), in the table's order
     */
    public record Area(String code, String name, String path, long count, int bin, String href, List<Marker> placed) {

        public boolean isLinked() {
            return href != null;
        }

        public String cssClass() {
            return "map-area map-bin-" + bin;
        }
    }

    /**
     * A symbol on a country: its label, where it is, where its label goes (left or right of it, moved up or down
     * clear of the others: {@code anchor} "start" or "end"), where it links to.
     */
    public record Marker(String label, String title, double x, double y, double labelX, double labelY, String anchor,
                         String href) {
    }

    /**
     * A class of the legend: counts from {@code from} to {@code to} (null: and more).
     */
    public record Bin(int bin, long from, Long to) {

        public String cssClass() {
            return "map-area map-bin-" + bin;
        }
    }

    public boolean hasData() {
        return !listed.isEmpty();
    }
}
