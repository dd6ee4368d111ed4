package org.peacerecord.admin;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionKind;
import org.peacerecord.mission.MissionRepository;
import org.peacerecord.source.Citation;
import org.peacerecord.source.PassageRepository;
import org.peacerecord.source.SourceDocument;
import org.peacerecord.support.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's journey in a real browser: sign in, find a mission in the admin list, edit it, save, read the
 * confirmation, and find the change in the record's history. Sign-in is stood in for by a test-only form login
 * with an in-memory editor (the real accounts come from the security work).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AdminEditingBrowserTest.EditorSignIn.class)
class AdminEditingBrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    MissionRepository missions;

    @Autowired
    PassageRepository passages;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    Long missionId;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterEach
    void removeMission() {
        if (missionId != null) {
            jdbc.update("DELETE FROM mission WHERE id = ?", missionId);
        }
    }

    @Test
    void editAMissionAndFindTheChangeInItsHistory() {
        String acronym = "BRW" + AdminFixtures.unique().toUpperCase().substring(0, 6);
        missionId = transactions.execute(tx -> {
            Mission mission = new Mission(acronym, "Mission before the edit", MissionKind.PEACEKEEPING);
            mission.replaceCitations(List.of(Citation.ofPassage(
                    passages.findByDocumentSlugAndNumber(SourceDocument.STATEMENT_SLUG, 27).orElseThrow())));
            return missions.save(mission).getId();
        });

        // the admin list asks for a sign-in first, then comes back
        driver.get(url("/admin/missions?q=" + acronym));
        driver.findElement(By.name("username")).sendKeys("editor");
        driver.findElement(By.name("password")).sendKeys("password");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(driver.getCurrentUrl()).contains("/admin/missions");

        // open the mission from the list and edit its name
        driver.findElement(By.linkText(acronym)).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Edit mission " + acronym);
        assertThat(seriousAccessibilityViolations()).isEmpty();
        WebElement name = driver.findElement(By.id("name"));
        name.clear();
        name.sendKeys("Mission after the edit");
        driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();

        // saved: back on the edit page with a confirmation, and the new value
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Mission " + acronym + " saved.");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Mission after the edit");

        // the history names the editor and shows the name from → to
        driver.findElement(By.linkText("History")).click();
        WebElement revision = driver.findElement(By.cssSelector("li.revision"));
        assertThat(revision.getText()).contains("by editor");
        assertThat(revision.findElement(By.cssSelector("td.before del")).getText()).isEqualTo("Mission before the edit");
        assertThat(revision.findElement(By.cssSelector("td.after ins")).getText()).isEqualTo("Mission after the edit");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    private List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Rule::getId)
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A test-only way in: form login at /login for an in-memory editor, in front of the application's own security. */
    @TestConfiguration
    static class EditorSignIn {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain editorSignIn(HttpSecurity http) throws Exception {
            InMemoryUserDetailsManager editors = new InMemoryUserDetailsManager(
                    User.withUsername("editor").password("{noop}password").roles("EDITOR").build());
            http.securityMatcher("/admin/**", "/login", "/logout")
                    .authorizeHttpRequests(auth -> auth.requestMatchers("/admin/**").authenticated().anyRequest().permitAll())
                    .formLogin(Customizer.withDefaults())
                    .userDetailsService(editors);
            return http.build();
        }
    }
}
