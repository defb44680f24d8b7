package org.kronika.train.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.train.ner.SpanScores.Item;

class SpanScoresTest {
  @Test
  void exactAndOverlap() {
    SpanScores s = new SpanScores();
    s.add(List.of(new Item(0, 10, "persName"), new Item(20, 30, "orgName"), new Item(40, 45, "geogName")),
        List.of(new Item(0, 10, "persName"), new Item(22, 35, "orgName"), new Item(40, 45, "orgName"),
            new Item(50, 60, "placeName")),
        List.of(new Item(49, 55, "-")));
    assertThat(s.f1("persName", true)).isEqualTo(1.0);
    assertThat(s.f1("orgName", true)).isEqualTo(0.0);
    assertThat(s.f1("orgName", false)).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    // overall: pred 3 (placeName ignored), gold 3; exact 1, overlap 2
    assertThat(s.f1(null, true)).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(s.f1(null, false)).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void overlapIsOneToOne() {
    SpanScores s = new SpanScores();
    s.add(List.of(new Item(0, 10, "orgName")),
        List.of(new Item(0, 4, "orgName"), new Item(5, 10, "orgName")));
    assertThat(s.f1(null, false)).isCloseTo(2 * 0.5 * 1 / 1.5, within(1e-9));
  }

  @Test
  void actorNames() {
    assertThat(GazetteerCompiler.actorName("UNITED_NATIONS_CHILDREN'S_FUND_\t[IGOUNOKID]# x"))
        .isEqualTo("united nations children s fund");
    assertThat(GazetteerCompiler.actorName("CONSCIENTIOUS_ARSONISTS_(CA)_ [GRCREB] #  kkl"))
        .isEqualTo("conscientious arsonists");
  }
}
