package org.kronika.pl.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.TimeExpression;

/** The seed article (dated only to the month): exactly these time expressions, nothing else. */
class SeedTimeTest {

  @Test
  void seedArticle() throws IOException {
    Path seed = Path.of(System.getProperty("kronika.shared", "../shared"), "seed",
        "000_283374f547e374f2.txt");
    assumeThat(seed).exists();
    String raw = Files.readString(seed, StandardCharsets.UTF_8).stripLeading();
    assertThat(raw).startsWith("date ");
    int sp = raw.indexOf(' ', 5);
    String date = raw.substring(5, sp);
    String text = raw.substring(sp + 1);
    Document doc = new Document(null, "pl", date, null, null, null, null, text);
    AnnotatedDocument ad = new TimeAnnotator().annotate(AnnotatedDocument.of(doc));
    List<String> got = ad.times().stream().map(SeedTimeTest::show).toList();
    assertThat(got).containsExactly(
        "w czwartek|2023-11|month|weekday",
        "w czwartek|2023-11|month|weekday",
        "W ubiegłym tygodniu|2023-10/2023-11|month|within",
        "w październiku br.|2023-10|month|null",
        "W tym samym miesiącu|2023-10|month|null",
        "we wrześniu br.|2023-09|month|null",
        "w połowie października|2023-10|month|mid",
        "od sierpnia br.|2023-08/2023-11|month|null");
    for (TimeExpression t : ad.times()) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  private static String show(TimeExpression t) {
    return t.text() + "|" + t.value() + "|" + t.granularity() + "|" + t.mod();
  }
}
