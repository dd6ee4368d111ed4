package org.peacerecord.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client with its own cookies (one browser session), for what MockMvc cannot show: error dispatches. */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient client;
    private final String base;

    public HttpSession(int port) {
        this(new CookieManager(), port);
    }

    private HttpSession(CookieManager cookies, int port) {
        this.cookies = cookies;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.base = "http://localhost:" + port;
    }

    /** The same browser (its cookies) talking to another instance, as behind a load balancer. */
    public HttpSession at(int port) {
        return new HttpSession(cookies, port);
    }

    /** The cookies this browser holds. */
    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept", "text/html,*/*;q=0.8");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in through the login form (CSRF token included); returns the response to the POST. */
    public HttpResponse<String> signIn(String username, String password) {
        String token = csrfToken(get("/login").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", token);
        return post("/login", form);
    }

    /**
     * Signs in with the password, then, when the account asks for it, the second factor's code; returns the last
     * response (its Location is where the signed-in browser goes).
     */
    public HttpResponse<String> signIn(String username, String password, java.util.function.Supplier<String> code) {
        HttpResponse<String> response = signIn(username, password);
        if (response.headers().firstValue("Location").filter(l -> l.endsWith("/login/second-factor")).isEmpty()) {
            return response;
        }
        String token = csrfToken(get("/login/second-factor").body());
        return post("/login/second-factor", Map.of("code", code.get(), "_csrf", token));
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
