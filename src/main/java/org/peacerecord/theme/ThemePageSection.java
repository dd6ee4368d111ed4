package org.peacerecord.theme;

import org.peacerecord.shared.LinkedRecord;

import java.util.List;
import java.util.Map;

/**
 * Records of another feature linked to A4P themes (contributions, trainings), listed as one section
 * of a theme's page and counted on the themes page. Provided by each such feature, so the theme feature
 * depends on none of them; sections appear in {@code @Order} of the beans.
 */
public interface ThemePageSection {

    /** Message key of the section heading (also the column heading of the counts). */
    String headingKey();

    /** Name of the download column counting these records per theme ("contribution_count"). */
    String countColumn();

    /** The records linked to the theme, in the order to show them; one query. */
    List<LinkedRecord> linkedToTheme(A4pTheme theme);

    /** Where all of them are listed, when there are more than a page section shows: the theme's timeline. */
    default String allLinkedToTheme(A4pTheme theme) {
        return "/timeline?theme=" + theme.getCode();
    }

    /** How many records are linked to each theme, by theme id (themes without any are absent); one query. */
    Map<Long, Long> countsByTheme();
}
