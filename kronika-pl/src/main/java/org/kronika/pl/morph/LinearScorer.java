package org.kronika.pl.morph;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A read-only view of a two-outcome OpenNLP model ({@code T}/{@code F}) as one weight per feature,
 * {@code w(T) - w(F)}. For GIS, QN and perceptron models P(T) grows with the sum of these weights,
 * so ranking candidates by the sum picks the same reading as ranking by {@code eval()[T]}, at one
 * hash lookup per feature and no allocation. Immutable and thread-safe.
 */
public final class LinearScorer {
  private final Map<String, Double> weights;

  public LinearScorer(MaxentModel model) {
    AbstractModel m = (AbstractModel) model;
    Object[] data = m.getDataStructures();
    Context[] params = (Context[]) data[0];
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    int t = model.getIndex("T");
    int f = model.getIndex("F");
    Map<String, Double> w = new HashMap<>(pmap.size() * 2);
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
      if (d != 0) {
        w.put(e.getKey(), d);
      }
    }
    if (params == null) {
      throw new IllegalArgumentException("model has no parameters");
    }
    this.weights = Map.copyOf(w);
  }

  public double score(String[] features) {
    double s = 0;
    for (String f : features) {
      Double d = weights.get(f);
      if (d != null) {
        s += d;
      }
    }
    return s;
  }

  public int size() {
    return weights.size();
  }
}
