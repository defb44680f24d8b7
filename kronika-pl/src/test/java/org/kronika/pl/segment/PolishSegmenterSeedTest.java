package org.kronika.pl.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.kronika.core.OffsetChecks;

/** Segments the seed article from {@code ../shared/seed}; skips when it is absent. */
class PolishSegmenterSeedTest {
  private static final String SEED = "seed/000_283374f547e374f2.txt";
  private static final String HEADER = "date 2023-11 ";
  private static final String BYLINE = "Kresy.pl/Reuters";

  private static String seedText() throws IOException {
    String shared = System.getProperty("kronika.shared");
    Assumptions.assumeTrue(shared != null, "kronika.shared not set");
    Path p = Path.of(shared).resolve(SEED);
    Assumptions.assumeTrue(Files.isRegularFile(p), "seed absent: " + p);
    String raw = Files.readString(p, StandardCharsets.UTF_8);
    int from = raw.indexOf(HEADER);
    int to = raw.lastIndexOf(BYLINE);
    assertThat(from).isGreaterThanOrEqualTo(0);
    assertThat(to).isGreaterThan(from);
    return raw.substring(from + HEADER.length(), to).strip();
  }

  @Test
  void seedHasTitlePlusTwentySentencesWithExactOffsets() throws IOException {
    String text = seedText();
    AnnotatedDocument ad =
        new PolishSegmenter().annotate(AnnotatedDocument.of(new Document(null, "pl", null, null, null, null, null, text)));
    assertThat(OffsetChecks.violations(ad)).isEmpty();

    List<String> sentences = new ArrayList<>();
    for (Sentence s : ad.sentences()) {
      sentences.add(text.substring(s.start(), s.end()));
    }
    assertThat(sentences).hasSize(21);
    assertThat(sentences.get(0)).startsWith("Sekretarz stanu USA").endsWith("między Koreą Północną a Rosją.");
    assertThat(sentences.get(1)).startsWith("Jak przekazała agencja prasowa Reuters");
    assertThat(sentences).anySatisfy(s -> assertThat(s).contains("omawiali tzw. strategię"));
    assertThat(sentences).anySatisfy(s -> assertThat(s).contains("m.in. wsparcie finansowe"));
    assertThat(sentences).anySatisfy(s -> assertThat(s).contains("październiku br. stacja"));
    assertThat(sentences).anySatisfy(s -> assertThat(s).contains("wrześniu br. Korea Północna wysłała"));
    assertThat(sentences).anySatisfy(s -> assertThat(s).contains("Korei Płn. dla Rosji"));
    assertThat(sentences).contains(
        "„Pracujemy nad… zidentyfikowaniem, ujawnieniem i, jeśli to konieczne, przeciwstawieniem się"
            + " tym wysiłkom”.",
        "To tam, koleją, trafiają kontenery.");
    assertThat(sentences).anySatisfy(s -> assertThat(s)
        .startsWith("„Mamy poważne obawy").endsWith("w stolicy Korei Południowej."));

    // Every token is exact: no whitespace inside, and the text between tokens is only whitespace.
    int prev = 0;
    for (Token t : ad.tokens()) {
      assertThat(text.substring(prev, t.start())).isBlank();
      assertThat(t.text(text)).doesNotContainAnyWhitespaces();
      prev = t.end();
    }
    assertThat(text.substring(prev)).isBlank();
    List<String> words = ad.tokens().stream().map(t -> t.text(text)).toList();
    assertThat(words).contains("br.", "m.in.", "tzw.", "Płn.", "WaPo", "…", "„", "”", "–", "300", "km");
    assertThat(words).containsSubsequence("wysiłkom", "”", ".");
  }
}
