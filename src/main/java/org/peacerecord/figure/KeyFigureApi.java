package org.peacerecord.figure;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.peacerecord.api.ApiCollection;
import org.peacerecord.api.ApiController;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.web.PageOnlyFilter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;

/** Key figures in the read API: every figure in the overview's order, paged, and one figure by its id. */
@ApiController
class KeyFigureApi extends ApiCollection {

    static final String PATH = "/figures";

    private final KeyFigures figures;

    KeyFigureApi(KeyFigures figures) {
        super(PATH, KeyFigureExport.TABLE);
        this.figures = figures;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject PageOnlyFilter filter) {
        return figures.api(filter);
    }

    @GetMapping(ApiResponses.BASE + PATH + "/{id:\\d{1,18}}")
    Map<String, Object> one(@Parameter(description = "The key figure's id", example = "1") @PathVariable long id) {
        return figures.api(id);
    }
}
