package org.peacerecord.security;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peacerecord.support.Browser;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's journey in a real browser: the editors' area asks for a sign-in, returns there, and signs out. */
@SecurityIntegrationTest
class SignInBrowserTest {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void cleanUp() {
        browser.manage().deleteAllCookies();
        accounts.deleteCreated();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static void assertAccessible() {
        Results results = new AxeBuilder().withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getViolations()).as(() -> browser.getCurrentUrl() + " " + results.getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getTarget() + " "
                        + node.getFailureSummary()).toList()).toList()).isEmpty();
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(By.cssSelector("main form button[type=submit]"));
    }

    /** Clicks and waits for the next page to replace this one. */
    private static void submit(By button) {
        WebElement element = browser.findElement(button);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
    }

    @Test
    void theEditorsAreaAsksForASignInReturnsThereAndSignsOut() {
        String editor = accounts.create(Role.EDITOR);

        open("/admin");
        assertThat(path()).isEqualTo("/login");
        assertThat(heading()).isEqualTo("Sign in");
        assertAccessible();

        signIn(editor, "not the password");
        assertThat(path()).isEqualTo("/login");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("The username or password is not correct.");

        signIn(editor, TestAccounts.PASSWORD);
        assertThat(path()).isEqualTo("/admin");
        assertThat(heading()).isEqualTo("Editors' area");
        assertThat(browser.findElements(By.linkText("Manage users"))).as("admins only").isEmpty();
        assertAccessible();

        submit(By.xpath("//nav//button[normalize-space()='Sign out']"));
        assertThat(path()).isEqualTo("/login");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");

        open("/admin");
        assertThat(path()).isEqualTo("/login");
    }

    @Test
    void anAdminManagesUsersInJapanese() {
        String admin = accounts.create(Role.ADMIN);

        open("/login?lang=ja"); // the choice is remembered in a cookie
        open("/admin/users");
        assertThat(path()).isEqualTo("/login");
        assertThat(heading()).isEqualTo("サインイン");
        signIn(admin, TestAccounts.PASSWORD);
        assertThat(path()).isEqualTo("/admin/users");
        assertThat(heading()).isEqualTo("ユーザー");

        submit(By.linkText("ユーザーを追加"));
        assertAccessible();
        String username = accounts.track(TestAccounts.uniqueName("browser"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.id("confirmation")).sendKeys("short");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("パスワードは12文字以上にしてください。");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
        assertAccessible();

        browser.findElement(By.id("password")).sendKeys("ブラウザで作ったパスワードです");
        browser.findElement(By.id("confirmation")).sendKeys("ブラウザで作ったパスワードです");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("ユーザー " + username + " を作成しました。");
        assertAccessible();
    }
}
