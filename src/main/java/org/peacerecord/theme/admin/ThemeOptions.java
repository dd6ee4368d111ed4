package org.peacerecord.theme.admin;

import org.peacerecord.admin.Option;
import org.peacerecord.theme.A4pThemeRepository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** The A4P themes as checkbox options, in the Declaration's order. */
@Component
public class ThemeOptions {

    private final A4pThemeRepository themes;

    ThemeOptions(A4pThemeRepository themes) {
        this.themes = themes;
    }

    public List<Option> all(Locale locale) {
        return themes.findAllByOrderBySortOrderAsc().stream()
                .map(theme -> Option.of(theme.getId(), theme.getDisplayName(locale)))
                .toList();
    }
}
