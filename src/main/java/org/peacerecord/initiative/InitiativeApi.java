package org.peacerecord.initiative;

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

/** Initiatives in the read API: the list as {@code /initiatives} pages it, and one initiative by its id. */
@ApiController
class InitiativeApi extends ApiCollection {

    static final String PATH = "/initiatives";

    private final InitiativeService initiatives;

    InitiativeApi(InitiativeService initiatives) {
        super(PATH, InitiativeExport.TABLE);
        this.initiatives = initiatives;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject InitiativeFilter filter) {
        return initiatives.api(filter);
    }

    @GetMapping(ApiResponses.BASE + PATH + "/{id:\\d{1,18}}")
    Map<String, Object> one(@Parameter(description = "The initiative's id", example = "1") @PathVariable long id) {
        return initiatives.api(id);
    }
}
