package org.kronika.pl.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * A trained name-recognition model: the OpenNLP linear classifier (maxent or perceptron) over
 * {@link NerFeatures}, the label encoding, and a beam-search decoder that respects it.
 *
 * <p>Decoding reads the classifier's parameters directly rather than going through
 * {@code NameFinderME} (which keeps per-call state): the static features' scores are summed once
 * per token and only the previous-label features are added per hypothesis. The model is immutable
 * and {@link #decode} is safe to call from many threads.
 */
public final class NerModel {
  private final AbstractModel model;
  private final LabelCodec codec;
  private final int beamSize;
  private final Map<String, Context> pmap;
  private final Context[] params;
  private final String[] outcomes;

  @SuppressWarnings("unchecked")
  public NerModel(AbstractModel model, LabelCodec codec, int beamSize) {
    this.model = model;
    this.codec = codec;
    this.beamSize = beamSize;
    Object[] ds = model.getDataStructures();
    this.params = (Context[]) ds[0];
    this.pmap = (Map<String, Context>) ds[1];
    this.outcomes = (String[]) ds[2];
  }

  public LabelCodec codec() {
    return codec;
  }

  public int beamSize() {
    return beamSize;
  }

  public AbstractModel classifier() {
    return model;
  }

  /** Writes the classifier (OpenNLP binary format, gzip-compressed). */
  public void writeClassifier(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream dos = new DataOutputStream(gz);
    new GenericModelWriter(model, dos).persist();
    dos.flush();
    gz.finish();
  }

  public static AbstractModel readClassifier(InputStream in) throws IOException {
    return new GenericModelReader(new BinaryFileDataReader(
        new DataInputStream(new GZIPInputStream(in, 1 << 16)))).getModel();
  }

  /** Labels a sentence given its static features ({@link NerFeatures#extract}). */
  public String[] decode(String[][] stat) {
    int n = stat.length;
    int k = outcomes.length;
    if (n == 0) {
      return new String[0];
    }
    // beam entries: score, label history as back-pointers
    List<Hyp> beam = new ArrayList<>(List.of(new Hyp(0, null, null, -1)));
    double[] base = new double[k];
    double[] scores = new double[k];
    for (int i = 0; i < n; i++) {
      Arrays.fill(base, 0);
      for (String f : stat[i]) {
        add(f, base);
      }
      Hyp[] top = new Hyp[beamSize];
      int filled = 0;
      for (Hyp h : beam) {
        String p1 = h.label == null ? "<S>" : h.label;
        String p2 = h.prev == null || h.prev.label == null ? "<S>" : h.prev.label;
        System.arraycopy(base, 0, scores, 0, k);
        add("p1=" + p1, scores);
        add("p2p1=" + p2 + "|" + p1, scores);
        add("p1w=" + p1 + "|" + stat[i][0], scores);
        add("p1c=" + p1 + "|" + stat[i][1], scores);
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
          max = Math.max(max, s);
        }
        double z = 0;
        for (double s : scores) {
          z += Math.exp(s - max);
        }
        double logZ = max + Math.log(z);
        for (int o = 0; o < k; o++) {
          double score = h.score + scores[o] - logZ;
          if (filled == beamSize && score <= top[filled - 1].score) {
            continue;
          }
          String label = outcomes[o];
          if (!codec.allowed(h.label, label) || (i == n - 1 && !codec.canEnd(label))) {
            continue;
          }
          // insert into the sorted top array
          int at = filled < beamSize ? filled++ : beamSize - 1;
          while (at > 0 && top[at - 1].score < score) {
            top[at] = top[at - 1];
            at--;
          }
          top[at] = new Hyp(score, label, h, o);
        }
      }
      if (filled == 0) { // cannot happen with O among the outcomes; be safe
        top[filled++] = new Hyp(beam.get(0).score, LabelCodec.OUT, beam.get(0), -1);
      }
      beam = new ArrayList<>(filled);
      for (int j = 0; j < filled; j++) {
        beam.add(top[j]);
      }
    }
    String[] labels = new String[n];
    Hyp h = beam.get(0);
    for (int i = n - 1; i >= 0; i--) {
      labels[i] = h.label;
      h = h.prev;
    }
    return labels;
  }

  private void add(String feature, double[] scores) {
    Context c = pmap.get(feature);
    if (c == null) {
      return;
    }
    int[] os = c.getOutcomes();
    double[] ps = c.getParameters();
    for (int j = 0; j < os.length; j++) {
      scores[os[j]] += ps[j];
    }
  }

  private record Hyp(double score, String label, Hyp prev, int outcome) implements Comparable<Hyp> {
    @Override
    public int compareTo(Hyp o) {
      return Double.compare(o.score, score);
    }
  }
}
