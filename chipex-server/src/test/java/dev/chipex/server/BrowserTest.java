package dev.chipex.server;

import dev.chipex.server.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app in headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/browser): each page loads, the map renders tiers, the check form shows a determination.
 * Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private TestServer api;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        assertThat(CHROMIUM).as("Chromium is needed: run 'bash .ci/browser' (apt-get install chromium chromium-driver)")
                .exists();
        assertThat(DRIVER).as("chromedriver is needed: run 'bash .ci/browser'").exists();
        api = new TestServer(TestDatabases.sqlite());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chipex-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void mapPage_withAnAnalystKey_rendersCountriesColouredByTier() throws IOException {
        signIn("/", Role.ANALYST);
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("map")), "data-rendered"));
        List<WebElement> tier1 = browser.findElements(By.cssSelector("#map path[data-tier='tier1']"));
        List<WebElement> tier3 = browser.findElements(By.cssSelector("#map path[data-tier='tier3']"));
        assertThat(Integer.parseInt(browser.findElement(By.id("map")).getAttribute("data-rendered"))).isGreaterThan(150);
        assertThat(tier1).isNotEmpty();
        assertThat(tier3).isNotEmpty();
        browser.findElement(By.cssSelector("#map path[data-code='IN']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("country-name"), "India"));
        assertThat(browser.findElement(By.id("country-tier")).getText()).isEqualTo("tier2");
        screenshot("map");
    }

    @Test
    void checkPage_submittingTheForm_showsTheDeterminationAndItsCitation() throws IOException {
        signIn("/check.html", Role.EXPORTER);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#regime option"), 1));
        browser.findElement(By.id("check")).click();
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        // The form's defaults: 1000 H100 to India on 2025-06-01 under what US authorities enforce
        // (us-enforced, the default regime since #20): India is outside the 2023 scope, so no license;
        // the answer states that the regime is in force.
        assertThat(outcome.getText()).isEqualTo("NLR");
        assertThat(browser.findElement(By.id("explanation")).getText()).contains("India", "(us-enforced; in force)");
        assertThat(browser.findElement(By.id("result")).getText()).contains("88 FR 73458");
        screenshot("check");
    }

    @Test
    void checkPage_unknownDestination_showsTheProblemWithItsField() throws IOException {
        signIn("/check.html", Role.ANALYST);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#regime option"), 1));
        WebElement destination = browser.findElement(By.name("destination"));
        destination.clear();
        destination.sendKeys("Atlantis");
        browser.findElement(By.id("check")).click();
        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(problems.getText()).contains("422", "destination: unknown country 'Atlantis'");
        screenshot("check-problem");
    }

    @Test
    void mapPage_asRegulator_clickingACountryShowsItsAllocationBalance() throws IOException {
        api.post("/api/v1/ledger/accounts", api.keys.get(Role.REGULATOR), "browser-open-in",
                "{\"kind\":\"COUNTRY_ALLOCATION\",\"holder\":\"IN\",\"period\":\"2025-2027\",\"capacityTpp\":790000000}");
        signIn("/", Role.REGULATOR);
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("map")), "data-rendered"));
        browser.findElement(By.cssSelector("#map path[data-code='IN']")).click();
        WebElement balances = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("country-balances")));
        assertThat(balances.getText()).contains("COUNTRY_ALLOCATION/IN/2025-2027", "49,899 H100e");
        screenshot("map-balances");
    }

    @Test
    void ledgerPage_asExporter_showsItsOwnBalancesAndHistory() throws IOException {
        api.post("/api/v1/ledger/accounts", api.keys.get(Role.REGULATOR), "browser-open-acme",
                "{\"kind\":\"CONSIGNEE_YEAR\",\"holder\":\"acme chips\",\"period\":\"2026\",\"capacityTpp\":26900000}");
        api.post("/api/v1/ledger/accounts", api.keys.get(Role.REGULATOR), "browser-open-globex",
                "{\"kind\":\"CONSIGNEE_YEAR\",\"holder\":\"globex\",\"period\":\"2026\",\"capacityTpp\":26900000}");
        api.post("/api/v1/ledger/reservations", api.keys.get(Role.EXPORTER), "browser-reserve",
                "{\"account\":\"CONSIGNEE_YEAR/acme chips/2026\",\"amountTpp\":1583200}");
        signIn("/ledger.html", Role.EXPORTER);
        WebElement balances = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("balances-table")));
        assertThat(balances.getText()).contains("CONSIGNEE_YEAR/acme chips/2026", "1,583,200 TPP").doesNotContain("globex");
        WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-table")));
        assertThat(history.getText()).contains("QUOTA_RESERVED", "exporter:Acme Chips").doesNotContain("ACCOUNT_OPENED");
        screenshot("ledger");
    }

    @Test
    void dashboardPage_compareJob_showsTheTableAndTheSimulatorReport() throws IOException {
        signIn("/dashboard.html", Role.ANALYST);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#regimes input"), 1));
        WebElement runs = browser.findElement(By.id("runs"));
        runs.clear();
        runs.sendKeys("2");
        browser.findElement(By.id("start")).click();
        WebElement table = new WebDriverWait(browser, Duration.ofMinutes(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison-table")));
        assertThat(table.getText()).contains("pre-2025", "ai-diffusion-2025", "option-2-us-monopoly", "Tier 1 control share");
        assertThat(browser.findElement(By.id("job-status")).getAttribute("data-status")).isEqualTo("done");
        WebElement frame = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-frame")));
        browser.switchTo().frame(frame);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas, svg")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Epoch AI");
        browser.switchTo().defaultContent();
        screenshot("dashboard");
    }

    @Test
    void apiDocsPage_showsTheOperations() throws IOException {
        browser.get(api.base() + "/api/docs");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertThat(browser.findElement(By.id("swagger-ui")).getText()).contains("/api/v1/check");
        screenshot("api-docs");
    }

    private void signIn(String page, Role role) {
        browser.get(api.base() + page);
        WebElement key = wait.until(ExpectedConditions.elementToBeClickable(By.id("api-key")));
        key.clear();
        key.sendKeys(api.keys.get(role));
        browser.findElement(By.id("use-key")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("who"), "data-role", role.code()));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
