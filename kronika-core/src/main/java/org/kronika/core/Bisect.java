package org.kronika.core;

import java.util.function.IntPredicate;

/**
 * Binary search over an index range whose elements are ordered by the test: the lower bound that
 * the layers need on their offset-sorted tokens, spans and time expressions. Stateless.
 */
public final class Bisect {
  private Bisect() {}

  /**
   * The first index in {@code [from, to)} for which {@code before} is false, or {@code to} when
   * there is none; {@code before} must be true on a prefix of the range and false on the rest
   * ({@code i -> tokens.get(i).end() <= offset}: the first token that ends after the offset).
   */
  public static int first(int from, int to, IntPredicate before) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (before.test(mid)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
