package org.kronika.pl.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * {@link NerFeatures}, the label encoding, and a beam-search decoder that respects it. A classifier
 * trained per token is decoded with per-token log-probabilities; one trained on whole sequences
 * (the shipped structured perceptron, {@code decoding=global}) with sums of raw scores, as in its
 * training.
 *
 * <p>Decoding reads the classifier's parameters directly rather than going through
 * {@code NameFinderME} (which keeps per-call state). At construction the classifier's feature
 * strings are turned into {@link FeatureKey} keys in a {@link FeatureTable}; the previous-label
 * features ({@link NerFeatures#withLabels}) get their own tables indexed by label (and by the
 * token's word or capitalisation key), so the decoder builds no strings: the static features'
 * scores are summed once per token, then each hypothesis adds its four label features. Scores are
 * integers (multiples of a small unit, see {@link FeatureTable}), summed the same way from keys or
 * strings, so decoding keys or strings gives the same labels. The model is immutable and {@link #decode} is safe to call from many threads.
 */
public final class NerModel {
  private final AbstractModel model;
  private final LabelCodec codec;
  private final int beamSize;
  private final String[] outcomes;
  private final FeatureTable table;
  /**
   * The summed weights of {@code p1=} and {@code p2p1=} for each pair of previous labels: k
   * scores at {@code (p2 * (k + 1) + p1) * k} (integers, so the sum is the same in any order).
   */
  private final int[] labelPairs;
  /** {@code p1w=} / {@code p1c=}: keys combining the previous label with the token's feature. */
  private final FeatureTable labelTable;
  /** The tables' integer weights are multiples of {@code 1 / scale}. */
  private final double scale;
  /** {@code exp(-d / scale)} for small score differences d. */
  private final double[] expTable;
  private static final int EXP_TABLE = 2048;
  /** Allowed transitions: [previous outcome + 1][outcome], previous -1 = sentence start. */
  private final boolean[][] allowed;
  private final boolean[] canEnd;

  /** The label index used for "no previous label" ({@code <S>}). */
  private final int start;

  /**
   * Sequence scores are sums of the raw scores ({@code decoding=global}: a classifier trained on
   * whole sequences) rather than of per-token log-probabilities (a classifier trained per token).
   */
  private final boolean global;

  /** A classifier trained per token: decoded with per-token normalised scores. */
  public NerModel(AbstractModel model, LabelCodec codec, int beamSize) {
    this(model, codec, beamSize, false);
  }

  /**
   * @param global the classifier was trained on whole sequences (a structured perceptron): a
   *     sequence scores the sum of its raw scores; otherwise each token's scores are normalised
   *     into log-probabilities first
   */
  @SuppressWarnings("unchecked")
  public NerModel(AbstractModel model, LabelCodec codec, int beamSize, boolean global) {
    this.global = global;
    this.model = model;
    this.codec = codec;
    this.beamSize = beamSize;
    Object[] ds = model.getDataStructures();
    Map<String, Context> pmap = (Map<String, Context>) ds[1];
    this.outcomes = (String[]) ds[2];
    int k = outcomes.length;
    this.start = k;
    Map<String, Integer> labelIndex = new HashMap<>();
    for (int o = 0; o < k; o++) {
      labelIndex.put(outcomes[o], o);
    }
    labelIndex.put(BOUNDARY, start);
    int[] p1Rows = new int[k + 1];
    int[] p2p1Rows = new int[(k + 1) * (k + 1)];
    Arrays.fill(p1Rows, -1);
    Arrays.fill(p2p1Rows, -1);
    FeatureTable.Builder rows = new FeatureTable.Builder();
    FeatureTable.Builder labelRows = new FeatureTable.Builder();
    Map<Integer, String> p1 = new HashMap<>();
    Map<Integer, String> p2p1 = new HashMap<>();
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      String f = e.getKey();
      Context c = e.getValue();
      rows.add(FeatureKey.of(f), c.getOutcomes(), c.getParameters());
      if (f.startsWith("p1=")) {
        Integer l = labelIndex.get(f.substring(3));
        if (l != null) {
          p1.put(l, f);
        }
      } else if (f.startsWith("p2p1=")) {
        int bar = f.indexOf('|');
        Integer l2 = bar < 0 ? null : labelIndex.get(f.substring(5, bar));
        Integer l1 = bar < 0 ? null : labelIndex.get(f.substring(bar + 1));
        if (l2 != null && l1 != null) {
          p2p1.put(l2 * (k + 1) + l1, f);
        }
      } else if (f.startsWith("p1w=") || f.startsWith("p1c=")) {
        int bar = f.indexOf('|');
        Integer l = bar < 0 ? null : labelIndex.get(f.substring(4, bar));
        if (l != null) {
          labelRows.add(labelKey(f.charAt(2), l, FeatureKey.of(f.substring(bar + 1))),
              c.getOutcomes(), c.getParameters());
        }
      }
    }
    this.table = rows.build();
    this.labelTable = labelRows.build(table.scale());
    this.scale = table.scale();
    this.expTable = new double[EXP_TABLE];
    for (int d = 0; d < EXP_TABLE; d++) {
      expTable[d] = Math.exp(-d / scale);
    }
    p1.forEach((l, f) -> p1Rows[l] = table.row(FeatureKey.of(f)));
    p2p1.forEach((l, f) -> p2p1Rows[l] = table.row(FeatureKey.of(f)));
    this.labelPairs = new int[(k + 1) * (k + 1) * k];
    int[] pair = new int[k];
    for (int l2 = 0; l2 <= k; l2++) {
      for (int l1 = 0; l1 <= k; l1++) {
        Arrays.fill(pair, 0);
        table.addRow(p1Rows[l1], pair);
        table.addRow(p2p1Rows[l2 * (k + 1) + l1], pair);
        System.arraycopy(pair, 0, labelPairs, (l2 * (k + 1) + l1) * k, k);
      }
    }
    this.allowed = new boolean[k + 1][k];
    this.canEnd = new boolean[k];
    for (int o = 0; o < k; o++) {
      allowed[0][o] = codec.allowed(null, outcomes[o]);
      for (int p = 0; p < k; p++) {
        allowed[p + 1][o] = codec.allowed(outcomes[p], outcomes[o]);
      }
      canEnd[o] = codec.canEnd(outcomes[o]);
    }
  }

  private static final String BOUNDARY = "<S>";

  /** Key of {@code p1w=} ({@code kind} 'w') or {@code p1c=} ('c') for a label and token feature. */
  private static long labelKey(char kind, int label, long tokenFeature) {
    return FeatureKey.mix(tokenFeature) + (label + 1) * 0x9E3779B97F4A7C15L
        + (kind == 'w' ? 0x632BE59BD9B4E019L : 0x2545F4914F6CDD1DL);
  }

  /** The values of the classifier's features named {@code prefix + value} ({@code "w="}: words). */
  @SuppressWarnings("unchecked")
  public List<String> featureValues(String prefix) {
    List<String> values = new ArrayList<>();
    for (String f : ((Map<String, Context>) model.getDataStructures()[1]).keySet()) {
      if (f.startsWith(prefix)) {
        values.add(f.substring(prefix.length()));
      }
    }
    return values;
  }

  public LabelCodec codec() {
    return codec;
  }

  public int beamSize() {
    return beamSize;
  }

  /** Whether sequences are scored by raw score sums (a classifier trained on whole sequences). */
  public boolean global() {
    return global;
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
    int[] starts = new int[n + 1];
    for (int i = 0; i < n; i++) {
      starts[i + 1] = starts[i] + stat[i].length;
    }
    long[] keys = new long[starts[n]];
    for (int i = 0, j = 0; i < n; i++) {
      for (String f : stat[i]) {
        keys[j++] = FeatureKey.of(f);
      }
    }
    return decode(new NerFeatures.Keys(keys, starts));
  }

  /** Labels a sentence given its static feature keys ({@link NerFeatures#extractKeys}). */
  String[] decode(NerFeatures.Keys stat) {
    int[] starts = stat.starts();
    long[] keys = stat.keys();
    int n = starts.length - 1;
    int k = outcomes.length;
    if (n == 0) {
      return new String[0];
    }
    // beam entries: score, label history as back-pointers
    Hyp[] beam = {new Hyp(0, start, null)};
    int beamLen = 1;
    int[] base = new int[k];
    int[] scores = new int[k];
    Hyp[] top = new Hyp[beamSize];
    int[] rows = new int[256];
    int[][] own = stat.own();
    for (int i = 0; i < n; i++) {
      if (own[i] == null) {
        Arrays.fill(base, 0);
      } else {
        System.arraycopy(own[i], 0, base, 0, k);
      }
      addAll(keys, starts[i], starts[i + 1], base, rows);
      long word = keys[starts[i]];
      long cap = keys[starts[i] + 1];
      int filled = 0;
      for (int b = 0; b < beamLen; b++) {
        Hyp h = beam[b];
        // every candidate scores at most h.score (its log-probability is at most 0): when that
        // cannot enter a full beam, neither can anything after it (the beam is sorted)
        if (!global && filled == beamSize && h.score <= top[filled - 1].score) {
          break;
        }
        int p1 = h.label;
        int p2 = h.prev == null ? start : h.prev.label;
        for (int o = 0, at = (p2 * (k + 1) + p1) * k; o < k; o++) {
          scores[o] = base[o] + labelPairs[at + o];
        }
        labelTable.add(labelKey('w', p1, word), scores);
        labelTable.add(labelKey('c', p1, cap), scores);
        int max = 0;
        double logZ = 0;
        if (!global) {
          max = Integer.MIN_VALUE;
          for (int s : scores) {
            max = Math.max(max, s);
          }
          double z = 0;
          for (int s : scores) {
            z += exp(max - s);
          }
          logZ = Math.log(z);
        }
        boolean[] allowedAfter = allowed[p1 == start ? 0 : p1 + 1];
        for (int o = 0; o < k; o++) {
          double score = h.score + ((scores[o] - max) / scale - logZ);
          if (filled == beamSize && score <= top[filled - 1].score) {
            continue;
          }
          if (!allowedAfter[o] || (i == n - 1 && !canEnd[o])) {
            continue;
          }
          // insert into the sorted top array
          int at = filled < beamSize ? filled++ : beamSize - 1;
          while (at > 0 && top[at - 1].score < score) {
            top[at] = top[at - 1];
            at--;
          }
          top[at] = new Hyp(score, o, h);
        }
      }
      if (filled == 0) { // cannot happen with O among the outcomes; be safe
        top[filled++] = new Hyp(beam[0].score, outIndex(), beam[0]);
      }
      beam = Arrays.copyOf(top, filled);
      beamLen = filled;
    }
    String[] labels = new String[n];
    Hyp h = beam[0];
    for (int i = n - 1; i >= 0; i--) {
      labels[i] = h.label == start ? LabelCodec.OUT : outcomes[h.label];
      h = h.prev;
    }
    return labels;
  }

  /**
   * The summed integer scores of some features, one per outcome: what {@link #decode} adds for
   * them, as a token's own features precomputed ({@link NerFeatures.Keys#own}).
   */
  int[] sum(long[] keys) {
    int[] scores = new int[outcomes.length];
    for (long key : keys) {
      table.add(key, scores);
    }
    return scores;
  }

  /** {@code exp(-d / scale)} for an integer score difference d ≥ 0, from a table when small. */
  private double exp(int d) {
    return d < expTable.length ? expTable[d] : Math.exp(-d / scale);
  }

  /** Adds the rows of {@code keys[from, to)}: all look-ups first, so their misses overlap. */
  private void addAll(long[] keys, int from, int to, int[] scores, int[] rows) {
    int[] r = to - from <= rows.length ? rows : new int[to - from];
    for (int j = from; j < to; j++) {
      r[j - from] = table.row(keys[j]);
    }
    for (int j = 0; j < to - from; j++) {
      table.addRow(r[j], scores);
    }
  }

  private int outIndex() {
    for (int o = 0; o < outcomes.length; o++) {
      if (outcomes[o].equals(LabelCodec.OUT)) {
        return o;
      }
    }
    return start;
  }

  /** A beam hypothesis: its score, its label (outcome index; {@code start} before the sentence). */
  private record Hyp(double score, int label, Hyp prev) {}
}
