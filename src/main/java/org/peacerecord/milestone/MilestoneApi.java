package org.peacerecord.milestone;

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

/** Milestones in the read API: every milestone by date, paged, and one milestone by its id. */
@ApiController
class MilestoneApi extends ApiCollection {

    static final String PATH = "/milestones";

    private final MilestoneService milestones;

    MilestoneApi(MilestoneService milestones) {
        super(PATH, MilestoneExport.TABLE);
        this.milestones = milestones;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject PageOnlyFilter filter) {
        return milestones.api(filter);
    }

    @GetMapping(ApiResponses.BASE + PATH + "/{id:\\d{1,18}}")
    Map<String, Object> one(@Parameter(description = "The milestone's id", example = "1") @PathVariable long id) {
        return milestones.api(id);
    }
}
