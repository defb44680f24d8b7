package org.kronika.pl.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Event;
import org.kronika.api.Quantity;
import org.kronika.api.Span;
import org.kronika.core.RandomText;

/** On any input: no exception, offsets inside the text, triggers inside their evidence, valid ids. */
class EventFuzzTest {
  private static final String[] NEWSY = {
    "Rosja zaatakowała Kijów. ", "Według Reuters Iran wysłał Rosji drony. ", "„Nie” – powiedział Blinken. ",
    "Jak podaje PAP, ", "że ", ", który ", "ponad tysiąc ", "nie ", "miała ", "Moskwa ", "Korea Północna ",
    "dostarcza ", "Rosji ", "broń", ": „", "”", " – ", ", aby pomóc Ukrainie", "Seul obawia się, iż ",
  };

  @Test
  void randomText() {
    Random r = new Random(7);
    for (int i = 0; i < 150; i++) {
      StringBuilder b = new StringBuilder();
      int pieces = 1 + r.nextInt(12);
      for (int k = 0; k < pieces; k++) {
        b.append(r.nextBoolean() ? NEWSY[r.nextInt(NEWSY.length)] : RandomText.next(r, 3));
      }
      String text = b.toString();
      if (text.isBlank()) {
        continue;
      }
      AnnotatedDocument ad = EventTestPipeline.get().annotate(text, r.nextBoolean() ? "2024-03" : null);
      for (Quantity q : ad.quantities()) {
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      }
      for (Event e : ad.events()) {
        assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
        assertThat(e.evidence()).isNotEmpty();
        assertThat(e.evidence()).anyMatch(s -> s.contains(new Span(e.trigger().start(), e.trigger().end())));
        for (Span s : e.evidence()) {
          assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
        assertThat(!e.actors().isEmpty() || e.explanation().stream().anyMatch(x -> x.startsWith("actor:none(subject is a vehicle"))).isTrue();
        assertThat(e.factuality()).isIn("fact", "probable", "possible", "negated", "unknown");
        for (int q : e.quantities()) {
          assertThat(q).isBetween(0, ad.quantities().size() - 1);
        }
      }
    }
  }
}
