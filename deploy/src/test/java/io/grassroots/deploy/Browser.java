package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for the console's journeys: a console error fails, a checked page is kept as PNG. */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final List<Pattern> expected = new ArrayList<>();

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Skips (not fails) where the browser is not installed: only CI and developers' machines need it. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no " + CHROMIUM + " or " + CHROMEDRIVER + ": install them with "
                        + "`apt-get install chromium chromium-driver fonts-noto-cjk` to run the browser journeys");
    }

    static Browser open(String base) throws IOException {
        assumeInstalled();
        // Both paths are given, so Selenium Manager has nothing to look up, let alone download.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, base);
    }

    WebDriver driver() {
        return driver;
    }

    /** A fresh visitor: no cookies from an earlier journey. */
    Browser anonymous() {
        driver.get(base + "/signin");
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 900));
        return this;
    }

    Browser get(String path) {
        driver.get(base + path);
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String path() {
        return url().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** The page's visible text, for what a user reads anywhere on it. */
    String text() {
        return text("body");
    }

    /** Scrolls an element to the middle of the window, so that the page's screenshot shows it. */
    WebElement show(String css) {
        WebElement element = find(css);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    <T> T await(Function<WebDriver, T> condition) {
        // An htmx swap may replace an element between finding it and reading it: look again.
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys as a keyboard user would, into whatever has the focus. */
    Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    Browser tab() {
        return press(Keys.TAB);
    }

    /**
     * Waits until the ECharts chart in the container shows its data: a canvas of a readable size with
     * pixels of the series' colours (#rrggbb) below the legend, not an empty box, nor axes alone (a
     * script that failed, or data that did not map, still draws those).
     */
    void assertDrawn(String css, String... seriesColours) {
        assertDrawn(find(css), seriesColours);
    }

    void assertDrawn(WebElement container, String... seriesColours) {
        ChartCanvas.assertDrawn(this, container, seriesColours);
    }

    /** A console error the next check accepts, once: e.g. the document of a page that is meant to be a 404. */
    Browser expectError(String regex) {
        expected.add(Pattern.compile(regex));
        return this;
    }

    /**
     * Saves the page as {@code target/screenshots/<journey>-<step>.png} and fails on any console error
     * logged since the last check: a script error or a CSP refusal is a broken page even if it looks right.
     */
    void check(String journey, String step) {
        screenshot(journey + "-" + step);
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && expected.stream().noneMatch(p -> p.matcher(entry.getMessage()).find())) {
                errors.add(entry.getMessage());
            }
        }
        expected.clear();
        assertTrue(errors.isEmpty(), journey + "-" + step + " (" + url() + ") logged errors: " + errors);
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the page a journey failed on as {@code target/screenshots/<name>-FAILED.png}, whatever step it
     * failed at; never throws, so that the failure reported stays the journey's own.
     */
    void keepFailure(String name) {
        try {
            // A question left open (data-confirm) would refuse the screenshot.
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException ignored) {
            // Nothing was asked.
        } catch (RuntimeException e) {
            System.err.println("the open question of the failed journey " + name + " stays: " + e);
        }
        try {
            screenshot(name + "-FAILED");
        } catch (RuntimeException e) {
            System.err.println("no screenshot of the failed journey " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
