package org.peacerecord.training;

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

/**
 * Trainings in the read API: the list as {@code /trainings} pages it (with its region, discipline, mode, year and
 * source filters), and one training by its id.
 */
@ApiController
class TrainingApi extends ApiCollection {

    static final String PATH = "/trainings";

    private final TrainingService trainings;

    TrainingApi(TrainingService trainings) {
        super(PATH, TrainingExport.TABLE);
        this.trainings = trainings;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject TrainingFilter filter) {
        return trainings.api(filter);
    }

    @GetMapping(ApiResponses.BASE + PATH + "/{id:\\d{1,18}}")
    Map<String, Object> one(@Parameter(description = "The training's id", example = "1") @PathVariable long id) {
        return trainings.api(id);
    }
}
