package org.peacerecord.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peacerecord.mission.Mission;
import org.peacerecord.person.Person;
import org.peacerecord.support.Browser;
import org.peacerecord.support.RolledBackRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's journey in a real browser: from a paragraph of the statement to a record citing it and
 * back; a search for an accented name typed without its accent; and no serious or critical
 * accessibility violations (axe) on the main public pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementAndSearchBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    WebDriver driver;
    String token;
    long missionId;
    long personId;

    @BeforeAll
    void createRecordsAndStartTheBrowser() {
        token = RolledBackRecords.unique();
        transactions.executeWithoutResult(tx -> {
            RolledBackRecords records = new RolledBackRecords(em);
            Mission mission = records.mission(token, "Browser test mission");
            Person person = records.person("Thérèse Nguyễn-Dubois " + token, mission);
            person.setInMemoriam(true);
            person.setMemorialNote("Lost her life in the pursuit of peace.");
            em.flush();
            missionId = mission.getId();
            personId = person.getId();
        });
        driver = Browser.start();
    }

    @AfterAll
    void removeRecordsAndQuit() {
        if (driver != null) {
            driver.quit();
        }
        jdbc.update("DELETE FROM person WHERE id = ?", personId);
        jdbc.update("DELETE FROM mission WHERE id = ?", missionId);
    }

    @BeforeEach
    void inEnglish() {
        driver.get(url("/?lang=en"));
    }

    /** Bootstrap scrolls smoothly: bring the element into view at once, then click it like a reader. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void followsAParagraphToARecordCitingItAndBack() {
        driver.get(url("/statement"));
        click(driver.findElement(By.cssSelector("#p27 .passage-citing a[href='/missions/" + token + "']")));

        assertThat(driver.getCurrentUrl()).endsWith("/missions/" + token);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(token);
        WebElement quote = driver.findElement(By.cssSelector("figure.citation-passage blockquote[cite='/statement#p27']"));
        assertThat(quote.getText()).contains("Akashi");

        click(quote.findElement(By.xpath("./following-sibling::figcaption/a")));

        assertThat(driver.getCurrentUrl()).endsWith("/statement#p27");
        WebElement paragraph = driver.findElement(By.id("p27"));
        assertThat(paragraph.isDisplayed()).isTrue();
        assertThat(paragraph.getText()).contains("Akashi");
    }

    @Test
    void findsAnAccentedNameTypedWithoutAccents() {
        driver.get(url("/search"));
        WebElement query = driver.findElement(By.id("search-q"));
        query.sendKeys("therese nguyen dubois " + token.toLowerCase(), Keys.ENTER);

        WebElement hit = driver.findElement(By.cssSelector("#results-person a[href='/people/" + personId + "']"));
        assertThat(hit.getText()).isEqualTo("Thérèse Nguyễn-Dubois " + token);
        click(hit);

        assertThat(driver.getCurrentUrl()).endsWith("/people/" + personId);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thérèse Nguyễn-Dubois " + token);
        assertThat(driver.findElement(By.cssSelector("section.in-memoriam h2")).getText()).isEqualToIgnoringCase("In memoriam");
    }

    @Test
    void contributionFiltersUpdateTheResultsInPlaceAndKeepTheAddressLinkable() {
        driver.get(url("/contributions"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.notReloaded = true;");
        String before = driver.findElement(By.cssSelector("#contribution-results .list-count")).getText();

        new Select(driver.findElement(By.id("filter-kind"))).selectByValue("FINANCIAL");

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("kind=FINANCIAL")
                && !d.findElement(By.cssSelector("#contribution-results .list-count")).getText().equals(before));
        assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#contribution-results tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
    }

    @Test
    void mainPublicPagesHaveNoSeriousAccessibilityViolations() {
        for (String path : List.of("/statement", "/missions/UNTAC", "/people/" + personId, "/search?q=timor",
                "/contributions", "/themes", "/people?lang=ja")) {
            driver.get(url(path));
            Results results = new AxeBuilder().analyze(driver);
            assertThat(results.getPasses()).as("axe ran on " + path).isNotEmpty();
            List<String> serious = results.getViolations().stream()
                    .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                    .map(StatementAndSearchBrowserTest::describe)
                    .toList();
            assertThat(serious).as(path).isEmpty();
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
    }
}
