package org.peacerecord.publicrecord;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Places a public-record row in the region tree: the UN M49 sub-region of its country when every
 * country named maps to the same one, else the row's UN region, else Global (programme-wide or
 * remote-for-all rows).
 */
final class RegionResolver {

    private static final Map<String, String> SUB_REGION_BY_COUNTRY = Map.ofEntries(
            Map.entry("kenya", "eastern-africa"),
            Map.entry("uganda", "eastern-africa"),
            Map.entry("rwanda", "eastern-africa"),
            Map.entry("tanzania", "eastern-africa"),
            Map.entry("south sudan", "eastern-africa"),
            Map.entry("morocco", "northern-africa"),
            Map.entry("viet nam", "southeast-asia"),
            Map.entry("cambodia", "southeast-asia"),
            Map.entry("indonesia", "southeast-asia"),
            Map.entry("timor-leste", "southeast-asia"),
            Map.entry("japan", "east-asia"),
            Map.entry("brazil", "latin-america-caribbean"),
            Map.entry("united states", "northern-america"),
            Map.entry("switzerland", "western-europe"),
            Map.entry("spain", "southern-europe"),
            Map.entry("italy", "southern-europe"));

    private static final Map<String, String> REGION_BY_UN_REGION = Map.of(
            "africa", "africa",
            "americas", "americas",
            "asia and the pacific", "asia-pacific",
            "europe", "europe",
            "middle east", "middle-east");

    private RegionResolver() {
    }

    static String regionCode(String unRegion, String country) {
        if (country != null) {
            Set<String> subRegions = Arrays.stream(country.split(";"))
                    .map(c -> SUB_REGION_BY_COUNTRY.get(c.trim().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.toSet());
            if (subRegions.size() == 1 && !subRegions.contains(null)) {
                return subRegions.iterator().next();
            }
        }
        if (unRegion == null) {
            return "global";
        }
        String code = REGION_BY_UN_REGION.get(unRegion.trim().toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("Unknown UN region '" + unRegion + "'");
        }
        return code;
    }
}
