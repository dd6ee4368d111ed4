package org.peacerecord.shared;

import java.util.Locale;

/**
 * A record as another page lists it: where it lives, its title (with the Japanese title where one is
 * recorded), an optional message key labelling its kind, its period and a short note. Lets a page list
 * records of other features without depending on their entities.
 *
 * @param href     the record's page, context-relative ("/contributions/12", "/milestones/3")
 * @param title    the title in English (or the only title)
 * @param titleJa  the title in Japanese, or null
 * @param labelKey message key of a label such as the record's kind, or null
 * @param start    start of the record's period (or its date), or null
 * @param end      end of the record's period, or null
 * @param note       a short plain-text note (a person's role, a training's location), or null
 * @param inMemoriam whether the record is a person remembered in memoriam (shown with respect, not as a label)
 */
public record LinkedRecord(String href, String title, String titleJa, String labelKey, PartialDate start,
                           PartialDate end, String note, boolean inMemoriam) {

    public LinkedRecord(String href, String title, String titleJa, String labelKey, PartialDate start, PartialDate end,
                        String note) {
        this(href, title, titleJa, labelKey, start, end, note, false);
    }

    /** The title in the reader's language, falling back to English. */
    public String displayTitle(Locale locale) {
        return "ja".equals(locale.getLanguage()) && titleJa != null && !titleJa.isBlank() ? titleJa : title;
    }
}
