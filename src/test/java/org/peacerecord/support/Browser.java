package org.peacerecord.support;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Headless Debian Chromium driven by its matching chromedriver, offline (no Selenium Manager downloads). */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1280,900",
                    "--disable-features=AutofillServerCommunication,PasswordManagerOnboarding",
                    // Bootstrap scrolls smoothly unless the reader prefers reduced motion: a click would land
                    // while the page is still scrolling to its target.
                    "--force-prefers-reduced-motion",
                    "--user-data-dir=" + profile.toAbsolutePath());
            // No password manager or autofill pop-ups over the forms under test.
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "credentials_enable_service", false,
                    "profile.password_manager_enabled", false,
                    "autofill.profile_enabled", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile directory", e);
        }
    }
}
