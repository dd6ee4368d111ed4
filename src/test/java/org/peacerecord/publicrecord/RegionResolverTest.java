package org.peacerecord.publicrecord;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionResolverTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "Africa, Kenya, eastern-africa",
            "Africa, Kenya; Uganda, eastern-africa",
            "Asia and the Pacific, Viet Nam, southeast-asia",
            "Asia and the Pacific, Online (remote), asia-pacific",
            "Africa, Morocco, northern-africa",
            "Europe, Spain; Italy, southern-europe",
            "Americas, Brazil, latin-america-caribbean",
            "Africa, Atlantis, africa",
            "-, -, global"})
    void placesRowsInTheMostPreciseRegionTheirCountriesAgreeOn(String unRegion, String country, String expected) {
        assertThat(RegionResolver.regionCode(unRegion, country)).isEqualTo(expected);
    }
}
