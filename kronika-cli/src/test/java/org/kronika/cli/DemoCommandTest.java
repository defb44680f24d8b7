package org.kronika.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kronika demo} without a browser: the bundled samples, the temporary store, the served UI. */
class DemoCommandTest {
  private final HttpClient http = HttpClient.newHttpClient();

  static DemoCommand command(String... args) {
    DemoCommand cmd = new DemoCommand();
    new CommandLine(cmd).parseArgs(args);
    return cmd;
  }

  private String get(String url, String accept) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void theBundledStoryHasAtLeastFifteenSeedArticles() throws Exception {
    List<String> names = DemoCommand.bundledNames();
    assertThat(names).hasSizeGreaterThanOrEqualTo(15).allSatisfy(n -> assertThat(n).endsWith(".txt"));
    for (String n : names) {
      String text = new String(DemoCommand.class.getClassLoader().getResourceAsStream(DemoCommand.SAMPLES + n).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).as(n).matches("(?s)date \\d{4}-\\d{2}-\\d{2} \\S.*\\n\\n.*\\n\\n[^\\n]+\\n?");
    }
  }

  @Test
  void demoIngestsTheSamplesServesTheWorkbenchAndRemovesItsStore() throws Exception {
    Path dir;
    try (DemoCommand.Running demo = command("--port", "0", "--threads", "2").start()) {
      dir = demo.dir();
      assertThat(demo.summary().stored()).isEqualTo(DemoCommand.bundledNames().size());
      assertThat(demo.url()).matches("http://127\\.0\\.0\\.1:\\d+/");
      JsonNode stats = new ObjectMapper().readTree(get(demo.url() + "api/stats", "application/json"));
      assertThat(stats.get("documents").asInt()).isEqualTo(18);
      // five republications of wire copy (different bylines, small edits) join their originals' groups
      assertThat(stats.get("dupGroups").asInt()).isEqualTo(13);
      assertThat(get(demo.url(), "text/html")).contains("<html lang=\"pl\">").contains("<meta charset=\"utf-8\">");
      JsonNode hits = new ObjectMapper().readTree(get(demo.url() + "api/search?q=tankowcem", "application/json"));
      assertThat(hits.get("total").asInt()).isGreaterThanOrEqualTo(5);
    }
    assertThat(Files.exists(dir)).isFalse();
  }

  @Test
  void demoWithTheUsersFiles(@TempDir Path in) throws Exception {
    Files.writeString(in.resolve("a.txt"), "date 2025-01-02 Tytuł\n\nPolska i Szwecja podpisały umowę.\n\nPAP\n");
    try (DemoCommand.Running demo = command("--port", "0", in.toString()).start()) {
      assertThat(demo.summary().stored()).isEqualTo(1);
      assertThat(get(demo.url() + "api/stats", "application/json")).contains("\"documents\":1");
    }
  }

  @Test
  void aBadPortIsOneLineAndExitCode2() {
    CliRunner.Result r = CliRunner.run("demo", "--port", "-1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kronika demo: --port must be between 0 and 65535");
  }
}
