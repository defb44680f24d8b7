package org.kronika.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user's seed article through the whole CLI: metadata, segmentation and offsets. */
class SeedExtractEval {
  private static JsonNode doc;

  @BeforeAll
  static void extract() throws Exception {
    Path seed = Path.of(System.getProperty("kronika.shared", "../shared"), "seed", "000_283374f547e374f2.txt");
    assumeTrue(Files.isRegularFile(seed), "seed article not present: " + seed);
    CliRunner.Result r = CliRunner.run("extract", "--tokens", seed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    doc = new ObjectMapper().readTree(r.out());
  }

  @Test
  void metadataComesFromTheHeaderAndTheByline() {
    assertThat(doc.get("date").asText()).isEqualTo("2023-11");
    assertThat(doc.get("source").get("publisher").asText()).isEqualTo("Kresy.pl");
    assertThat(doc.get("source").get("credits").get(0).asText()).isEqualTo("Reuters");
    String text = doc.get("text").asText();
    assertThat(text).startsWith(doc.get("title").asText());
    assertThat(text).doesNotContain("Kresy.pl/Reuters");
  }

  @Test
  void titleIsOneSentenceAndTheBodyHasTwenty() {
    JsonNode sentences = doc.get("sentences");
    assertThat(sentences).hasSize(21);
    String text = doc.get("text").asText();
    String title = doc.get("title").asText();
    assertThat(text.substring(sentences.get(0).get("start").asInt(), sentences.get(0).get("end").asInt()))
        .isEqualTo(title);
    for (JsonNode s : sentences) {
      String sentence = text.substring(s.get("start").asInt(), s.get("end").asInt());
      assertThat(sentence).doesNotEndWith("br.").doesNotEndWith("m.in.").doesNotEndWith("tzw.")
          .doesNotEndWith("Płn.").doesNotEndWith("nad…");
    }
  }

  @Test
  void everyTokenOffsetIsExact() {
    String text = doc.get("text").asText();
    for (JsonNode t : doc.get("tokens")) {
      assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
    }
  }

  @Test
  void namedEntitiesHaveBaseFormsAndCodes() {
    java.util.Map<String, String> codeByName = new java.util.HashMap<>();
    java.util.Map<String, String> typeByName = new java.util.HashMap<>();
    String text = doc.get("text").asText();
    for (JsonNode e : doc.get("entities")) {
      String name = e.get("name").asText();
      assertThat(codeByName).as("one entity per name: " + name).doesNotContainKey(name);
      codeByName.put(name, e.get("code").isNull() ? null : e.get("code").asText());
      typeByName.put(name, e.get("type").asText());
      for (JsonNode m : e.get("mentions")) {
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
      }
    }
    for (String person : java.util.List.of("Antony Blinken", "Park Jin", "Kim")) {
      assertThat(typeByName).containsEntry(person, "persName");
    }
    assertThat(codeByName).containsEntry("Korea Północna", "PRK").containsEntry("Korea Południowa", "KOR")
        .containsEntry("Rosja", "RUS").containsEntry("Stany Zjednoczone", "USA").containsEntry("Ukraina", "UKR")
        .containsEntry("Japonia", "JPN").containsEntry("Wielka Brytania", "GBR");
    assertThat(typeByName).containsKeys("Seul", "Kraj Nadmorski", "Tichorieck", "Kraj Krasnodarski",
        "Reuters", "Yonhap", "CBS News", "Biały Dom", "Washington Post", "RUSI");
  }
}
