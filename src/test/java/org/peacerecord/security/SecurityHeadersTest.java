package org.peacerecord.security;

import org.peacerecord.support.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers on real HTTP responses of every kind: pages, sign-in, editors' pages, error pages
 * rendered by Boot's /error dispatch (404, 403), static files and webjars; and the session cookie's flags.
 */
@PostgresTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    HttpSession anonymous;
    HttpSession editor;

    @BeforeEach
    void sessions() {
        anonymous = new HttpSession(port);
        editor = new HttpSession(port);
        String username = accounts.create(Role.EDITOR);
        assertThat(editor.signIn(username, TestAccounts.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
    }

    @AfterEach
    void cleanUp() {
        accounts.deleteCreated();
    }

    @Test
    void publicPageStaticFilesAndWebjarsCarryTheHeaders() {
        assertSecurityHeaders(anonymous.get("/"), 200);
        assertSecurityHeaders(anonymous.get("/css/app.css"), 200);
        assertSecurityHeaders(anonymous.get("/webjars/bootstrap/css/bootstrap.min.css"), 200);
        assertSecurityHeaders(anonymous.get("/webjars/bootstrap/js/bootstrap.bundle.min.js"), 200);
    }

    @Test
    void signInEditorsAndAccountPagesCarryTheHeadersAndAreNeverStored() {
        for (HttpResponse<String> response : List.of(anonymous.get("/login"), editor.get("/admin"),
                editor.get("/account/password"))) {
            assertSecurityHeaders(response, 200);
            assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().toString())
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
    }

    @Test
    void notFoundPageCarriesTheHeaders() {
        HttpResponse<String> missing = anonymous.get("/no-such-page");
        assertSecurityHeaders(missing, 404);
        assertThat(missing.body()).contains("Page not found");

        HttpResponse<String> missingAdminPage = editor.get("/admin/no-such-page");
        assertSecurityHeaders(missingAdminPage, 404);
        assertThat(missingAdminPage.body()).contains("Page not found");
    }

    @Test
    void forbiddenPageRendersInBothLanguagesWithTheHeaders() {
        HttpResponse<String> english = editor.get("/admin/users", "Accept-Language", "en");
        assertSecurityHeaders(english, 403);
        assertThat(english.body()).contains("You do not have access to this page").doesNotContain("Exception");

        HttpResponse<String> japanese = editor.get("/admin/users?lang=ja");
        assertSecurityHeaders(japanese, 403);
        assertThat(japanese.body()).contains("このページにアクセスする権限がありません");
    }

    @Test
    void anonymousVisitorsOfTheEditorsAreaAreSentToSignIn() {
        HttpResponse<String> response = anonymous.get("/admin");
        assertSecurityHeaders(response, 302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindAnHttpsProxy() {
        String cookie = anonymous.get("/login").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");

        String behindProxy = new HttpSession(port).get("/login", "X-Forwarded-Proto", "https")
                .headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(behindProxy).contains("Secure").contains("HttpOnly");
    }

    static void assertSecurityHeaders(HttpResponse<String> response, int status) {
        String what = response.request().method() + " " + response.uri().getPath();
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what + " CSP")
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
                        "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
    }
}
