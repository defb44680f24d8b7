package org.kronika.pl.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Quantity;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;

class QuantityAnnotatorTest {
  private static final Pipeline PIPELINE =
      Pipeline.load("pl", List.of("segment", "morph", "time", "quantity"), Config.empty());

  private static List<String> quantities(String text) {
    AnnotatedDocument ad = PIPELINE.annotate(new Document(null, "pl", "2023-11", null, null, null, null, text));
    return ad.quantities().stream().map(QuantityAnnotatorTest::show).toList();
  }

  private static String show(Quantity q) {
    String v = q.value() == Math.rint(q.value()) ? String.valueOf((long) q.value()) : String.valueOf(q.value());
    return q.text() + "|" + q.qualifier() + "|" + v + "|" + q.unit();
  }

  @Test
  void issueExamples() {
    assertThat(quantities("Wysłano ponad tysiąc kontenerów.")).containsExactly("ponad tysiąc kontenerów|>|1000|kontener");
    assertThat(quantities("Kursowały dwa statki.")).containsExactly("dwa statki|=|2|statek");
    assertThat(quantities("Odbyły przynajmniej pięć kursów.")).containsExactly("przynajmniej pięć kursów|>=|5|kurs");
    assertThat(quantities("Magazyny leżą niecałe 300 km od granicy.")).containsExactly("niecałe 300 km|<|300|km");
    assertThat(quantities("Przekazano 1,5 mln dolarów.")).containsExactly("1,5 mln dolarów|=|1500000|dolar");
    assertThat(quantities("Wydano ok. 40 mln euro.")).containsExactly("ok. 40 mln euro|~|40000000|euro");
    assertThat(quantities("Zginęło co najmniej 12 osób, a 30 proc. domów zniszczono."))
        .containsExactly("co najmniej 12 osób|>=|12|osoba", "30 proc.|=|30|%");
  }

  @Test
  void notQuantities() {
    // ordinals, dates, "obie strony", "jeden z" and bare numbers are not quantities
    assertThat(quantities("Trzecia próba zakończy się powodzeniem.")).isEmpty();
    assertThat(quantities("We wrześniu 2023 r. i 5 października doszło do ataku.")).isEmpty();
    assertThat(quantities("Kursy w obie strony.")).isEmpty();
    assertThat(quantities("Jeden z urzędników powiedział, że liczba wynosi 7.")).isEmpty();
  }

  @Test
  void offsetsMatchText() {
    String text = "Niemcy przekazały Ukrainie 14 czołgów i blisko 2 mld euro pomocy.";
    AnnotatedDocument ad = PIPELINE.annotate(new Document(null, "pl", "2023-11", null, null, null, null, text));
    for (Quantity q : ad.quantities()) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    assertThat(ad.quantities()).extracting(QuantityAnnotatorTest::show)
        .containsExactly("14 czołgów|=|14|czołg", "blisko 2 mld euro|~|2000000000|euro");
  }
}
