package org.peacerecord.api;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import org.peacerecord.web.CurrentUrl;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API's root, which names every list and where the API is described; and 404 for any other address under it. */
@ApiController
class ApiIndexController {

    private final List<ApiCollection> collections;
    private final ApiResponses api;

    ApiIndexController(List<ApiCollection> collections, ApiResponses api) {
        this.collections = collections;
        this.api = api;
    }

    @Operation(operationId = "index", summary = "The API's lists and description", tags = "index")
    @GetMapping(ApiResponses.BASE)
    Map<String, Object> index() {
        String base = CurrentUrl.site();
        Map<String, Object> lists = new LinkedHashMap<>();
        collections.stream().sorted(Comparator.comparing(ApiCollection::path))
                .forEach(c -> lists.put(c.path().substring(1), api.root() + c.path()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Peace Operations Record: read API");
        body.put("lists", lists);
        body.put("openapi", base + ApiDocs.DESCRIPTION);
        body.put("documentation", base + ApiDocs.PAGE);
        body.put("license", ApiResponses.LICENSE);
        body.put("license_url", ApiResponses.LICENSE_URL);
        return body;
    }

    /** Any other address under the API: a problem-details 404 rather than an HTML page. */
    @Hidden
    @RequestMapping(ApiResponses.BASE + "/**")
    void unknown() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such address in the API.");
    }
}
