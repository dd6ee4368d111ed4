package org.peacerecord.mission;

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

/** Missions in the read API: the list as {@code /missions} pages it, and one mission by its acronym. */
@ApiController
class MissionApi extends ApiCollection {

    static final String PATH = "/missions";

    private final MissionService missions;

    MissionApi(MissionService missions) {
        super(PATH, MissionExport.TABLE);
        this.missions = missions;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject MissionFilter filter) {
        return missions.api(filter);
    }

    @GetMapping(ApiResponses.BASE + PATH + "/{acronym}")
    Map<String, Object> one(@Parameter(description = "The mission's acronym", example = "UNMISS")
                            @PathVariable String acronym) {
        return missions.api(acronym);
    }
}
