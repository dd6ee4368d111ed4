package org.peacerecord.person;

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

/** People in the read API: the list as {@code /people} pages it, and one person by its id. */
@ApiController
class PersonApi extends ApiCollection {

    static final String PATH = "/people";

    private final PersonService people;

    PersonApi(PersonService people) {
        super(PATH, PersonExport.TABLE);
        this.people = people;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject PersonFilter filter) {
        return people.api(filter);
    }

    @GetMapping(ApiResponses.BASE + PATH + "/{id:\\d{1,18}}")
    Map<String, Object> one(@Parameter(description = "The person's id", example = "1") @PathVariable long id) {
        return people.api(id);
    }
}
