package org.kronika.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kronika.api.AnnotatedDocument;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.SampleCorpus;
import org.kronika.store.StoreLocation;
import org.kronika.store.TestStores;

/**
 * The REST API against a real store holding the sample corpus, in-process over HTTP. Subclasses
 * choose the store: SQLite always, PostgreSQL when {@code KRONIKA_TEST_PG_URL} is set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiSuite {
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final SampleCorpus corpus = new SampleCorpus();
  private StoreLocation location;
  private KnowledgeBase kb;
  private Javalin app;
  private String base;

  protected abstract StoreLocation newLocation() throws Exception;

  @BeforeAll
  void start() throws Exception {
    location = newLocation();
    kb = KnowledgeBase.open(location);
    for (AnnotatedDocument d : corpus.all()) {
      kb.store(d);
    }
    app = ApiServer.create(new KbService(kb, corpus.lemmatizer())).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.stop();
    }
    if (kb != null) {
      kb.close();
    }
    TestStores.drop(location);
  }

  record Answer(int status, String contentType, String body) {}

  private Answer get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  private JsonNode json(String path) throws Exception {
    Answer a = get(path);
    assertThat(a.status()).as(path + " -> " + a.body()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    return mapper.readTree(a.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> field(JsonNode items, String name) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : items) {
      out.add(n.get(name).asText());
    }
    return out;
  }

  // ---- documents ----

  @Test
  void documentsArePagedBothWays() throws Exception {
    JsonNode p1 = json("/api/documents?page=1&size=3");
    assertThat(p1.get("total").asInt()).isEqualTo(10);
    assertThat(p1.get("items")).hasSize(3);
    assertThat(p1.get("items").get(0).get("id").asText()).isEqualTo("06-pap-reuters-kabel"); // newest first
    JsonNode p4 = json("/api/documents?page=4&size=3");
    assertThat(p4.get("items")).hasSize(1);
    JsonNode off = json("/api/documents?offset=3&limit=3");
    assertThat(field(off.get("items"), "id")).isEqualTo(field(json("/api/documents?page=2&size=3").get("items"), "id"));
    JsonNode reuters = json("/api/documents?source=reuters");
    assertThat(field(reuters.get("items"), "id")).containsExactlyInAnyOrder("01-reuters-korea-kontenery",
        "02-kresy-reuters-pjongjang", "03-onet-reuters-pjongjang", "06-pap-reuters-kabel");
    JsonNode autumn = json("/api/documents?from=2023-10&to=2023-10");
    assertThat(autumn.get("total").asInt()).isEqualTo(5);
  }

  @Test
  void aDocumentIsItsContractJson() throws Exception {
    JsonNode d = json("/api/documents/04-pap-bialy-dom");
    assertThat(d.get("schema").asText()).isEqualTo("kronika/1");
    assertThat(d.get("source").get("publisher").asText()).isEqualTo("PAP");
    assertThat(d.get("events").get(0).get("attribution").get(0).get("name").asText()).isEqualTo("Biały Dom");
    String text = d.get("text").asText();
    JsonNode m = d.get("entities").get(1).get("mentions").get(0);
    assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
  }

  // ---- search ----

  @Test
  void searchingKoreaInOneCaseFindsArticlesThatOnlyUseAnother() throws Exception {
    JsonNode hits = json("/api/search?q=" + enc("Koreą") + "&size=50");
    List<String> ids = field(hits.get("items"), "id");
    assertThat(ids).contains("08-tvn24-seul-sankcje", "05-defence24-rusi", "01-reuters-korea-kontenery");
    String only = json("/api/documents/08-tvn24-seul-sankcje").get("text").asText();
    assertThat(only).contains("Korei").doesNotContain("Koreą").doesNotContain("Korea ");
    assertThat(field(json("/api/search?q=" + enc("Korei") + "&size=50").get("items"), "id"))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(hits.get("items").get(0).get("score").asDouble()).isPositive();
  }

  @Test
  void phrasesFiltersAndRankingWork() throws Exception {
    List<String> south = field(json("/api/search?q=" + enc("\"Korea Południowa\"") + "&size=50").get("items"), "id");
    assertThat(south).contains("07-pap-satelita", "08-tvn24-seul-sankcje", "10-pap-sankcje-luty")
        .doesNotContain("01-reuters-korea-kontenery", "04-pap-bialy-dom");
    // "Północna Korea" as a phrase is not "Korea Północna"
    assertThat(json("/api/search?q=" + enc("\"Północna Korea\"")).get("total").asInt()).isZero();
    List<String> dated = field(json("/api/search?q=sankcje&from=2024-01-01&size=50").get("items"), "id");
    assertThat(dated).containsExactly("10-pap-sankcje-luty");
    List<String> typed = field(json("/api/search?q=korea&type=AID&size=50").get("items"), "id");
    assertThat(typed).contains("01-reuters-korea-kontenery").doesNotContain("08-tvn24-seul-sankcje");
    List<String> bySource = field(json("/api/search?q=korea&source=PAP&size=50").get("items"), "id");
    assertThat(bySource).containsExactlyInAnyOrder("04-pap-bialy-dom", "07-pap-satelita", "10-pap-sankcje-luty");
    // actor and factuality keep documents with a matching event (the workbench's search filters)
    List<String> byActor = field(json("/api/search?q=sankcje&actor=KOR&size=50").get("items"), "id");
    assertThat(byActor).containsExactlyInAnyOrder("08-tvn24-seul-sankcje", "09-yonhap-sankcje", "10-pap-sankcje-luty");
    assertThat(field(json("/api/search?q=korea&factuality=probable&size=50").get("items"), "id"))
        .containsExactly("05-defence24-rusi");
    assertThat(field(json("/api/documents?actor=PRK&type=AID&factuality=fact&size=50").get("items"), "id"))
        .containsExactlyInAnyOrder("01-reuters-korea-kontenery", "02-kresy-reuters-pjongjang", "03-onet-reuters-pjongjang", "04-pap-bialy-dom");
    // ranking: the article that repeats "sankcje" most ranks above the one that says it once
    List<String> ranked = field(json("/api/search?q=sankcje&size=50").get("items"), "id");
    assertThat(ranked.indexOf("09-yonhap-sankcje")).isLessThan(ranked.indexOf("10-pap-sankcje-luty"));
  }

  // ---- entities ----

  @Test
  void entitiesAreConsolidatedAcrossDocumentsWithTheirMentions() throws Exception {
    JsonNode list = json("/api/entities?size=50");
    JsonNode first = list.get("items").get(0);
    assertThat(first.get("code").asText()).isIn("PRK", "KOR", "RUS");
    JsonNode prk = json("/api/entities?q=PRK").get("items").get(0);
    assertThat(prk.get("name").asText()).isEqualTo("Korea Północna");
    assertThat(prk.get("documents").asInt()).isEqualTo(9);
    JsonNode detail = json("/api/entities/" + prk.get("id").asText() + "?size=100");
    assertThat(detail.get("mentions").get("total").asInt()).isEqualTo(prk.get("mentions").asInt());
    List<String> docs = field(detail.get("mentions").get("items"), "documentId");
    assertThat(docs).contains("01-reuters-korea-kontenery", "08-tvn24-seul-sankcje");
    assertThat(field(detail.get("mentions").get("items"), "text")).contains("Korei Północnej", "Korea Północna", "Pjongjangu");
    JsonNode kirby = json("/api/entities?q=kirby&type=persName").get("items");
    assertThat(kirby).hasSize(1);
  }

  // ---- events ----

  @Test
  void eventsFilterByTypeActorRecipientDateFactualityAndSource() throws Exception {
    assertThat(json("/api/events?type=AID").get("total").asInt()).isEqualTo(5);
    assertThat(json("/api/events?type=AID,SANCTION").get("total").asInt()).isEqualTo(8);
    assertThat(json("/api/events?actor=PRK&recipient=RUS").get("total").asInt()).isEqualTo(5);
    String korId = json("/api/events?actor=KOR").get("items").get(0).get("actors").get(0).get("id").asText();
    assertThat(korId).startsWith("e");
    assertThat(json("/api/events?actor=" + korId).get("total").asInt()).isEqualTo(3);
    assertThat(json("/api/events?actor=kor").get("total").asInt()).isEqualTo(3);
    assertThat(json("/api/events?recipient=PRK&from=2023-12&to=2023-12").get("total").asInt()).isEqualTo(2);
    assertThat(json("/api/events?factuality=probable").get("items").get(0).get("documentId").asText())
        .isEqualTo("05-defence24-rusi");
    assertThat(json("/api/events?source=TVN24").get("total").asInt()).isEqualTo(1);
    assertThat(json("/api/events?actor=ZZZ").get("total").asInt()).isZero();
    JsonNode e = json("/api/events?type=AID&actor=PRK&size=1").get("items").get(0);
    assertThat(e.get("actors").get(0).get("code").asText()).isEqualTo("PRK");
    assertThat(e.get("recipients").get(0).get("code").asText()).isEqualTo("RUS");
    assertThat(e.get("evidence").get(0).get("text").asText()).contains(e.get("trigger").get("text").asText());
  }

  @Test
  void eventsExportAsCsvAndJsonl() throws Exception {
    Answer csv = get("/api/events.csv?type=AID");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("id,document,event,type");
    assertThat(lines).hasSize(6);
    assertThat(csv.body()).contains("Korea Północna").contains("PRK");
    Answer viaParam = get("/api/events?type=AID&format=csv");
    assertThat(viaParam.body()).isEqualTo(csv.body());
    Answer jsonl = get("/api/events.jsonl?actor=KOR");
    assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
    String[] rows = jsonl.body().strip().split("\n");
    assertThat(rows).hasSize(3);
    for (String r : rows) {
      assertThat(mapper.readTree(r).get("type").asText()).isEqualTo("SANCTION");
    }
    assertThat(get("/api/events.jsonl?actor=KOR&limit=2").body().strip().split("\n")).hasSize(2);
  }

  // ---- clusters ----

  @Test
  void republishedWireStoriesCountAsOneOriginInTheirCluster() throws Exception {
    JsonNode list = json("/api/clusters?type=AID&actor=PRK");
    assertThat(list.get("total").asInt()).isEqualTo(1);
    JsonNode c = list.get("items").get(0);
    assertThat(c.get("reports").asInt()).isEqualTo(5);
    assertThat(c.get("origins").asInt()).isEqualTo(3);
    JsonNode detail = json("/api/clusters/" + c.get("id").asText());
    List<String> origins = field(detail.get("origins"), "name");
    assertThat(origins).containsExactly("Reuters", "Biały Dom", "RUSI");
    JsonNode reuters = detail.get("origins").get(0);
    List<String> reutersDocs = new ArrayList<>();
    reuters.get("documents").forEach(n -> reutersDocs.add(n.asText()));
    assertThat(reutersDocs).containsExactly("01-reuters-korea-kontenery", "02-kresy-reuters-pjongjang", "03-onet-reuters-pjongjang");
    assertThat(reuters.get("reports").asInt()).isEqualTo(3);
    assertThat(detail.get("reports").get("total").asInt()).isEqualTo(5);
    for (JsonNode r : detail.get("reports").get("items")) {
      assertThat(r.get("evidence").get(0).get("text").asText()).isNotBlank();
    }
    assertThat(json("/api/clusters?minOrigins=3").get("total").asInt()).isEqualTo(1);
    assertThat(json("/api/clusters?minOrigins=2&sort=origins").get("total").asInt()).isEqualTo(2);
  }

  @Test
  void sanctionReportsDaysApartAreOneEventAndMonthsApartAreTwo() throws Exception {
    JsonNode list = json("/api/clusters?type=SANCTION&sort=recent");
    assertThat(list.get("total").asInt()).isEqualTo(2);
    assertThat(field(list.get("items"), "reports")).containsExactly("1", "2");
  }

  // ---- aggregates ----

  @Test
  void timelineCountsEventsPerMonthAndWeek() throws Exception {
    JsonNode months = json("/api/timeline?interval=month");
    List<String> buckets = new ArrayList<>();
    for (JsonNode b : months.get("buckets")) {
      buckets.add(b.get("bucket").asText() + " " + b.get("type").asText() + " " + b.get("events").asInt() + "/" + b.get("clusters").asInt());
    }
    assertThat(buckets).contains("2023-09 AID 4/1", "2023-10 AID 1/1", "2023-12 SANCTION 2/1", "2024-02 SANCTION 1/1");
    JsonNode weeks = json("/api/timeline?interval=week&type=SANCTION");
    assertThat(field(weeks.get("buckets"), "bucket")).containsExactly("2023-W48", "2024-W07");
  }

  @Test
  void graphLinksActorsToRecipientsByEventType() throws Exception {
    JsonNode g = json("/api/graph");
    JsonNode edge = g.get("edges").get(0);
    assertThat(edge.get("type").asText()).isEqualTo("AID");
    assertThat(edge.get("events").asInt()).isEqualTo(5);
    assertThat(edge.get("clusters").asInt()).isEqualTo(1);
    List<String> nodes = field(g.get("nodes"), "id");
    assertThat(nodes).contains(edge.get("source").asText(), edge.get("target").asText());
    Iterator<JsonNode> it = g.get("nodes").elements();
    while (it.hasNext()) {
      assertThat(it.next().get("name").asText()).isNotBlank();
    }
    assertThat(json("/api/graph?type=SANCTION").get("edges")).hasSize(1);
  }

  // ---- errors and description ----

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/events?from=notadate", "/api/events?to=2023-13", "/api/events?type=DANCE", "/api/documents?page=-1",
      "/api/documents?page=0", "/api/documents?size=0", "/api/documents?size=100000", "/api/events?page=x",
      "/api/events?factuality=maybe", "/api/events?from=2024-01-01&to=2023-01-01", "/api/search",
      "/api/search?q=korea&factuality=maybe",
      "/api/search?q=%22%22", "/api/documents?page=1&offset=0", "/api/timeline?interval=year",
      "/api/clusters?sort=best", "/api/graph?limit=0", "/api/events?format=xml", "/api/events.csv?offset=-1",
      "/api/entities/x?page=-2"})
  void badParametersAre400ProblemDetails(String path) throws Exception {
    Answer a = get(path);
    assertThat(a.status()).as(path + " -> " + a.body()).isEqualTo(400);
    assertThat(a.contentType()).startsWith("application/problem+json");
    JsonNode p = mapper.readTree(a.body());
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("title").asText()).isEqualTo("Bad Request");
    assertThat(p.get("type").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/documents/nope", "/api/entities/nope", "/api/clusters/nope", "/api/nothing-here"})
  void unknownIdsAndPathsAre404ProblemDetails(String path) throws Exception {
    Answer a = get(path);
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.contentType()).startsWith("application/problem+json");
    JsonNode p = mapper.readTree(a.body());
    assertThat(p.get("status").asInt()).isEqualTo(404);
    assertThat(p.get("detail").asText()).isNotBlank();
  }

  @Test
  void theOpenApiDescriptionCoversEveryRoute() throws Exception {
    JsonNode doc = json("/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.0");
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    List<String> routes = app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(h -> h.getEndpoint().getPath()).distinct().toList();
    assertThat(paths).containsExactlyInAnyOrderElementsOf(routes);
  }

  @Test
  void statsCountTheStore() throws Exception {
    JsonNode s = json("/api/stats");
    assertThat(s.get("documents").asInt()).isEqualTo(10);
    assertThat(s.get("dupGroups").asInt()).isEqualTo(9);
  }
}
