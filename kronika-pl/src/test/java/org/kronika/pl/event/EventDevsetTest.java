package org.kronika.pl.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Pins dev-set precision and recall so a regression fails; prints the per-type table. */
class EventDevsetTest {
  @Test
  void devset() throws IOException {
    EventDevsetEval.Result r = EventDevsetEval.run();
    System.out.print(r.table());
    assertThat(r.passages).isGreaterThanOrEqualTo(60);
    assertThat(r.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(r.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
  }

  static final double PRECISION_FLOOR = 0.95;
  static final double RECALL_FLOOR = 0.95;
}
