package org.peacerecord.web;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peacerecord.mission.Mission;
import org.peacerecord.person.Person;
import org.peacerecord.support.Browser;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's journey in a real browser: from a paragraph of the statement to a record citing it and
 * back; a search for an accented name typed without its accent; and no serious or critical
 * accessibility violations (axe) on the main public pages.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementAndSearchBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestRecords records;

    Browser browser;
    String token;
    long missionId;
    long personId;

    @BeforeAll
    void createRecordsAndStartTheBrowser() {
        token = TestRecords.unique();
        Mission mission = records.mission(token, "Browser test mission");
        Person person = records.person("Thérèse Nguyễn-Dubois " + token, mission);
        transactions.executeWithoutResult(tx -> {
            Person saved = em.find(Person.class, person.getId());
            saved.setInMemoriam(true);
            saved.setMemorialNote("Lost her life in the pursuit of peace.");
        });
        missionId = mission.getId();
        personId = person.getId();
        browser = Browser.start(port);
    }

    @AfterAll
    void removeRecordsAndQuit() {
        browser.quit();
        records.deleteCreated();
    }

    @BeforeEach
    void inEnglish() {
        browser.open("/?lang=en");
    }

    @Test
    void followsAParagraphToARecordCitingItAndBack() {
        browser.open(("/statement"));
        browser.click(browser.find(By.cssSelector("#p27 .passage-citing a[href='/missions/" + token + "']")));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/missions/" + token);
        assertThat(browser.find(By.tagName("h1")).getText()).contains(token);
        WebElement quote = browser.find(By.cssSelector("figure.citation-passage blockquote[cite='/statement#p27']"));
        assertThat(quote.getText()).contains("Akashi");

        browser.click(quote.findElement(By.xpath("./following-sibling::figcaption/a")));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/statement#p27");
        WebElement paragraph = browser.find(By.id("p27"));
        assertThat(paragraph.isDisplayed()).isTrue();
        assertThat(paragraph.getText()).contains("Akashi");
    }

    @Test
    void findsAnAccentedNameTypedWithoutAccents() {
        browser.open(("/search"));
        WebElement query = browser.find(By.id("search-q"));
        query.sendKeys("therese nguyen dubois " + token.toLowerCase(), Keys.ENTER);

        WebElement hit = browser.find(By.cssSelector("#results-person a[href='/people/" + personId + "']"));
        assertThat(hit.getText()).isEqualTo("Thérèse Nguyễn-Dubois " + token);
        browser.click(hit);

        assertThat(browser.driver().getCurrentUrl()).endsWith("/people/" + personId);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Thérèse Nguyễn-Dubois " + token);
        assertThat(browser.find(By.cssSelector("section.in-memoriam h2")).getText()).isEqualToIgnoringCase("In memoriam");
    }

    @Test
    void contributionFiltersUpdateTheResultsInPlaceAndKeepTheAddressLinkable() {
        browser.open(("/contributions"));
        browser.script("window.notReloaded = true;");
        String before = browser.find(By.cssSelector("#contribution-browser .result-count")).getText();

        new Select(browser.find(By.id("filter-kind"))).selectByValue("FINANCIAL");

        browser.waitUntil(d -> d.getCurrentUrl().contains("kind=FINANCIAL")
                && !d.findElement(By.cssSelector("#contribution-browser .result-count")).getText().equals(before));
        assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.findAll(By.cssSelector("#contribution-browser tbody tr"))).isNotEmpty();
        assertThat(browser.findAll(By.tagName("h1"))).hasSize(1);
    }

    @Test
    void mainPublicPagesAreAccessibleAndLogNoErrors() {
        for (String path : List.of("/statement", "/missions/UNTAC", "/people/" + personId, "/search?q=timor",
                "/contributions", "/themes", "/people?lang=ja", "/initiatives", "/initiatives?lang=ja",
                "/timeline?from=2014&to=2016", "/api", "/ja/api", "/", "/missions", "/ja/missions", "/trainings",
                "/ja/trainings?region=africa")) {
            browser.open(path);
            browser.assertAccessible();
            assertThat(browser.consoleErrors()).as(path).isEmpty();
        }
    }
}
