package org.kronika.pl.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The classifier's weights keyed by 64-bit feature keys ({@link FeatureKey}): an open-addressing
 * table whose slot holds the key and where its row starts, and the rows packed one after another
 * in one array (count, outcome indices, weights), in the order the classifier stored them, so that
 * summing a row adds exactly the same numbers in the same order as the classifier would. A looked-up
 * feature costs about two cache lines (its slot, its row); rows with many outcomes (the frequent
 * features) are packed first, close together. Built once ({@link Builder}); immutable and
 * thread-safe.
 */
final class FeatureTable {
  /** Per slot: the mixed key (0 = empty), then the offset of its row in {@link #rows}. */
  private final long[] slots;
  private final int mask;
  /**
   * Per row: the outcome count n, then n outcome indices and n weights; a row over all outcomes
   * in order (outcome j at position j) is stored as -n and its n weights, summed without
   * indirection.
   */
  private final double[] rows;

  private FeatureTable(long[] slots, double[] rows) {
    this.slots = slots;
    this.mask = slots.length / 2 - 1;
    this.rows = rows;
  }

  private static long slotKey(long key) {
    long m = FeatureKey.mix(key);
    return m == 0 ? 1 : m;
  }

  /** Where a key's row starts, or -1 when the classifier has no such feature. */
  int row(long key) {
    long k = slotKey(key);
    int s = (int) k & mask;
    while (true) {
      long at = slots[2 * s];
      if (at == k) {
        return (int) slots[2 * s + 1];
      }
      if (at == 0) {
        return -1;
      }
      s = (s + 1) & mask;
    }
  }

  /** Adds a row's weights to the per-outcome scores (nothing for row -1). */
  void addRow(int row, double[] scores) {
    if (row < 0) {
      return;
    }
    double[] r = rows;
    int n = (int) r[row];
    if (n < 0) {
      for (int j = 0, w = row + 1; j < -n; j++) {
        scores[j] += r[w + j];
      }
      return;
    }
    for (int j = 0, w = row + 1 + n; j < n; j++) {
      scores[(int) r[row + 1 + j]] += r[w + j];
    }
  }

  void add(long key, double[] scores) {
    addRow(row(key), scores);
  }

  /** Collects rows; a key added twice (a hash collision between two features) is an error. */
  static final class Builder {
    private record Row(long key, int[] outcomes, double[] weights) {}

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

    FeatureTable build() {
      List<Row> sorted = new ArrayList<>(rows);
      sorted.sort(Comparator.comparingInt((Row r) -> -r.outcomes.length));
      // load factor between 0.35 and 0.7: short probes, and a table small enough to stay in cache
      int cap = Integer.highestOneBit(Math.max(4, sorted.size() * 10 / 7)) << 1;
      long[] slots = new long[2 * cap];
      long size = 0;
      for (Row r : sorted) {
        size += 1 + (dense(r.outcomes) ? 0 : r.outcomes.length) + r.outcomes.length;
      }
      if (size > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("too many weights: " + size);
      }
      double[] data = new double[(int) size];
      int at = 0;
      for (Row r : sorted) {
        long k = slotKey(r.key);
        int s = (int) k & (cap - 1);
        while (slots[2 * s] != 0) {
          if (slots[2 * s] == k) {
            throw new IllegalStateException("two features share the 64-bit key " + r.key);
          }
          s = (s + 1) & (cap - 1);
        }
        slots[2 * s] = k;
        slots[2 * s + 1] = at;
        int n = r.outcomes.length;
        if (dense(r.outcomes)) {
          data[at++] = -n;
        } else {
          data[at++] = n;
          for (int j = 0; j < n; j++) {
            data[at++] = r.outcomes[j];
          }
        }
        for (int j = 0; j < n; j++) {
          data[at++] = r.weights[j];
        }
      }
      return new FeatureTable(slots, data);
    }
  }
}
