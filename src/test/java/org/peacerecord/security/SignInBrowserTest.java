package org.peacerecord.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.peacerecord.support.Browser;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's journey in a real browser: the editors' area asks for a sign-in, returns there, and signs out. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void quitBrowser() {
        browser.quit();
    }

    @AfterEach
    void cleanUp() {
        browser.driver().manage().deleteAllCookies();
        accounts.deleteCreated();
    }

    @Test
    void theEditorsAreaAsksForASignInReturnsThereAndSignsOut() {
        String editor = accounts.create(Role.EDITOR);
        By signOut = By.xpath("//nav//button[normalize-space()='Sign out']");
        By editorsArea = By.xpath("//nav//a[@href='/admin']");

        browser.open("/missions");
        assertThat(browser.findAll(signOut)).as("not offered to a reader who is not signed in").isEmpty();
        assertThat(browser.findAll(editorsArea)).isEmpty();

        browser.open("/admin");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.heading()).isEqualTo("Sign in");
        browser.assertAccessible();

        browser.signIn(editor, "not the password");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
                .startsWith("Sign-in failed. Either the username or password is not correct");

        browser.signIn(editor, TestAccounts.PASSWORD);
        assertThat(browser.path()).isEqualTo("/admin");
        assertThat(browser.heading()).isEqualTo("Editors' area");
        assertThat(browser.findAll(By.linkText("Manage users"))).as("admins only").isEmpty();
        browser.assertAccessible();

        browser.open("/missions");
        assertThat(browser.findAll(editorsArea)).as("the header offers the editors' area once signed in").hasSize(1);
        browser.submit(signOut);
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");

        browser.open("/admin");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void anAdminManagesUsersInJapanese() {
        String admin = accounts.create(Role.ADMIN);

        browser.open("/ja/admin/users"); // the language is in the address, and stays through the sign-in
        assertThat(browser.path()).isEqualTo("/ja/login");
        assertThat(browser.heading()).isEqualTo("サインイン");
        browser.signIn(admin, TestAccounts.PASSWORD);
        assertThat(browser.path()).as("the second step, still in Japanese").isEqualTo("/ja/login/second-factor");
        assertThat(browser.heading()).isEqualTo("第2段階");
        browser.assertAccessible();
        browser.find(By.id("code")).sendKeys(accounts.code(admin));
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/ja/admin/users");
        assertThat(browser.heading()).isEqualTo("ユーザー");

        browser.submit(By.linkText("ユーザーを追加"));
        browser.assertAccessible();
        String username = accounts.track(TestAccounts.uniqueName("browser"));
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys("short");
        browser.find(By.id("confirmation")).sendKeys("short");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("パスワードは12文字以上にしてください。");
        assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo(username);
        browser.assertAccessible();

        browser.find(By.id("password")).sendKeys("ブラウザで作ったパスワードです");
        browser.find(By.id("confirmation")).sendKeys("ブラウザで作ったパスワードです");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("ユーザー " + username + " を作成しました。");
        browser.assertAccessible();
    }

    @Test
    void aNewAdminChoosesAPasswordSetsUpAnAuthenticatorAndKeepsRecoveryCodes() {
        String admin = accounts.createWithTemporaryPassword(Role.ADMIN);

        browser.open("/admin/users");
        browser.signIn(admin, TestAccounts.PASSWORD);
        assertThat(browser.path()).as("the temporary password goes first").isEqualTo("/account/password");
        browser.find(By.id("currentPassword")).sendKeys(TestAccounts.PASSWORD);
        browser.find(By.id("newPassword")).sendKeys("mighty river under glass");
        browser.find(By.id("confirmation")).sendKeys("mighty river under glass");
        browser.submit(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.path()).isEqualTo("/account/second-factor");
        assertThat(browser.heading()).isEqualTo("Set up your second factor");
        browser.assertAccessible();
        assertThat(browser.find(By.linkText("Add it to an authenticator app on this device")).getAttribute("href"))
                .startsWith("otpauth://totp/");
        String secret = browser.find(By.cssSelector(".enrol-secret")).getText().replace(" ", "");
        browser.find(By.id("code")).sendKeys(org.peacerecord.user.Totp.code(secret,
                org.peacerecord.user.Totp.step(java.time.Instant.now())));
        browser.submit(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.heading()).isEqualTo("Your recovery codes");
        assertThat(browser.findAll(By.cssSelector(".recovery-codes code"))).hasSize(10);
        browser.assertAccessible();
        browser.submit(By.linkText("I have kept them: continue"));
        assertThat(browser.path()).as("back to the page first asked for").isEqualTo("/admin/users");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
