package org.kronika.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kronika.server.web.HeadlessChrome;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * {@code kronika demo} in real headless Chromium: the bundled story annotated by today's pipeline,
 * searched by an inflected form, an article opened with its entities highlighted and a hover card.
 * Also measures how fast the first page renders on the demo store (reported, not asserted).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoBrowserTest {
  private DemoCommand.Running demo;
  private HeadlessChrome chrome;

  @BeforeAll
  void start() throws Exception {
    assumeTrue(HeadlessChrome.available(), "Chromium and chromedriver not installed (apt-get install chromium chromium-driver)");
    demo = DemoCommandTest.command("--port", "0").start();
    chrome = new HeadlessChrome();
  }

  @AfterAll
  void stop() {
    if (chrome != null) {
      chrome.close();
    }
    if (demo != null) {
      demo.close();
    }
  }

  private List<WebElement> all(String css) {
    return chrome.driver().findElements(By.cssSelector(css));
  }

  @Test
  void firstPageRendersFastAndSearchFindsInflectedForms() throws Exception {
    // a cold load first (the JVM and the store warm up), then the figure we report
    chrome.open(demo.url());
    long[] views = new long[5];
    for (int i = 0; i < views.length; i++) {
      chrome.driver().navigate().refresh();
      chrome.waitReady();
      views[i] = chrome.loadTime().firstView();
    }
    java.util.Arrays.sort(views);
    HeadlessChrome.LoadTime t = chrome.loadTime();
    System.out.printf("web workbench (kronika demo, %d documents): first view drawn in %d ms median of %d reloads"
        + " (min %d, max %d; DOMContentLoaded %d ms)%n", all("#results li").size(), views[views.length / 2], views.length,
        views[0], views[views.length - 1], t.domContentLoaded());
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "web-load-time.txt"), "demo first-view-ms median=" + views[views.length / 2]
        + " min=" + views[0] + " max=" + views[views.length - 1] + "\n");
    assertThat(all("#results li")).hasSize(18);
    chrome.screenshot("demo-01-documents");

    WebElement q = chrome.driver().findElement(By.id("q"));
    q.sendKeys("tankowcem");
    q.sendKeys(Keys.ENTER);
    chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "„tankowcem”"));
    chrome.waitReady();
    assertThat(all("#results .title")).extracting(WebElement::getText)
        .contains("Szwecja zatrzymała tankowiec podejrzewany o zerwanie kabla", "Armator tankowca Aurora Bay dementuje zarzuty");
    chrome.screenshot("demo-02-search");
  }

  @Test
  void anArticleHighlightsItsEntitiesWithHoverCards() {
    chrome.open(demo.url() + "#/search?q=" + "Szwecji");
    WebElement first = all("#results .title").stream().filter(e -> e.getText().startsWith("Szwecja zatrzymała")).findFirst().orElseThrow();
    first.click();
    chrome.waitReady();
    chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
    WebElement sweden = all("#doc-text .ent").stream().filter(e -> e.getText().startsWith("Szwecj")).findFirst().orElseThrow();
    new Actions(chrome.driver()).moveToElement(sweden).perform();
    WebElement card = chrome.driver().findElement(By.id("hovercard"));
    chrome.waiting().until(ExpectedConditions.visibilityOf(card));
    assertThat(card.getText()).contains("Szwecja").contains("SWE");
    assertThat(all("#doc-text .time")).isNotEmpty();
    chrome.screenshot("demo-03-article");
  }
}
