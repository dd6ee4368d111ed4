package org.peacerecord.api;

import jakarta.servlet.http.HttpServletRequest;
import org.peacerecord.web.CurrentUrl;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The read API's page for people ({@value ApiDocs#PAGE}, in both languages): how to use the API, and every endpoint
 * with its parameters, the fields of its records and an example request — all read from the OpenAPI description
 * springdoc generates, so the page shows what the API does. Server-rendered, because Swagger UI needs inline styles
 * and scripts that the pages' Content-Security-Policy forbids.
 */
@Controller
class ApiDocsPage {

    private final ObjectProvider<OpenApiWebMvcResource> description;
    private final ObjectMapper json;
    /**
     * The endpoints as the description gives them, by language: the description is made from the controllers, so it
     * is the same until the application restarts (springdoc keeps it too, but writes it out as JSON per request).
     */
    private final Map<Locale, List<Group>> groups = new ConcurrentHashMap<>();

    ApiDocsPage(ObjectProvider<OpenApiWebMvcResource> description, ObjectMapper json) {
        this.description = description;
        this.json = json;
    }

    /** A parameter of an endpoint: its name, where it goes, whether it must be given, the values it takes. */
    public record Param(String name, String in, boolean required, String values, String description) {
    }

    /**
     * An endpoint: what kind of answer it gives ({@code index}, {@code list}, {@code one} or {@code passage}), the
     * list it belongs to, its parameters and a request that works (its path with the examples filled in).
     */
    public record Endpoint(String method, String path, String kind, String collection, List<Param> params, String example) {
    }

    /** The endpoints of one list, with the fields its records have. */
    public record Group(String collection, List<Endpoint> endpoints, List<String> fields) {
    }

    @GetMapping(ApiDocs.PAGE)
    String show(HttpServletRequest request, Model model, Locale locale) throws Exception {
        OpenApiWebMvcResource resource = description.getIfAvailable();
        if (resource == null) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        List<Group> known = groups.get(locale);
        if (known == null) {
            known = List.copyOf(groups(json.readTree(resource.openapiJson(request, ApiDocs.DESCRIPTION, locale))));
            groups.putIfAbsent(locale, known);
        }
        model.addAttribute("groups", known);
        model.addAttribute("pageSize", org.peacerecord.web.ListPages.SIZE);
        model.addAttribute("root", CurrentUrl.site() + ApiResponses.BASE);
        model.addAttribute("description", CurrentUrl.site() + ApiDocs.DESCRIPTION);
        return "api/docs";
    }

    static List<Group> groups(JsonNode openApi) {
        Map<String, List<Endpoint>> byCollection = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String collection = get.path("tags").path(0).asString("index");
            byCollection.computeIfAbsent(collection, c -> new ArrayList<>())
                    .add(new Endpoint("GET", path.getKey(), kind(get.path("operationId").asString("")), collection,
                            params(get), example(path.getKey(), get)));
        }
        List<Group> groups = new ArrayList<>();
        byCollection.forEach((collection, endpoints) -> groups.add(new Group(collection, endpoints,
                fields(openApi, collection))));
        groups.sort((a, b) -> "index".equals(a.collection()) ? -1 : "index".equals(b.collection()) ? 1
                : a.collection().compareTo(b.collection()));
        return groups;
    }

    /** The request an endpoint's description gives as its example: its path with each path parameter's example. */
    static String example(String path, JsonNode operation) {
        String example = path;
        for (JsonNode param : operation.path("parameters")) {
            if ("path".equals(param.path("in").asString(""))) {
                example = example.replace("{" + param.path("name").asString() + "}", param.path("example").asString(""));
            }
        }
        return example;
    }

    private static String kind(String operationId) {
        int dash = operationId.lastIndexOf('-');
        return dash < 0 ? operationId : operationId.substring(dash + 1);
    }

    private static List<Param> params(JsonNode operation) {
        List<Param> params = new ArrayList<>();
        for (JsonNode param : operation.path("parameters")) {
            params.add(new Param(param.path("name").asString(), param.path("in").asString(),
                    param.path("required").asBoolean(false), values(param.path("schema")),
                    param.path("description").asString("")));
        }
        return params;
    }

    /** What a parameter's schema allows, in a few words: its values, its pattern or its range. */
    static String values(JsonNode schema) {
        if (schema.has("enum")) {
            StringJoiner values = new StringJoiner(", ");
            schema.path("enum").forEach(value -> values.add(value.asString()));
            return values.toString();
        }
        if (schema.has("pattern")) {
            return schema.path("pattern").asString();
        }
        if (schema.has("minimum") || schema.has("maximum")) {
            return schema.path("minimum").asString("") + "–" + schema.path("maximum").asString("");
        }
        return schema.path("type").asString("");
    }

    /** The fields of a list's records, as its schema in the description names them. */
    private static List<String> fields(JsonNode openApi, String collection) {
        JsonNode schemas = openApi.path("components").path("schemas");
        String name = ApiDocs.schemaName(collection);
        List<String> fields = new ArrayList<>();
        Iterator<String> names = schemas.path(name).path("properties").propertyNames().iterator();
        names.forEachRemaining(fields::add);
        return fields;
    }
}
