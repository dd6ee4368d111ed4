package org.peacerecord.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.html;
import static org.peacerecord.support.Pages.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI description covers the whole read API and tells the truth: every endpoint the application has under
 * {@code /api/v1} is described, every example request in it answers 200, the fields it lists for a list's records are
 * exactly those the list gives, and the human page shows every endpoint with a working example, in both languages.
 */
@PostgresTest
class ApiDescriptionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode description() throws Exception {
        MvcResult result = mvc.perform(get("/v3/api-docs")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json(result);
    }

    /** Every GET path the application serves under /api/v1, as OpenAPI writes paths (no regular expressions). */
    private Set<String> servedPaths() {
        Set<String> paths = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.hasMethodAnnotation(Hidden.class)
                    || !method.getBeanType().isAnnotationPresent(ApiController.class)
                    || !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            info.getPathPatternsCondition().getPatternValues()
                    .forEach(pattern -> paths.add(pattern.replaceAll("\\{(\\w+):[^/]*}", "{$1}")));
        });
        return paths;
    }

    @Test
    void everyEndpointIsDescribed() throws Exception {
        JsonNode description = description();
        assertThat(description.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(description.path("info").path("license").path("identifier").asString()).isEqualTo("CC-BY-4.0");
        Set<String> described = new LinkedHashSet<>(description.path("paths").propertyNames());
        Set<String> served = servedPaths();
        assertThat(served).hasSizeGreaterThanOrEqualTo(20).allMatch(path -> path.startsWith("/api/v1"));
        assertThat(described).containsExactlyInAnyOrderElementsOf(served);
        for (String path : described) {
            JsonNode get = description.path("paths").path(path).path("get");
            assertThat(get.path("operationId").asString()).as(path).isNotBlank();
            assertThat(get.path("summary").asString()).as(path).isNotBlank();
            assertThat(get.path("responses").has("200")).as(path).isTrue();
            assertThat(get.path("responses").path("400").path("content").has("application/problem+json")).as(path).isTrue();
        }
        // Lists of types in the order written ("string", then "null"): the same bytes from every instance
        List<String> typeLists = new ArrayList<>();
        description.findValues("type").stream().filter(JsonNode::isArray).forEach(types -> typeLists.add(types.toString()));
        assertThat(typeLists).isNotEmpty().allMatch(types -> types.endsWith(",\"null\"]"));
    }

    @Test
    void everyExampleRequestAnswersWithTheDescribedFields() throws Exception {
        JsonNode description = description();
        JsonNode schemas = description.path("components").path("schemas");
        Set<String> recordParts = new HashSet<>(schemas.path("RecordParts").path("properties").propertyNames());
        for (var path : description.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            String example = ApiDocsPage.example(path.getKey(), get);
            assertThat(example).as(path.getKey()).doesNotContain("{");
            MvcResult result = mvc.perform(get(example)).andReturn();
            assertThat(result.getResponse().getStatus()).as(example).isEqualTo(200);
            assertThat(result.getResponse().getContentType()).as(example).startsWith("application/json");
            JsonNode body = json(result);
            String collection = get.path("tags").path(0).asString();
            JsonNode fields = schemas.path(ApiDocs.schemaName(collection)).path("properties");
            if (get.path("operationId").asString().endsWith("-list")) {
                assertThat(body.path("items").isEmpty()).as(example).isFalse();
                for (JsonNode item : body.path("items")) {
                    assertThat(item.propertyNames()).as(example).containsExactlyElementsOf(fields.propertyNames());
                }
            } else if (get.path("operationId").asString().endsWith("-one")) {
                Set<String> expected = new LinkedHashSet<>(fields.propertyNames());
                expected.addAll(recordParts);
                assertThat(body.propertyNames()).as(example).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void thePageShowsEveryEndpointWithAWorkingExample() throws Exception {
        JsonNode description = description();
        for (String page : List.of("/api", "/ja/api")) {
            MvcResult result = mvc.perform(get(page)).andReturn();
            assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
            Document html = html(result);
            assertThat(html.text()).as(page + ": every text has its message").doesNotContain("??");
            List<String> shown = html.select(".api-path").eachText();
            List<String> expected = new ArrayList<>();
            description.path("paths").propertyNames().forEach(path -> expected.add("GET " + path));
            assertThat(shown).as(page).containsExactlyInAnyOrderElementsOf(expected);
            List<String> examples = html.select(".api-endpoint a").eachAttr("href");
            assertThat(examples).as(page).hasSameSizeAs(expected);
            for (String example : examples) {
                assertThat(mvc.perform(get(example)).andReturn().getResponse().getStatus()).as(example).isEqualTo(200);
            }
        }
        Document japanese = html(mvc.perform(get("/ja/api")).andReturn());
        assertThat(japanese.select("h1").text()).isEqualTo("読み取りAPI");
        assertThat(japanese.select("#api-trainings").text()).isEqualTo("研修");
    }
}
