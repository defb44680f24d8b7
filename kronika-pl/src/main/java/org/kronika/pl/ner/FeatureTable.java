package org.kronika.pl.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The classifier's weights keyed by 64-bit feature keys ({@link FeatureKey}), compact so that it
 * stays in cache, and as integers so that summing them is exact and cheap.
 *
 * <p>Weights are stored as {@code int} multiples of {@code 1 / }{@link #scale()}: an OpenNLP
 * averaged perceptron's weights are all exact multiples of a small fraction (1/40 for the earlier
 * per-token model), which the builder finds, so a score summed here is the exact sum of the
 * classifier's weights (the classifier itself sums doubles, whose rounding can differ in the last
 * bits). Weights with no such fraction (a maxent model, or the mean of structured-perceptron runs
 * as shipped now) are rounded to a power-of-two scale that keeps about 24 significant bits of the
 * largest weight; sums then stay well inside {@code int} for a few hundred features.
 *
 * <p>Layout: an open-addressing table of two {@code long}s per slot, load factor at most 0.7. The
 * first holds a 32-bit fingerprint of the mixed key and either the row itself, when it is small
 * (at most four outcomes below 32, weights that fit 16 bits: the outcome indices here, the weights
 * in the second long), or where the row starts in {@link #rows} (header, outcome indices as bytes,
 * weights). Most features have rows of two to four outcomes, so a look-up usually costs one
 * cache line. The slot index comes from the mixed key's low 32 bits and the fingerprint from its
 * high 32, so a feature the classifier lacks is taken for one it has only when about 32 +
 * log2(slots) bits agree (about once in 2^49 look-ups); two model features a look-up could
 * confuse fail the build. Built once ({@link Builder}); immutable and thread-safe.
 */
final class FeatureTable {
  private static final long FP = 0xffffffff00000000L;
  private static final int OCCUPIED = 1;
  private static final int INLINE = 2;
  private static final int MAX_INLINE = 4;
  /**
   * Per slot two longs: fingerprint (high 32 bits) | info (low 32 bits), then inline weights. Info:
   * bit 0 occupied, bit 1 inline; inline: bits 2–4 the outcome count n, bits 5+5j outcome j, and
   * weight j in bits 16j of the second long; otherwise bits 2–31 the row's offset in {@link #rows}.
   */
  private final long[] slots;
  private final int capacity;
  /**
   * Per row: a header n, then (when n > 0) n outcome indices, four bytes to an int, then n
   * weights. A row over all outcomes in order (outcome j at position j) has header -n and only
   * its n weights, summed without indirection.
   */
  private final int[] rows;
  private final double scale;

  private FeatureTable(long[] slots, int[] rows, double scale) {
    this.slots = slots;
    this.capacity = slots.length / 2;
    this.rows = rows;
    this.scale = scale;
  }

  /** Integer weights are multiples of {@code 1 / scale}. */
  double scale() {
    return scale;
  }

  private static int home(long mixed, int capacity) {
    return (int) (((mixed & 0xffffffffL) * capacity) >>> 32);
  }

  /** A handle on a key's row (for {@link #addRow}), or -1 when the classifier has no such feature. */
  int row(long key) {
    long m = FeatureKey.mix(key);
    long fp = m & FP;
    long[] t = slots;
    int s = home(m, capacity);
    while (true) {
      long at = t[2 * s];
      if (at == 0) {
        return -1;
      }
      if ((at & FP) == fp) {
        return s;
      }
      s = s + 1 == capacity ? 0 : s + 1;
    }
  }

  /** Adds a row's weights to the per-outcome scores (nothing for row -1). */
  void addRow(int row, int[] scores) {
    if (row < 0) {
      return;
    }
    int info = (int) slots[2 * row];
    if ((info & INLINE) != 0) {
      long w = slots[2 * row + 1];
      int n = (info >>> 2) & 7;
      for (int j = 0; j < n; j++) {
        scores[(info >>> (5 + 5 * j)) & 31] += (short) (w >>> (16 * j));
      }
      return;
    }
    int[] r = rows;
    int at = info >>> 2;
    int n = r[at];
    if (n < 0) {
      for (int j = 0, w = at + 1; j < -n; j++) {
        scores[j] += r[w + j];
      }
      return;
    }
    int o = at + 1;
    for (int j = 0, w = o + ((n + 3) >>> 2); j < n; j++) {
      scores[(r[o + (j >>> 2)] >>> ((j & 3) << 3)) & 0xff] += r[w + j];
    }
  }

  void add(long key, int[] scores) {
    addRow(row(key), scores);
  }

  /** Collects rows; two features the table cannot tell apart (a hash collision) are an error. */
  static final class Builder {
    private record Row(long key, int[] outcomes, double[] weights) {}

