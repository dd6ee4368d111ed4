package org.peacerecord.security;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.HttpSession;
import org.peacerecord.support.Instances;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.peacerecord.user.UserAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input never gives a 500: every mapped route (read from Spring MVC, as the route security test does) is
 * walked with a corpus of bad values in each of its path variables, query parameters and form fields (NUL and other
 * control characters, invalid UTF-8, 10 kB and 1 MB values, huge and negative numbers, repeated parameters, hundreds
 * of list rows), anonymously and as a signed-in admin, over real HTTP; so is the sign-in form. Every answer is a page
 * (400, 404, a form with its messages, a redirect), none a 500, and none shows a stack trace or the server's version,
 * also where Tomcat answers before the application. It runs on a database of its own, so that whatever a hostile
 * form manages to save cannot disturb the other tests.
 */
class HostileInputTest {

    private static final String TEST_DATABASE = Instances.DATABASE_URL;
    private static final String DATABASE = TEST_DATABASE + "_hostile";
    private static final String USER = Instances.DATABASE_USER;
    private static final String PASSWORD = Instances.DATABASE_PASSWORD;

    /** Values as they appear in a URL or form body, percent-encoded where needed. */
    private static final List<String> CORPUS = List.of(
            "%00", "a%00b", "%01%02%1B%7F", "%0D%0A", "%FF%FE", "%C3%28", "%ED%A0%80", "%E2%82",
            "-1", "0", "-2147483649", "9223372036854775808", "99999999999999999999999999", "1e309", "NaN",
            "%27%22%3C%3E", "..%2F..%2Fetc%2Fpasswd", "x".repeat(10_000));
    private static final String ONE_MEGABYTE = "y".repeat(1 << 20);

    private static ConfigurableApplicationContext app;
    private static int port;
    private static HttpClient client;

