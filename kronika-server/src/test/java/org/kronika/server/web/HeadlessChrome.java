package org.kronika.server.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver driven by Selenium; nothing is downloaded. Tests check
 * {@link #available()} and skip when the browser is not installed ({@code .ci/run} installs it).
 */
public final class HeadlessChrome implements AutoCloseable {
  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriverService service;
  private final ChromeDriver driver;

  public static boolean available() {
    return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
  }

  public HeadlessChrome() {
    // Selenium's CDP-version notice for a newer Chromium is noise here
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,800",
        "--lang=pl-PL");
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 800));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** Opens a URL and waits until the workbench has drawn its view. */
  public void open(String url) {
    if (driver.getCurrentUrl().startsWith("http")) {
      // a URL that differs only in its #fragment does not reload the page
      js("document.body.dataset.ready = 'false'");
    }
    driver.get(url);
    waitReady();
  }

  /** Navigates inside the single-page app (hash route) and waits for the new view. */
  public void route(String hash) {
    js("document.body.dataset.ready = 'false'; location.hash = arguments[0];", hash);
    waitReady();
  }

  public void waitReady() {
    waiting().until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body && document.body.dataset.ready")));
  }

  public Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Saves a PNG of the window under target/screenshots. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path out = SCREENSHOTS.resolve(name + ".png");
      Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }

  /** Milliseconds from navigation start to the first drawn view, and the browser's load event. */
  public record LoadTime(long firstView, long domContentLoaded, long load) {
    static LoadTime of(WebDriver d) {
      JavascriptExecutor js = (JavascriptExecutor) d;
      long view = Long.parseLong(String.valueOf(js.executeScript("return document.body.dataset.readyAt")));
      Object dcl = js.executeScript("const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.domContentLoadedEventEnd);");
      Object load = js.executeScript("const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.loadEventEnd);");
      return new LoadTime(view, ((Number) dcl).longValue(), ((Number) load).longValue());
    }
  }

  public LoadTime loadTime() {
    return LoadTime.of(driver);
  }
}
