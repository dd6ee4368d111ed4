package org.peacerecord.country;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The world drawn from Natural Earth's boundaries: Equal Earth projection, every country with a code of the list. */
class WorldMapTest {

    private final WorldMap map = new WorldMap();

    @Test
    void theProjectionIsEqualEarth() {
        double[] origin = WorldMap.toDrawing(0, 0);
        assertThat(origin[0]).isCloseTo(WorldMap.WIDTH / 2.0, within(1e-9));
        assertThat(origin[1]).isCloseTo(0, within(1e-9));
        // Šavrič et al. 2018: x(180°, 0°) = 2.7066297, y(0°, 90°) = 1.3173627 in the unit sphere's units
        assertThat(WorldMap.project(Math.PI, 0)[0]).isCloseTo(2.7066297, within(1e-6));
        assertThat(WorldMap.project(0, Math.PI / 2)[1]).isCloseTo(1.3173627, within(1e-6));
        assertThat(WorldMap.toDrawing(10, 50)[1]).as("north is up").isNegative();
    }

    @Test
    void everyCountryDrawnIsOneOfTheList() throws IOException {
        assertThat(map.shapes()).hasSizeGreaterThan(170).doesNotContainKey("010");
        // Natural Earth draws Taiwan (158), which the UN's M49 list does not have: land without a name or data
        assertThat(map.shapes().keySet()).filteredOn(code -> !Countries.all().exists(code)).containsExactly("158");
        WorldMap.Shape kenya = map.shapes().get("404");
        WorldMap.Shape japan = map.shapes().get("392");
        assertThat(kenya.path()).startsWith("M").endsWith("Z");
        assertThat(kenya.x()).isBetween(550.0, 650.0);
        assertThat(japan.x()).as("Japan lies east of Kenya").isGreaterThan(kenya.x() + 200);
        assertThat(japan.y()).as("and north of it").isLessThan(kenya.y());
        assertThat(map.shapes()).containsKeys("626", "728", "180", "140", "466", "116");
        assertThat(map.viewBox()).matches("0 -\\d+ 1000 \\d+");
        int size = map.shapes().values().stream().mapToInt(s -> s.path().length()).sum();
        assertThat(size).as("path data, in characters").isLessThan(120_000);
    }

    /**
     * The land that every page's map draws from a static file is this drawing, country by country. After a change
     * to the drawing, write the file again: {@code ./mvnw test -Dtest=WorldMapTest -Dworld-map.write=true}.
     */
    @Test
    void theLandFileIsTheDrawing() throws IOException {
        Path file = Path.of("src/main/resources/static" + WorldMap.LAND_FILE);
        if (Boolean.getBoolean("world-map.write")) {
            Files.writeString(file, map.landSvg());
        }
        String served = Files.readString(file);
        assertThat(served).as("%s is out of date: write it again (see this test's comment)", file)
                .isEqualTo(map.landSvg());
        assertThat(served).contains("<g id=\"" + WorldMap.LAND_ID + "\">")
                .contains("viewBox=\"" + map.viewBox() + "\"")
                .contains("<path d=\"" + map.shapes().get("404").path() + "\"/>");
        assertThat(served.split("<path ", -1)).hasSize(map.shapes().size() + 1);
        assertThat(served).as("no colours of its own: it takes the page's").doesNotContain("fill").doesNotContain("style");
    }
}
