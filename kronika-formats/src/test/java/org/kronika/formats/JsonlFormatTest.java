package org.kronika.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kronika.formats.TestInputs.failed;
import static org.kronika.formats.TestInputs.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.api.Source;

class JsonlFormatTest {
  private final JsonlFormat jsonl = new JsonlFormat(new BylineParser());
  private final Origin origin = new Origin("x.jsonl", 7);

  @Test
  void readsAllFields() {
    Document d =
        ok(jsonl.parse(
            "{\"id\":\"a1\",\"date\":\"2013-02-12T04:30:00\",\"title\":\"T\",\"text\":\"Tekst.\","
                + "\"url\":\"https://e.org\",\"source\":\"Kresy.pl/Reuters\",\"lang\":\"pl\",\"extra\":1}",
            origin));
    assertThat(d)
        .isEqualTo(new Document("a1", "pl", "2013-02-12T04:30:00", "T", "https://e.org",
            new Source("Kresy.pl", List.of("Reuters")), origin, "Tekst."));
  }

  @Test
  void minimalRecordHashesItsText() {
    Document d = ok(jsonl.parse("{\"text\":\"  Tekst z odstępami  \"}", origin));
    assertThat(d.id()).isEqualTo(Document.contentHash("  Tekst z odstępami  "));
    assertThat(d.text()).isEqualTo("  Tekst z odstępami  ");
    assertThat(d.source()).isEqualTo(Source.UNKNOWN);
    assertThat(d.date()).isNull();
  }

  @Test
  void sourceObjectAndNumericId() {
    Document d = ok(jsonl.parse("{\"id\":42,\"text\":\"x\",\"source\":{\"publisher\":\"Kresy.pl\",\"credits\":[\"PAP\",\"Reuters\"]}}", origin));
    assertThat(d.id()).isEqualTo("42");
    assertThat(d.source()).isEqualTo(new Source("Kresy.pl", List.of("PAP", "Reuters")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"text\":\"x\"| malformed JSON",
        "{\"text\":\"x\"} trailing| malformed JSON",
        "[1,2]| expected a JSON object, got array",
        "\"text\"| expected a JSON object, got string",
        "{\"id\":\"a\"}| missing or empty \"text\"",
        "{\"text\":\"  \"}| missing or empty \"text\"",
        "{\"text\":5}| \"text\" must be a string, got number",
        "{\"text\":\"x\",\"title\":[]}| \"title\" must be a string, got array",
        "{\"text\":\"x\",\"id\":1.5}| \"id\" must be a string",
        "{\"text\":\"x\",\"source\":3}| \"source\" must be a string or an object",
        "{\"text\":\"x\",\"source\":{\"credits\":\"PAP\"}}| \"source.credits\" must be an array of strings",
        "{\"text\":\"x\",\"date\":\"2023-13\"}| bad \"date\": invalid date '2023-13': month 13",
        "{\"text\":\"x\",\"date\":\"2013-02-12T24:30\"}| hour 24"
      })
  void badLinesFailWithTheirLine(String line, String expected) {
    ReadResult.Failed f = failed(jsonl.parse(line, origin));
    assertThat(f.where()).isEqualTo("x.jsonl:7");
    assertThat(f.message()).contains(expected).doesNotContain("\n");
  }
}
