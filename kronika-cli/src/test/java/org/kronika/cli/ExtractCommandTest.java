package org.kronika.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void oneBadDocumentIsReportedAndSkippedWhileTheBatchGoesOn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Ala ma kota. Kot ma Alę.\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x', '\n'});
    Files.writeString(dir.resolve("c.txt"), "", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("extract", "--format", "jsonl", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode doc = mapper.readTree(lines[0]);
    assertThat(doc.get("schema").asText()).isEqualTo("kronika/1");
    assertThat(doc.get("sentences")).hasSize(2);
    assertThat(r.err()).contains("b.txt").contains("c.txt").contains("1 document(s) written, 2 skipped");
  }

  @Test
  void badJsonLinesAreSkippedAndNamedByLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, """
        {"id":"a","date":"2023-11-09","title":"T","text":"Pierwszy tekst."}
        {"id":"b","text":
        {"id":"c","date":"2023-11","text":"Drugi tekst. Zdanie drugie."}
        """, StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("extract", "--format", "jsonl", f.toString());
    assertThat(r.code()).isEqualTo(1);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode c = mapper.readTree(lines[1]);
    assertThat(c.get("id").asText()).isEqualTo("c");
    assertThat(c.get("origin").get("line").asInt()).isEqualTo(3);
    assertThat(r.err()).contains("in.jsonl:2");
  }

  @Test
  void tokenOffsetsPointAtTheTokenText(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Według „Washington Post” m.in. 1,5 mln zł trafiło do Kresy.pl – podano.", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("extract", "--tokens", f.toString());
    assertThat(r.code()).isZero();
    JsonNode doc = mapper.readTree(r.out());
    String text = doc.get("text").asText();
    assertThat(doc.get("tokens").size()).isGreaterThan(10);
    for (JsonNode t : doc.get("tokens")) {
      assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
    }
  }

  @Test
  void unknownAnnotatorIsAClearErrorNotAStackTrace(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Tekst.", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("extract", "--annotators", "segment,nosuch", f.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("nosuch");
  }
}
