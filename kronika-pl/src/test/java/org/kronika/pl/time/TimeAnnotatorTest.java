package org.kronika.pl.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Layer;
import org.kronika.api.TimeExpression;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;

class TimeAnnotatorTest {

  private static List<TimeExpression> tag(String text, String date) {
    return TimeTagger.polish().tag(text, date);
  }

  @Test
  void loadsThroughServiceLoader() {
    Pipeline p = Pipeline.load("pl", List.of("time"), Config.empty());
    AnnotatedDocument ad = p.annotate(new Document(null, "pl", "2023-11-10", null, null, null, null,
        "Spotkanie odbyło się wczoraj."));
    assertThat(ad.has(Layer.TIMES)).isTrue();
    assertThat(ad.times()).extracting(TimeExpression::value).containsExactly("2023-11-09");
  }

  @Test
  void noDocumentDateMeansUnresolvedNotInvented() {
    List<TimeExpression> t = tag("Wczoraj i 12 listopada 2023 r.", null);
    assertThat(t).hasSize(2);
    assertThat(t.get(0).value()).isNull();
    assertThat(t.get(0).anchor()).isEqualTo("none");
    assertThat(t.get(1).value()).isEqualTo("2023-11-12");
  }

  @Test
  void anaphoraUsesTheStory() {
    List<TimeExpression> t = tag("W marcu 2020 r. wybuchła pandemia. Dzień później... "
        + "W tym samym roku zamknięto szkoły. 5 maja 2021 r. otwarto je, a tydzień później...",
        "2023-11-10");
    assertThat(t).extracting(TimeExpression::value).containsExactly("2020-03", "2020-03/2020-04",
        "2020", "2021-05-05", "2021-05-12");
    assertThat(t.get(2).anchor()).isEqualTo("story");
  }

  @Test
  void futureCueFlipsBareNames() {
    assertThat(tag("W czwartek odbędzie się szczyt.", "2023-11-07").get(0).value())
        .isEqualTo("2023-11-09");
    assertThat(tag("W czwartek odbył się szczyt.", "2023-11-07").get(0).value())
        .isEqualTo("2023-11-02");
  }

  @Test
  void notTimes() {
    for (String s : List.of("trzecia próba zakończy się", "Seul obawia się, iż Kim może",
        "pomóc Północy w osiągnięciu", "to w zasadzie", "Maja Ostaszewska", "o 15 proc.",
        "wzrosła o 3 punkty", "w drugiej połowie meczu")) {
      assertThat(tag(s, "2023-11")).as(s).isEmpty();
    }
  }

  @Test
  void offsetsStayInsideRandomText() {
    Random r = new Random(7);
    String alphabet = "ab wczoraj 12.11.2023 listopada br. o godz. 14.30 - od do ,.;:ąęść0123456789";
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(60);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      int prev = 0;
      for (TimeExpression t : tag(s, "2023-11-10")) {
        assertThat(t.start()).isGreaterThanOrEqualTo(prev);
        assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(s.length());
        assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
        prev = t.end();
      }
    }
  }
}