    /** Largest integer weight: sums of a few hundred stay inside {@code int}. */
    private static final double MAX_INT_WEIGHT = 1 << 23;

    private final List<Row> rows = new ArrayList<>();

    void add(long key, int[] outcomes, double[] weights) {
      for (int o : outcomes) {
        if (o < 0 || o > 0xff) {
          throw new IllegalArgumentException("outcome index out of range: " + o);
        }
      }
      rows.add(new Row(key, outcomes.clone(), weights.clone()));
    }

    /** Outcomes 0, 1, …, n-1 in order (n > 0). */
    private static boolean dense(int[] outcomes) {
      for (int j = 0; j < outcomes.length; j++) {
        if (outcomes[j] != j) {
          return false;
        }
      }
      return outcomes.length > 0;
    }

    /** A small row's two slot words (info without fingerprint, weights), or null. */
    private static long[] inline(Row r, double scale) {
      int n = r.outcomes.length;
      if (n > MAX_INLINE) {
        return null;
      }
      long info = OCCUPIED | INLINE | (n << 2);
      long weights = 0;
      for (int j = 0; j < n; j++) {
        long w = (long) Math.rint(r.weights[j] * scale);
        if (r.outcomes[j] > 31 || w != (short) w) {
          return null;
        }
        info |= (long) r.outcomes[j] << (5 + 5 * j);
        weights |= (w & 0xffff) << (16 * j);
      }
      return new long[] {info, weights};
    }

    private static boolean integral(double w, double scale) {
      double x = w * scale;
      return Math.abs(x - Math.rint(x)) <= 1e-6 && Math.abs(x) <= MAX_INT_WEIGHT;
    }

    /**
     * The smallest d ≤ 4096 with every weight an integer multiple of 1/d (tried on the first
     * weights, then checked on all); otherwise a power of two for about 24 significant bits.
     */
    private double scale() {
      double max = 0;
      List<Double> sample = new ArrayList<>();
      for (Row r : rows) {
        for (double w : r.weights) {
          max = Math.max(max, Math.abs(w));
          if (sample.size() < 4096) {
            sample.add(w);
          }
        }
      }
      candidates:
      for (int d = 1; d <= 4096; d++) {
        for (double w : sample) {
          if (!integral(w, d)) {
            continue candidates;
          }
        }
        for (Row r : rows) {
          for (double w : r.weights) {
            if (!integral(w, d)) {
              continue candidates;
            }
          }
        }
        return d;
      }
      return max == 0 ? 1 : Math.scalb(1.0, Math.getExponent(MAX_INT_WEIGHT / max));
    }

    FeatureTable build() {
      return build(scale());
    }

    /** With a given scale (another table's, so that their sums add up). */
    FeatureTable build(double scale) {
      List<Row> sorted = new ArrayList<>(rows);
      sorted.sort(Comparator.comparingInt((Row r) -> -r.outcomes.length));
      int cap = Math.max(4, sorted.size() * 10 / 7 + 1);
      long[] slots = new long[2 * cap];
      long size = 0;
      for (Row r : sorted) {
        int n = r.outcomes.length;
        if (inline(r, scale) == null) {
          size += 1 + (dense(r.outcomes) ? 0 : (n + 3) / 4) + n;
        }
      }
      if (size > (Integer.MAX_VALUE >>> 2) - 8) {
        throw new IllegalArgumentException("too many weights: " + size);
      }
      int[] data = new int[(int) size];
      int at = 0;
      for (Row r : sorted) {
        long m = FeatureKey.mix(r.key);
        long fp = m & FP;
        int s = home(m, cap);
        while (slots[2 * s] != 0) {
          if ((slots[2 * s] & FP) == fp) {
            // a look-up of this key would stop at the earlier one
            throw new IllegalStateException("feature key " + r.key + " collides with another");
          }
          s = s + 1 == cap ? 0 : s + 1;
        }
        long[] inline = inline(r, scale);
        if (inline != null) {
          slots[2 * s] = fp | inline[0];
          slots[2 * s + 1] = inline[1];
          continue;
        }
        slots[2 * s] = fp | ((long) at << 2) | OCCUPIED;
        int n = r.outcomes.length;
        if (dense(r.outcomes)) {
          data[at++] = -n;
        } else {
          data[at++] = n;
          for (int j = 0; j < n; j++) {
            data[at + (j >>> 2)] |= r.outcomes[j] << ((j & 3) << 3);
          }
          at += (n + 3) >>> 2;
        }
        for (int j = 0; j < n; j++) {
          data[at++] = (int) Math.rint(r.weights[j] * scale);
        }
      }
      return new FeatureTable(slots, data, scale);
    }
  }
}