    @BeforeAll
    static void startOnADatabaseOfItsOwn() throws Exception {
        String name = DATABASE.substring(DATABASE.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(
                TEST_DATABASE.substring(0, TEST_DATABASE.lastIndexOf('/') + 1) + "postgres", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        app = Instances.start("--spring.datasource.url=" + DATABASE);
        port = Instances.port(app);
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    record Route(RequestMethod method, String pattern, Set<String> parameters) {
    }

    private static List<Route> routes() {
        RequestMappingHandlerMapping mapping = app.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            Set<String> parameters = parametersOf(entry.getValue());
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method, pattern, parameters));
                }
            }
        }
        return routes;
    }

    /** The request parameters a handler reads: its @RequestParams and the fields of the objects it binds. */
    private static Set<String> parametersOf(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>(List.of("page", "sort", "lang", "q"));
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null) {
                names.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName());
            } else if (parameter.hasParameterAnnotation(PathVariable.class) || type.isPrimitive()
                    || type.getName().startsWith("java.") || type.getName().startsWith("jakarta.")
                    || type.getName().startsWith("org.springframework.")) {
                continue;
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else {
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            names.add(field.getName());
                        }
                    }
                }
            }
        }
        return names;
    }

    @Test
    void everyRouteAnswersHostileValuesWithAPageNeverA500() throws Exception {
        TestAccounts accounts = new TestAccounts(app.getBean(UserAccounts.class), app.getBean(JdbcTemplate.class), app.getBean(java.time.Clock.class));
        String admin = accounts.create(Role.ADMIN);
        HttpSession signedIn = new HttpSession(port);
        assertThat(signedIn.signIn(admin, TestAccounts.PASSWORD, () -> accounts.code(admin)).statusCode()).isEqualTo(302);
        String cookie = sessionCookie(signedIn);
        String token = HttpSession.csrfToken(signedIn.get("/admin/missions/new").body());

        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(40);
        SoftAssertions softly = new SoftAssertions();
        int requests = 0;
        for (Route route : routes) {
            if (route.pattern().equals("/logout") || route.pattern().startsWith("/account")
                    || route.pattern().equals("/error")) {
                continue; // would end the admin's session or change its password; /error is Boot's error page itself
            }
            for (String value : CORPUS) {
                boolean post = route.method() != RequestMethod.GET;
                String path = fill(route.pattern(), value.length() > 1000 ? "1" : value);
                if (path.contains("*")) {
                    continue;
                }
                String query = route.parameters().stream().map(name -> name + "=" + value + "&" + name + "=1")
                        .collect(Collectors.joining("&"));
                HttpResponse<String> response = post
                        ? send(HttpRequest.newBuilder(uri(path, ""))
                                .header("Cookie", cookie)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&version=0&" + query
                                        + "&passages%5B300%5D.number=27")))
                        : send(HttpRequest.newBuilder(uri(path, query)).header("Cookie", cookie).GET());
                requests++;
                check(softly, route.method() + " " + path + " ← " + abbreviated(value), response);
                if (!post) {
                    check(softly, "anonymous GET " + path + " ← " + abbreviated(value),
                            send(HttpRequest.newBuilder(uri(path, query)).GET()));
                }
            }
            if (route.method() != RequestMethod.GET && !route.parameters().isEmpty()) {
                String body = "_csrf=" + token + "&" + route.parameters().stream().map(name -> name + "=" + ONE_MEGABYTE)
                        .limit(1).collect(Collectors.joining("&"));
                String path = fill(route.pattern(), "1");
                check(softly, route.method() + " " + path + " ← 1 MB", send(HttpRequest.newBuilder(uri(path, ""))
                        .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))));
            }
        }
        softly.assertAll();
        assertThat(requests).isGreaterThan(500);
    }

    @Test
    void aFormWithMoreCitationRowsThanBindingAllowsGetsThe400PageAndSavesNothing() throws Exception {
        TestAccounts accounts = new TestAccounts(app.getBean(UserAccounts.class), app.getBean(JdbcTemplate.class), app.getBean(java.time.Clock.class));
        HttpSession editor = new HttpSession(port);
        assertThat(editor.signIn(accounts.create(Role.EDITOR), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
        String token = HttpSession.csrfToken(editor.get("/admin/missions/new").body());
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            rows.append("&passages%5B").append(i).append("%5D.number=27");
        }

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/admin/missions", ""))
                .header("Cookie", sessionCookie(editor))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token
                        + "&acronym=TOOMANY&name=Too+many+rows&kind=OFFICE&start.year=2020" + rows)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM mission WHERE acronym = 'TOOMANY'", Integer.class)).isZero();
    }

    @Test
    void theSignInFormAnswersHostileValuesWithItsOwnPage() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String value : CORPUS) {
            HttpSession browser = new HttpSession(port);
            String token = HttpSession.csrfToken(browser.get("/login").body());
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login", ""))
                    .header("Cookie", sessionCookie(browser))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&username=" + value
                            + "&password=" + value)));
            check(softly, "POST /login ← " + abbreviated(value), response);
            softly.assertThat(response.statusCode()).as("POST /login ← " + abbreviated(value)).isIn(302, 400);
        }
        softly.assertAll();
    }

    @Test
    void whereTomcatAnswersItselfItShowsNoStackTraceAndNoVersion() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        check(softly, "a 20 kB header", send(HttpRequest.newBuilder(uri("/", "")).header("X-Big", "z".repeat(20_000))
                .GET()));
        check(softly, "a 20 kB address", send(HttpRequest.newBuilder(uri("/search", "q=" + "z".repeat(20_000)))
                .GET()));
        check(softly, "an encoded slash", send(HttpRequest.newBuilder(uri("/missions/a%2Fb", "")).GET()));
        check(softly, "an encoded backslash", send(HttpRequest.newBuilder(uri("/missions/a%5Cb", "")).GET()));
        check(softly, "a path parameter", send(HttpRequest.newBuilder(uri("/missions;x=1/UNMISS", "")).GET()));
        check(softly, "a bad escape", raw("GET /missions/% HTTP/1.1"));
        check(softly, "a control character in the address", raw("GET /missions/a\u0001b HTTP/1.1"));
        check(softly, "not HTTP", raw("HELLO"));
        check(softly, "a bad query escape", raw("GET /search?q=%zz HTTP/1.1"));
        softly.assertAll();
    }

    /** The pattern with every path variable (regular expressions included: {code:[a-z]{2}}) set to the value. */
    private static String fill(String pattern, String value) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    path.append(value);
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                path.append(c);
            }
        }
        return path.toString();
    }

    private static void check(SoftAssertions softly, String what, HttpResponse<String> response) {
        softly.assertThat(response.statusCode()).as(what).isLessThan(500);
        softly.assertThat(response.body()).as(what + ": no stack trace, no server version")
                .doesNotContain("Exception", "\tat ", "at org.", "Apache Tomcat", "Whitelabel");
        softly.assertThat(response.headers().firstValue("Server")).as(what + ": Server header").isEmpty();
    }

    private URI uri(String path, String query) {
        return URI.create("http://localhost:" + port + path + (query.isEmpty() ? "" : "?" + query));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sessionCookie(HttpSession browser) {
        return browser.cookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }

    /** A request as raw bytes on a socket, for what an HTTP client refuses to send (a malformed address). */
    private static HttpResponse<String> raw(String requestLine) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            String body = split < 0 ? "" : answer.substring(split + 4);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                            .add(line.substring(colon + 1).trim());
                }
            }
            return new RawResponse(status, body, java.net.http.HttpHeaders.of(headers, (a, b) -> true));
        }
    }

    private record RawResponse(int statusCode, String body, java.net.http.HttpHeaders headers)
            implements HttpResponse<String> {
        @Override public HttpRequest request() { return null; }
        @Override public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        @Override public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        @Override public URI uri() { return null; }
        @Override public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
