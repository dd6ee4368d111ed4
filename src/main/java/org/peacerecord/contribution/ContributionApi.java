package org.peacerecord.contribution;

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

/** Contributions in the read API: the list as {@code /contributions} pages it, and one contribution by its id. */
@ApiController
class ContributionApi extends ApiCollection {

    static final String PATH = "/contributions";

    private final ContributionService contributions;

    ContributionApi(ContributionService contributions) {
        super(PATH, ContributionExport.TABLE);
        this.contributions = contributions;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject ContributionFilter filter) {
        return contributions.api(filter);
    }

    @GetMapping(ApiResponses.BASE + PATH + "/{id:\\d{1,18}}")
    Map<String, Object> one(@Parameter(description = "The contribution's id", example = "1") @PathVariable long id) {
        return contributions.api(id);
    }
}
