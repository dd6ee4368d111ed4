package org.peacerecord.region.admin;

import org.peacerecord.admin.Option;
import org.peacerecord.region.Region;
import org.peacerecord.region.RegionRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** Regions as select options in tree order, sub-regions under their region: "Asia and the Pacific › Southeast Asia". */
@Component
public class RegionOptions {

    private final RegionRepository regions;

    RegionOptions(RegionRepository regions) {
        this.regions = regions;
    }

    public List<Option> all(Locale locale) {
        return regions.findAllInTreeOrder().stream().map(region -> Option.of(region.getId(), label(region, locale))).toList();
    }

    static String label(Region region, Locale locale) {
        return region.getParent() == null ? region.getDisplayName(locale)
                : region.getParent().getDisplayName(locale) + " › " + region.getDisplayName(locale);
    }
}
