package org.peacerecord.theme;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.peacerecord.api.ApiCollection;
import org.peacerecord.api.ApiController;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;

/** Themes in the read API: the list as {@code /themes} pages it, and one theme by its code. */
@ApiController
class ThemeApi extends ApiCollection {

    static final String PATH = "/themes";

    private final ThemeService themes;

    ThemeApi(ThemeService themes) {
        super(PATH, themes.exportTable());
        this.themes = themes;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject ThemeFilter filter) {
        return themes.api(filter);
    }

    @GetMapping(ApiResponses.BASE + PATH + "/{code}")
    Map<String, Object> one(@Parameter(description = "The theme's code", example = "WPS") @PathVariable String code) {
        return themes.api(code);
    }
}
