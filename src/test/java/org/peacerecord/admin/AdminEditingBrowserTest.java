package org.peacerecord.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peacerecord.mission.Mission;
import org.peacerecord.support.Browser;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.support.TestRecords;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's journey in a real browser: the admin list asks for a sign-in through the real login page with a real
 * account, comes back; the editor finds a mission, edits it, saves, reads the confirmation, and finds the change in
 * the record's history under their own name.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminEditingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRecords records;

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
        records.deleteCreated();
        accounts.deleteCreated();
    }

    @Test
    void editAMissionAndFindTheChangeInItsHistory() {
        String editor = accounts.create(Role.EDITOR);
        String acronym = "BRW" + TestRecords.unique().substring(1, 7);
        Mission mission = records.mission(acronym, "Mission before the edit");

        // the admin list asks for a sign-in first, then comes back
        browser.open("/admin/missions?q=" + acronym);
        assertThat(browser.path()).isEqualTo("/login");
        browser.signIn(editor, TestAccounts.PASSWORD);
        assertThat(browser.path()).isEqualTo("/admin/missions");

        // open the mission from the list and edit its name
        browser.submit(By.linkText(acronym));
        assertThat(browser.path()).isEqualTo("/admin/missions/" + mission.getId() + "/edit");
        assertThat(browser.heading()).isEqualTo("Edit mission " + acronym);
        browser.assertAccessible();
        WebElement name = browser.find(By.id("name"));
        name.clear();
        name.sendKeys("Mission after the edit");
        browser.submit(By.cssSelector("form.admin-form button[type=submit]"));

        // saved: back on the edit page with a confirmation, and the new value
        assertThat(browser.find(By.cssSelector(".alert-success")).getText()).isEqualTo("Mission " + acronym + " saved.");
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Mission after the edit");

        // the history names the editor and shows the name from → to
        browser.submit(By.linkText("History"));
        WebElement revision = browser.find(By.cssSelector("li.revision"));
        assertThat(revision.getText()).contains("by " + editor);
        assertThat(revision.findElement(By.cssSelector("td.before del")).getText()).isEqualTo("Mission before the edit");
        assertThat(revision.findElement(By.cssSelector("td.after ins")).getText()).isEqualTo("Mission after the edit");
        browser.assertAccessible();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
