package org.kronika.pl.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The classifier's weights keyed by 64-bit feature keys ({@link FeatureKey}), compact so that it
 * stays in cache, and as integers so that summing them is exact and cheap.
 *
 * <p>Weights are stored as 16-bit multiples of {@code 1 / }{@link #scale()}. When every weight is
 * an exact multiple of a small fraction that fits (an OpenNLP averaged perceptron's weights are
 * multiples of 1/40, say), the builder finds it and the table's sums are the classifier's exact
 * sums. Otherwise (a maxent model, or the mean of structured-perceptron runs as shipped now) the
 * scale is the largest power of two that keeps the largest weight inside 16 bits: each weight is
 * then within {@code 1 / (2 scale)} of the classifier's, about 2^-16 of the largest weight, and
 * sums of a few hundred stay well inside {@code int}.
 *
 * <p>Layout: an open-addressing table of two {@code long}s per slot, load factor at most 0.7. The
 * first holds a 32-bit fingerprint of the mixed key and either the row itself, when it is small
 * (at most four outcomes below 32: the outcome indices here, the weights in the second long), or
 * where the row starts in {@link #dense}: a row over all outcomes, one {@code short} each, summed
 * in a loop without indirection that the compiler vectorises. Most features have rows of one to
 * four outcomes; the frequent ones are wide, and at two bytes a weight their dense rows stay
 * small. The slot index comes from the mixed key's low 32 bits and the fingerprint from its high
 * 32, so a feature the classifier lacks is taken for one it has only when about 32 + log2(slots)
 * bits agree (about once in 2^49 look-ups); two model features a look-up could confuse fail the
 * build. Built once ({@link Builder}); immutable and thread-safe.
 */
final class FeatureTable {
  private static final long FP = 0xffffffff00000000L;
  private static final int OCCUPIED = 1;
  private static final int INLINE = 2;
  private static final int MAX_INLINE = 4;
  /**
   * Per slot two longs: fingerprint (high 32 bits) | info (low 32 bits), then inline weights. Info:
   * bit 0 occupied, bit 1 inline; inline: bits 2–4 the outcome count n, bits 5+5j outcome j, and
   * weight j in bits 16j of the second long; otherwise bits 2–31 the row's offset in
   * {@link #dense}.
   */
  private final long[] slots;
  private final int capacity;
  /** Wide rows, {@link #width} weights each, outcome j at position j. */
  private final short[] dense;
  /** The number of outcomes: the length of a dense row. */
  private final int width;
  private final double scale;

  private FeatureTable(long[] slots, short[] dense, int width, double scale) {
    this.slots = slots;
    this.capacity = slots.length / 2;
    this.dense = dense;
    this.width = width;
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
    short[] d = dense;
    int at = info >>> 2;
    int n = width;
    for (int j = 0; j < n; j++) {
      scores[j] += d[at + j];
    }
  }

  void add(long key, int[] scores) {
    addRow(row(key), scores);
  }

  /** Collects rows; two features the table cannot tell apart (a hash collision) are an error. */
  static final class Builder {
    private record Row(long key, int[] outcomes, double[] weights) {}

    /** Largest integer weight: one {@code short}. */
    private static final double MAX_INT_WEIGHT = Short.MAX_VALUE;

    private final List<Row> rows = new ArrayList<>();

    void add(long key, int[] outcomes, double[] weights) {
      for (int o : outcomes) {
        if (o < 0 || o > 0xff) {
          throw new IllegalArgumentException("outcome index out of range: " + o);
        }
      }
      rows.add(new Row(key, outcomes.clone(), weights.clone()));
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
        long w = quantise(r.weights[j], scale);
        if (r.outcomes[j] > 31) {
          return null;
        }
        info |= (long) r.outcomes[j] << (5 + 5 * j);
        weights |= (w & 0xffff) << (16 * j);
      }
      return new long[] {info, weights};
    }

    private static short quantise(double w, double scale) {
      return (short) Math.max(-MAX_INT_WEIGHT, Math.min(MAX_INT_WEIGHT, Math.rint(w * scale)));
    }

    private static boolean integral(double w, double scale) {
      double x = w * scale;
      return Math.abs(x - Math.rint(x)) <= 1e-6 && Math.abs(x) <= MAX_INT_WEIGHT;
    }

    /**
     * The smallest d ≤ 4096 with every weight an integer multiple of 1/d that fits 16 bits (tried
     * on the first weights, then checked on all); otherwise the largest power of two that keeps
     * the largest weight inside 16 bits.
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
      int width = 0;
      for (Row r : rows) {
        for (int o : r.outcomes) {
          width = Math.max(width, o + 1);
        }
      }
      // wide rows (the frequent features) first: they get their home slots, the shortest probes
      List<Row> sorted = new ArrayList<>(rows);
      sorted.sort(Comparator.comparingInt((Row r) -> -r.outcomes.length));
      int cap = Math.max(4, sorted.size() * 10 / 7 + 1);
      long[] slots = new long[2 * cap];
      long size = 0;
      for (Row r : sorted) {
        if (inline(r, scale) == null) {
          size += width;
        }
      }
      if (size > (Integer.MAX_VALUE >>> 2) - 8) {
        throw new IllegalArgumentException("too many weights: " + size);
      }
      short[] data = new short[(int) size];
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
        for (int j = 0; j < r.outcomes.length; j++) {
          data[at + r.outcomes[j]] = quantise(r.weights[j], scale);
        }
        at += width;
      }
      return new FeatureTable(slots, data, width, scale);
    }
  }
}
