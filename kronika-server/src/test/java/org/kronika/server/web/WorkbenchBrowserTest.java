package org.kronika.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.kronika.api.AnnotatedDocument;
import org.kronika.server.ApiServer;
import org.kronika.server.KbService;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.SampleCorpus;
import org.kronika.store.StoreLocation;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web workbench in real headless Chromium over the hand-annotated sample corpus
 * ({@code kb-samples/}), so the checks do not depend on NLP quality: search, article view with
 * highlights and hover cards, the event card (attribution chain, factuality), events table,
 * timeline brushing, actor network, event clusters, the 404 page and the empty state. Screenshots go
 * to {@code target/screenshots/}. Skips when {@code /usr/bin/chromium} or {@code chromedriver} is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchBrowserTest {
  private KnowledgeBase kb;
  private KnowledgeBase emptyKb;
  private Javalin app;
  private Javalin emptyApp;
  private HeadlessChrome chrome;
  private String base;
  private String emptyBase;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    assumeTrue(HeadlessChrome.available(), "Chromium and chromedriver not installed (apt-get install chromium chromium-driver)");
    SampleCorpus corpus = new SampleCorpus();
    kb = KnowledgeBase.open(StoreLocation.sqlite(dir.resolve("kb")));
    for (AnnotatedDocument d : corpus.all()) {
      kb.store(d);
    }
    app = ApiServer.create(new KbService(kb, corpus.lemmatizer())).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    emptyKb = KnowledgeBase.open(StoreLocation.sqlite(dir.resolve("empty")));
    emptyApp = ApiServer.create(new KbService(emptyKb, corpus.lemmatizer())).start("127.0.0.1", 0);
    emptyBase = "http://127.0.0.1:" + emptyApp.port();
    chrome = new HeadlessChrome();
  }

  @AfterAll
  void stop() {
    if (chrome != null) {
      chrome.close();
    }
    for (Javalin a : new Javalin[] {app, emptyApp}) {
      if (a != null) {
        a.stop();
      }
    }
    for (KnowledgeBase k : new KnowledgeBase[] {kb, emptyKb}) {
      if (k != null) {
        k.close();
      }
    }
  }

  private List<WebElement> all(String css) {
    return chrome.driver().findElements(By.cssSelector(css));
  }

  private WebElement one(String css) {
    return chrome.driver().findElement(By.cssSelector(css));
  }

  @Test
  void firstPageListsDocumentsAndLoadsFast() throws Exception {
    chrome.open(base + "/");
    HeadlessChrome.LoadTime t = chrome.loadTime();
    System.out.printf("web workbench (sample corpus): first view drawn %d ms after navigation start "
        + "(DOMContentLoaded %d ms, load %d ms)%n", t.firstView(), t.domContentLoaded(), t.load());
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "web-load-time.txt"),
        "sample-corpus first-view-ms=" + t.firstView() + " dcl-ms=" + t.domContentLoaded() + " load-ms=" + t.load() + "\n");
    assertThat(all("#results li")).hasSize(10);
    assertThat(one("#stats").getText()).contains("10 documents");
    assertThat(chrome.js("return document.documentElement.lang")).isEqualTo("pl");
    assertThat(chrome.js("return document.characterSet")).isEqualTo("UTF-8");
    assertThat(one("#results").getText()).contains("Korea Północna dostarczyła Rosji");
    chrome.screenshot("01-documents");
  }

  @Test
  void searchFindsAnInflectedFormAndFilters() {
    chrome.open(base + "/#/");
    WebElement q = one("#q");
    q.sendKeys("Koreą");
    q.sendKeys(Keys.ENTER);
    chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "„Koreą”"));
    chrome.waitReady();
    List<String> titles = all("#results .title").stream().map(WebElement::getText).toList();
    assertThat(titles).contains("Korea Północna dostarczyła Rosji ponad tysiąc kontenerów z bronią",
        "Seul nakłada sankcje na obywateli Korei Północnej");
    chrome.screenshot("02-search-inflected");
    // the factuality filter keeps documents with a matching event: only RUSI's hedged report is "probable"
    chrome.route("#/search?q=" + "Korei" + "&factuality=probable");
    assertThat(all("#results .title")).extracting(WebElement::getText)
        .containsExactly("RUSI: Rosja otrzymała z Korei Północnej setki tysięcy pocisków");
    chrome.route("#/search?q=sankcjami&actor=KOR&type=SANCTION");
    assertThat(all("#results .title")).hasSize(3);
  }

  @Test
  void articleHighlightsEntitiesWithAHoverCard() {
    chrome.open(base + "/#/doc/01-reuters-korea-kontenery");
    List<WebElement> korea = all("#doc-text .ent[data-entity=E1]");
    assertThat(korea).isNotEmpty();
    assertThat(korea.get(0).getText()).isEqualTo("Korea Północna");
    assertThat(korea.get(0).getAttribute("class")).contains("ent-place");
    WebElement moscow = all("#doc-text .ent[data-entity=E2]").stream().filter(e -> e.getText().equals("Moskwa")).findFirst().orElseThrow();
    new Actions(chrome.driver()).moveToElement(moscow).perform();
    WebElement card = one("#hovercard");
    chrome.waiting().until(ExpectedConditions.visibilityOf(card));
    assertThat(card.getText()).contains("Rosja").contains("RUS").contains("country");
    chrome.screenshot("03-article-hover");
    // the title line is drawn from the same offsets
    assertThat(one("#doc-title").getText()).isEqualTo("Korea Północna dostarczyła Rosji ponad tysiąc kontenerów z bronią");
    assertThat(all("#doc-title .trig")).isEmpty();
  }

  @Test
  void eventCardShowsTheAttributionChainAndFactuality() {
    chrome.open(base + "/#/doc/05-defence24-rusi");
    one("#doc-text .trig[data-event=V1]").click();
    WebElement card = chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("event-card")));
    assertThat(card.findElements(By.cssSelector(".chain .hop"))).extracting(WebElement::getText)
        .satisfiesExactly(p -> assertThat(p).contains("Defence24.pl"), s -> assertThat(s).contains("RUSI").contains("Według"));
    assertThat(card.findElements(By.cssSelector(".chain svg.link"))).hasSize(1);
    assertThat(card.findElement(By.cssSelector("header .badge")).getAttribute("data-factuality")).isEqualTo("probable");
    assertThat(card.findElement(By.cssSelector("header .badge")).getText()).contains("probable");
    assertThat(card.findElement(By.cssSelector(".actors")).getText()).contains("Korea Północna");
    assertThat(card.findElement(By.cssSelector(".recipients")).getText()).contains("Rosja");
    assertThat(card.findElement(By.cssSelector(".event-time")).getText()).contains("2023-09/2023-10").contains("interval");
    assertThat(all("#doc-text .evid")).isNotEmpty();
    assertThat(chrome.driver().getCurrentUrl()).endsWith("?event=V1");
    chrome.screenshot("04-event-card-probable");

    // keyboard: Tab to a trigger, Enter opens its card; a three-hop chain publisher ← agency ← speaker
    chrome.open(base + "/#/doc/06-pap-reuters-kabel");
    WebElement trig = one("#doc-text .trig[data-event=V1]");
    chrome.js("arguments[0].focus()", trig);
    trig.sendKeys(Keys.ENTER);
    card = chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("event-card")));
    assertThat(card.findElements(By.cssSelector(".chain .hop"))).extracting(e -> e.getAttribute("data-role"))
        .containsExactly("publisher", "agency", "speaker");
    assertThat(card.findElement(By.cssSelector(".chain .hop-source")).getText()).contains("Dmitrij Pieskow");
    assertThat(card.findElement(By.cssSelector("header .badge")).getText()).contains("fact");
    chrome.screenshot("05-event-card-chain");
    one("body").sendKeys(Keys.ESCAPE);
    chrome.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("event-card")));
  }

  private static final String FIRST_TYPE_CELL =
      "return document.querySelector('#events-table tbody tr td:nth-child(2)').textContent";
  private static final String ROW_COUNT = "return document.querySelectorAll('#events-table tbody tr').length";
  private static final Long ROW_COUNT_IS_ONE = 1L;

  @Test
  void eventsTableSortsFiltersAndLinksToEvidence() {
    chrome.open(base + "/#/events");
    List<WebElement> rows = all("#events-table tbody tr");
    assertThat(rows).hasSize(12);
    one("#events-table th[data-col=type] button").click();
    // the table may be redrawn more than once after sorting or filtering, so cells are read and the
    // link is clicked inside the page in one step (a found element can go stale in between)
    chrome.waiting().ignoring(StaleElementReferenceException.class).until(d ->
        "ascending".equals(chrome.js("return document.querySelector('#events-table th[data-col=type]').getAttribute('aria-sort')"))
            && String.valueOf(chrome.js(FIRST_TYPE_CELL)).startsWith("ACCUSE"));
    assertThat(chrome.js("return document.querySelector('#events-table th[data-col=type]').getAttribute('aria-sort')"))
        .isEqualTo("ascending");
    assertThat(String.valueOf(chrome.js(FIRST_TYPE_CELL))).startsWith("ACCUSE");
    one("#quick-filter").sendKeys("Pieskow");
    chrome.waiting().until(d -> ROW_COUNT_IS_ONE.equals(chrome.js(ROW_COUNT)));
    assertThat(chrome.js(ROW_COUNT)).isEqualTo(ROW_COUNT_IS_ONE);
    chrome.js("document.querySelector('#events-table tbody tr .evidence-link').click()");
    chrome.waitReady();
    chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("event-card")));
    assertThat(chrome.driver().getCurrentUrl()).contains("#/doc/06-pap-reuters-kabel?event=V1");
    assertThat(chrome.js("return [...document.querySelectorAll('#doc-text .evid')].map(e => e.textContent).join('')"))
        .isEqualTo("Rzecznik Kremla Dmitrij Pieskow zaprzeczył, by Rosja miała cokolwiek wspólnego z incydentem, i nazwał oskarżenia „absurdalnymi”.");
    // server-side filters from the form
    chrome.route("#/events?factuality=probable");
    assertThat(all("#events-table tbody tr")).hasSize(1);
  }

  @Test
  void timelineBrushFiltersTheTable() {
    chrome.open(base + "/#/events");
    chrome.waiting().until(d -> chrome.js("return !!(window.kronika && window.kronika.timeline)").equals(Boolean.TRUE));
    assertThat(all("#timeline canvas")).isNotEmpty();
    // drag across the left part of the plot with the mouse, as a person would
    WebElement chart = one("#timeline");
    int w = chart.getSize().getWidth();
    new Actions(chrome.driver()).moveToElement(chart, -w / 2 + 50, 20).clickAndHold().moveByOffset(w / 4, 0).release().perform();
    chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("brush-note"), "Selected"));
    int brushed = all("#events-table tbody tr").size();
    assertThat(brushed).isBetween(1, 11);
    chrome.screenshot("06-timeline-brushed");
    // the same selection through the chart's API: exactly one month
    chrome.js("window.kronika.timeline.select('2023-10')");
    chrome.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("brush-note"), "2023-10 – 2023-10"));
    assertThat(buckets()).isNotEmpty().allSatisfy(b -> assertThat(b).isEqualTo("2023-10"));
    one("#clear-brush").click();
    chrome.waiting().until(d -> all("#events-table tbody tr").size() == 12);
    chrome.route("#/events?interval=week");
    assertThat(buckets()).hasSize(12).allSatisfy(b -> assertThat(b).matches("\\d{4}-W\\d{2}"));
  }

  @SuppressWarnings("unchecked")
  private List<String> buckets() {
    return (List<String>) chrome.js("return [...document.querySelectorAll('#events-table tbody tr')].map(r => r.dataset.bucket)");
  }

  @Test
  void actorNetworkDrawsTypedEdges() {
    chrome.open(base + "/#/network");
    chrome.waiting().until(d -> chrome.js("return !!(window.kronika && window.kronika.network)").equals(Boolean.TRUE));
    long nodes = (Long) chrome.js("return window.kronika.network.nodes().length");
    long edges = (Long) chrome.js("return window.kronika.network.edges().length");
    assertThat(nodes).isGreaterThanOrEqualTo(4);
    assertThat(edges).isGreaterThanOrEqualTo(3);
    String aid = (String) chrome.js("return window.kronika.network.edges().filter(e => e.data('type') === 'AID')"
        + ".map(e => e.source().data('label') + '|' + e.target().data('label') + '|' + e.data('events')).join(';')");
    assertThat(aid).contains("Korea Północna (PRK)|Rosja (RUS)|");
    assertThat(all("#edges-table tbody tr")).hasSize((int) edges);
    chrome.screenshot("07-network");
  }

  @Test
  void clusterPageGroupsReportsByIndependentOrigin() {
    chrome.open(base + "/#/clusters");
    WebElement first = all("#clusters-table tbody tr").get(0);
    assertThat(first.getText()).contains("AID");
    first.findElement(By.cssSelector("a.cluster-link")).click();
    chrome.waitReady();
    chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("origins")));
    List<WebElement> origins = all("#origins .origin");
    assertThat(origins.size()).isGreaterThanOrEqualTo(3);
    // Reuters' wire copy and its two republications are one origin with three reports
    WebElement reuters = origins.stream().filter(o -> o.findElement(By.tagName("h3")).getText().equals("Reuters")).findFirst().orElseThrow();
    assertThat(reuters.findElements(By.cssSelector("li.report"))).hasSize(3);
    assertThat(all("#origins li.report .badge[data-factuality=probable]")).hasSize(1);
    assertThat(one("#corroboration").getText()).contains(origins.size() + " independent origins");
    chrome.screenshot("08-cluster");
  }

  @Test
  void unknownIdsAndPathsShowANotFoundPage() {
    chrome.open(base + "/#/doc/no-such-document");
    assertThat(one("#not-found").getText()).contains("404").contains("no-such-document");
    chrome.screenshot("09-not-found");
    chrome.route("#/cluster/cffffffffffff");
    assertThat(one("#not-found").getText()).contains("cffffffffffff");
    chrome.route("#/entity/e000");
    assertThat(all("#not-found")).hasSize(1);
    chrome.route("#/nonsense");
    assertThat(all("#not-found")).hasSize(1);
    chrome.open(base + "/no/such/page");
    assertThat(one("#not-found").getText()).contains("/no/such/page");
  }

  @Test
  void emptyStoreExplainsHowToIngest() {
    chrome.open(emptyBase + "/");
    assertThat(one("#empty-state").getText()).contains("./kronika ingest").contains("./kronika demo");
    chrome.screenshot("10-empty-store");
    chrome.route("#/events");
    assertThat(all("#empty-state")).hasSize(1);
  }
}
