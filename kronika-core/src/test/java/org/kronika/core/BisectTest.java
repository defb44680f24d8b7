package org.kronika.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BisectTest {
  @Test
  void findsTheFirstIndexPastThePrefix() {
    int[] starts = {0, 4, 4, 9, 15};
    assertThat(Bisect.first(0, starts.length, i -> starts[i] < 4)).isEqualTo(1);
    assertThat(Bisect.first(0, starts.length, i -> starts[i] < 5)).isEqualTo(3);
    assertThat(Bisect.first(0, starts.length, i -> starts[i] < 0)).isEqualTo(0);
    assertThat(Bisect.first(0, starts.length, i -> starts[i] < 99)).isEqualTo(5);
    assertThat(Bisect.first(2, 4, i -> starts[i] < 99)).isEqualTo(4);
    assertThat(Bisect.first(0, 0, i -> true)).isEqualTo(0);
    assertThat(Bisect.first(0, -1, i -> true)).isEqualTo(0);
  }
}
