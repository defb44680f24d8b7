package org.kronika.pl.morph;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A read-only view of a two-outcome OpenNLP model ({@code T}/{@code F}) as one weight per feature
 * hash, {@code w(T) - w(F)}. For GIS, QN and perceptron models P(T) grows with the sum of these
 * weights, so ranking candidates by the sum picks the same reading as ranking by
 * {@code eval()[T]}, at one probe of a primitive hash table per feature and no allocation.
 * Immutable and thread-safe.
 */
public final class LinearScorer {
  /** Open addressing, key and weight bits side by side so a probe touches one cache line. */
  private final long[] table;
  private final int mask;
  private final int size;

  public LinearScorer(MaxentModel model) {
    AbstractModel m = (AbstractModel) model;
    Object[] data = m.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    int t = model.getIndex("T");
    int f = model.getIndex("F");
    int cap = Integer.highestOneBit(Math.max(16, pmap.size() * 2)) << 1;
    long[] ks = new long[cap];
    double[] vs = new double[cap];
    int mk = cap - 1;
    int n = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      Context c = e.getValue();
      double d = 0;
      int[] outcomes = c.getOutcomes();
      double[] ps = c.getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        if (outcomes[k] == t) {
          d += ps[k];
        } else if (outcomes[k] == f) {
          d -= ps[k];
        }
      }
      if (d == 0) {
        continue;
      }
      long h = key(FeatureHash.ofString(e.getKey()));
      int slot = (int) (h ^ (h >>> 32)) & mk;
      while (ks[slot] != 0 && ks[slot] != h) {
        slot = (slot + 1) & mk;
      }
      if (ks[slot] == 0) {
        n++;
      }
      ks[slot] = h;
      vs[slot] += d;
    }
    long[] tb = new long[cap * 2];
    for (int i = 0; i < cap; i++) {
      tb[2 * i] = ks[i];
      tb[2 * i + 1] = Double.doubleToRawLongBits(vs[i]);
    }
    this.table = tb;
    this.mask = mk;
    this.size = n;
  }

  private static long key(long h) {
    return h == 0 ? 1 : h;
  }

  /** The weight of one feature hash, 0 when unseen. */
  public double weight(long featureHash) {
    long h = key(featureHash);
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (true) {
      long k = table[2 * slot];
      if (k == h) {
        return Double.longBitsToDouble(table[2 * slot + 1]);
      }
      if (k == 0) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  public int size() {
    return size;
  }
}
