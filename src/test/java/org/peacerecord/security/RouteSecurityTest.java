package org.peacerecord.security;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application maps, read from Spring MVC itself (so routes added later are covered
 * without editing this test): the editors' area and /account need a sign-in, account management
 * needs an admin, and no state-changing request is accepted without a valid CSRF token.
 */
@PostgresTest
class RouteSecurityTest {

    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    record Route(HttpMethod method, String pattern) {

        /** A concrete URL for the pattern: every path variable becomes "1". */
        String url() {
            return pattern.replaceAll("\\{[^/]*}", "1").replace("**", "1").replace("*", "1");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Route> routes(Predicate<String> path) {
        return handlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(RouteSecurityTest::routesOf)
                .filter(route -> path.test(route.pattern()))
                .distinct()
                .sorted(Comparator.comparing(Route::toString))
                .toList();
    }

    private static Stream<Route> routesOf(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        // A mapping without methods answers every method: check it as a read and as a write.
        Set<RequestMethod> methods = declared.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : declared;
        return info.getPatternValues().stream()
                .flatMap(pattern -> methods.stream().map(m -> new Route(m.asHttpMethod(), pattern)));
    }

    private static boolean protectedArea(String pattern) {
        return pattern.equals("/admin") || pattern.startsWith("/admin/")
                || pattern.equals("/account") || pattern.startsWith("/account/");
    }

    private static boolean accountManagement(String pattern) {
        return pattern.equals("/admin/users") || pattern.startsWith("/admin/users/")
                || pattern.equals("/admin/security-events");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theRoutesAreReadFromSpringMvc() {
        Set<String> patterns = new TreeSet<>(routes(p -> true).stream().map(Route::pattern).toList());
        assertThat(patterns).contains("/admin", "/admin/users", "/admin/users/{id}", "/account/password", "/login");
    }

    @Test
    void everyRouteOfTheEditorsAreaAndAccountSendsAnonymousVisitorsToSignIn() throws Exception {
        List<Route> routes = routes(RouteSecurityTest::protectedArea);
        assertThat(routes).hasSizeGreaterThanOrEqualTo(8);
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            MockHttpServletRequestBuilder request = request(route.method(), route.url());
            if (STATE_CHANGING.contains(route.method())) {
                request.with(csrf());
            }
            MockHttpServletResponse response = perform(request);
            softly.assertThat(response.getStatus()).as(route + " status").isEqualTo(302);
            softly.assertThat(response.getRedirectedUrl()).as(route + " redirect").endsWith("/login");
        }
        softly.assertAll();
    }

    @Test
    void editorsAreForbiddenEveryAccountManagementRoute() throws Exception {
        List<Route> routes = routes(RouteSecurityTest::accountManagement);
        assertThat(routes).hasSizeGreaterThanOrEqualTo(7);
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            MockHttpServletResponse response = perform(request(route.method(), route.url())
                    .with(user("some-editor").roles("EDITOR")).with(csrf()));
            softly.assertThat(response.getStatus()).as(route.toString()).isEqualTo(403);
        }
        softly.assertAll();
    }

    @Test
    void editorsAndAdminsGetIntoTheReadOnlyRoutesOfTheirArea() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes(RouteSecurityTest::protectedArea)) {
            if (route.method() != HttpMethod.GET) {
                continue;
            }
            List<String> roles = accountManagement(route.pattern()) ? List.of("ADMIN") : List.of("EDITOR", "ADMIN");
            for (String role : roles) {
                MockHttpServletResponse response = perform(request(route.method(), route.url())
                        .with(user("someone").roles(role)));
                softly.assertThat(response.getStatus()).as(role + " " + route).isNotIn(401, 403);
                softly.assertThat(String.valueOf(response.getRedirectedUrl())).as(role + " " + route)
                        .doesNotEndWith("/login");
            }
        }
        softly.assertAll();
    }

    @Test
    void everyStateChangingRequestWithoutAValidCsrfTokenIsRefused() throws Exception {
        List<Route> routes = Stream.concat(
                        routes(p -> true).stream().filter(r -> STATE_CHANGING.contains(r.method())),
                        // handled by Spring Security's filters, not by controllers
                        Stream.of(new Route(HttpMethod.POST, "/login"), new Route(HttpMethod.POST, "/logout")))
                .distinct().toList();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(8);
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            softly.assertThat(perform(request(route.method(), route.url())).getStatus())
                    .as("anonymous, no token: " + route).isEqualTo(403);
            softly.assertThat(perform(request(route.method(), route.url()).with(user("an-admin").roles("ADMIN")))
                    .getStatus()).as("admin, no token: " + route).isEqualTo(403);
            softly.assertThat(perform(request(route.method(), route.url()).with(user("an-admin").roles("ADMIN"))
                    .with(csrf().useInvalidToken())).getStatus()).as("admin, wrong token: " + route).isEqualTo(403);
        }
        softly.assertAll();
    }
}
