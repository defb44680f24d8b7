package org.kronika.train.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import morfologik.stemming.IStemmer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.kronika.pl.ner.DocumentMemory;
import org.kronika.pl.ner.LabelCodec;
import org.kronika.pl.ner.LabelCodec.TokenSpan;
import org.kronika.pl.ner.NerFeatures;

/**
 * Trains the name recogniser's classifier as a structured averaged perceptron (Collins 2002): the
 * weights are learnt for whole label sequences, decoded with the same beam search as at run time,
 * with "max-violation" updates (Huang, Fayong and Guo 2012) so that an update is always made on a
 * prefix the beam got wrong. The features are exactly the recogniser's: the static features of
 * {@link NerFeatures} and the four previous-label features of {@link NerFeatures#withLabels}
 * ({@code p1=}, {@code p2p1=}, {@code p1w=}, {@code p1c=}), so the result is an ordinary OpenNLP
 * {@link PerceptronModel} that {@code NerModel} reads; it must be decoded with sequence scores
 * (sums of raw scores, {@code decoding=global} in {@code ner.properties}) rather than the
 * per-token normalised scores of a model trained one token at a time.
 *
 * <p>Requires the training sentences in document order (document memory features are built from
 * the gold names of earlier sentences, as {@code NerTrainer}'s event stream does). Produces the
 * averaged weights. Single-threaded; deterministic for a given seed. Not thread-safe (a training
 * run is one object's life).
 */
final class SequencePerceptronTrainer {
  private final LabelCodec codec;
  private final int beamSize;
  private final int cutoff;
  private final double prune;
  /**
   * Cost added during training to every label that differs from the gold one (loss-augmented
   * decoding, as in a structured large-margin learner): the weights must beat every wrong labelling
   * by a margin that grows with its mistakes. 0: the plain perceptron.
   */
  private double margin;

  // outcome alphabet
  private String[] outcomes;
  private int k;
  private int start;
  private boolean[][] allowed;
  private boolean[] canEnd;

  // static features (after the cutoff): names and weights [feature * k + outcome]
  private String[] names;
  private double[] w;
  private double[] u;
  // p1= [(p1) * k + o] and p2p1= [((p2 * (k + 1)) + p1) * k + o], p1 = start before the sentence
  private double[] t1;
  private double[] t1u;
  private double[] t2;
  private double[] t2u;
  // p1w= / p1c=: row per (kind, previous label, static feature), created on first update
  private final Map<Long, Integer> labelRows = new HashMap<>();
  private double[] lw = new double[1 << 16];
  private double[] lu = new double[1 << 16];
  private long c = 1;

  /** One sentence: static feature indices per token, gold labels, word and capitalisation feature. */
  private record Sent(int[] feats, int[] starts, int[] gold, int[] word, int[] cap,
      List<TokenSpan> names) {}

  SequencePerceptronTrainer(LabelCodec codec, int beamSize, int cutoff) {
    this(codec, beamSize, cutoff, 0);
  }

  /**
   * @param prune averaged weights smaller than this in magnitude are left out of the model (0:
   *     none); a smaller model is a smaller table for the decoder to search
   */
  SequencePerceptronTrainer(LabelCodec codec, int beamSize, int cutoff, double prune) {
    this.codec = codec;
    this.beamSize = beamSize;
    this.cutoff = cutoff;
    this.prune = prune;
  }

  /** With a training margin (see {@link #margin}); returns this. */
  SequencePerceptronTrainer margin(double margin) {
    this.margin = margin;
    return this;
  }

  /**
   * Trains for {@code epochs} passes over {@code train}, printing the exact-span F1 on {@code dev}
   * (document memory from the gold names, an approximation of run time) after each pass when
   * {@code dev} is not empty, and returns the averaged model after the last pass.
   */
  AbstractModel train(List<NerSample> train, List<NerSample> dev, NerFeatures features,
      IStemmer stemmer, int epochs, long seed) {
    return train(train, dev, features, stemmer, epochs, seed, 1);
  }

  /**
   * As {@link #train(List, List, NerFeatures, IStemmer, int, long)}, {@code runs} times with
   * seeds {@code seed, seed + 1, …} (each its own shuffling of the sentences); the model is the
   * mean of the runs' averaged weights.
   */
  AbstractModel train(List<NerSample> train, List<NerSample> dev, NerFeatures features,
      IStemmer stemmer, int epochs, long seed, int runs) {
    long t0 = System.nanoTime();
    Map<String, Integer> index = new HashMap<>();
    List<String> rawNames = new ArrayList<>();
    int[] counts = new int[1 << 20];
    List<int[][]> rawTrain = extract(train, features, stemmer, index, rawNames, true);
    for (int[][] s : rawTrain) {
      for (int f : s[0]) {
        if (f >= counts.length) {
          counts = Arrays.copyOf(counts, Math.max(f + 1, counts.length * 2));
        }
        counts[f]++;
      }
    }
    int[] remap = new int[rawNames.size()];
    List<String> kept = new ArrayList<>();
    for (int f = 0; f < remap.length; f++) {
      remap[f] = counts[f] >= cutoff ? kept.size() : -1;
      if (remap[f] >= 0) {
        kept.add(rawNames.get(f));
      }
    }
    names = kept.toArray(String[]::new);
    // outcomes: every label the gold data uses
    java.util.TreeSet<String> labels = new java.util.TreeSet<>();
    for (NerSample s : train) {
      labels.addAll(Arrays.asList(codec.encode(s.words().size(), s.names())));
    }
    outcomes = labels.toArray(String[]::new);
    k = outcomes.length;
    start = k;
    Map<String, Integer> outIndex = new HashMap<>();
    for (int o = 0; o < k; o++) {
      outIndex.put(outcomes[o], o);
    }
    allowed = new boolean[k + 1][k];
    canEnd = new boolean[k];
    for (int o = 0; o < k; o++) {
      allowed[start][o] = codec.allowed(null, outcomes[o]);
      for (int p = 0; p < k; p++) {
        allowed[p][o] = codec.allowed(outcomes[p], outcomes[o]);
      }
      canEnd[o] = codec.canEnd(outcomes[o]);
    }
    List<Sent> trainSents = compact(train, rawTrain, remap, outIndex);
    rawTrain = null;
    List<Sent> devSents = dev.isEmpty() ? List.of()
        : compact(dev, extract(dev, features, stemmer, index, rawNames, false), remap, outIndex);
    index = null;
    System.err.printf(Locale.ROOT,
        "sequence perceptron: %d train / %d dev sentences, %d features (cutoff %d), %d labels,"
            + " extracted in %.1fs%n",
        trainSents.size(), devSents.size(), names.length, cutoff, k, (System.nanoTime() - t0) / 1e9);

    Weights sum = null;
    for (int run = 0; run < runs; run++) {
      Weights avg = trainRun(trainSents, devSents, epochs, seed + run);
      sum = sum == null ? avg : add(sum, avg);
    }
    Weights mean = scale(sum, 1.0 / runs);
    if (runs > 1 && !devSents.isEmpty()) {
      System.err.printf(Locale.ROOT, "mean of %d runs: dev exact F1 %.4f%n", runs,
          devF1(devSents, mean));
    }
    return toModel(mean);
  }

  /** One training run from zero weights, shuffled with its own seed; its averaged weights. */
  private Weights trainRun(List<Sent> trainSents, List<Sent> devSents, int epochs, long seed) {
    w = new double[names.length * k];
    u = new double[w.length];
    t1 = new double[(k + 1) * k];
    t1u = new double[t1.length];
    t2 = new double[(k + 1) * (k + 1) * k];
    t2u = new double[t2.length];
    lw = new double[lw.length];
    lu = new double[lu.length];
    c = 1;
    Random random = new Random(seed);
    List<Sent> order = new ArrayList<>(trainSents);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      long e0 = System.nanoTime();
      java.util.Collections.shuffle(order, random);
      int updates = 0;
      for (Sent s : order) {
        if (learn(s)) {
          updates++;
        }
        c++;
      }
      String devScore = "";
      if (!devSents.isEmpty()) {
        Weights avg = averaged();
        devScore = String.format(Locale.ROOT, ", dev exact F1 %.4f", devF1(devSents, avg));
      }
      System.err.printf(Locale.ROOT, "epoch %d: %d updates, %.1fs%s%n", epoch, updates,
          (System.nanoTime() - e0) / 1e9, devScore);
    }
    return averaged();
  }

  private static Weights add(Weights a, Weights b) {
    return new Weights(sum(a.w(), b.w()), sum(a.t1(), b.t1()), sum(a.t2(), b.t2()),
        sum(a.lw(), b.lw()));
  }

  /** Element-wise sum; the label-feature arrays grow between runs, so lengths may differ. */
  private static double[] sum(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a.length >= b.length ? a : b, Math.max(a.length, b.length));
    double[] other = a.length >= b.length ? b : a;
    for (int i = 0; i < other.length; i++) {
      out[i] += other[i];
    }
    return out;
  }

  private static Weights scale(Weights a, double f) {
    return new Weights(times(a.w(), f), times(a.t1(), f), times(a.t2(), f), times(a.lw(), f));
  }

  private static double[] times(double[] a, double f) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] * f;
    }
    return out;
  }

  /** Static feature strings of every sentence as raw indices ({@code [0]}: all, {@code [1]}: starts). */
  private static List<int[][]> extract(List<NerSample> samples, NerFeatures features,
      IStemmer stemmer, Map<String, Integer> index, List<String> rawNames, boolean grow) {
    List<int[][]> out = new ArrayList<>(samples.size());
    DocumentMemory memory = null;
    int doc = -1;
    for (NerSample s : samples) {
      if (s.docIndex() != doc) {
        memory = new DocumentMemory();
        doc = s.docIndex();
      }
      String[][] stat = features.extract(s.words(), null, null, stemmer, memory);
      memory.add(s.words(), s.names());
      int total = 0;
      for (String[] t : stat) {
        total += t.length;
      }
      int[] feats = new int[total];
      int[] starts = new int[stat.length + 1];
      int j = 0;
      for (int i = 0; i < stat.length; i++) {
        for (String f : stat[i]) {
          Integer id = index.get(f);
          if (id == null && grow) {
            id = rawNames.size();
            index.put(f, id);
            rawNames.add(f);
          }
          feats[j++] = id == null ? -1 : id;
        }
        starts[i + 1] = j;
      }
      out.add(new int[][] {feats, starts});
    }
    return out;
  }

  private List<Sent> compact(List<NerSample> samples, List<int[][]> raw, int[] remap,
      Map<String, Integer> outIndex) {
    List<Sent> out = new ArrayList<>(samples.size());
    for (int x = 0; x < samples.size(); x++) {
      NerSample s = samples.get(x);
      int[] rf = raw.get(x)[0];
      int[] rs = raw.get(x)[1];
      int n = rs.length - 1;
      int[] feats = new int[rf.length];
      int[] starts = new int[n + 1];
      int[] word = new int[n];
      int[] cap = new int[n];
      int j = 0;
      for (int i = 0; i < n; i++) {
        // the first two static features are the word (w=) and capitalisation class (c=)
        word[i] = rf[rs[i]] < 0 ? -1 : remap[rf[rs[i]]];
        cap[i] = rf[rs[i] + 1] < 0 ? -1 : remap[rf[rs[i] + 1]];
        for (int y = rs[i]; y < rs[i + 1]; y++) {
          int f = rf[y] < 0 ? -1 : remap[rf[y]];
          if (f >= 0) {
            feats[j++] = f;
          }
        }
        starts[i + 1] = j;
      }
      String[] labels = codec.encode(n, s.names());
      int[] gold = new int[n];
      for (int i = 0; i < n; i++) {
        Integer o = outIndex.get(labels[i]);
        gold[i] = o == null ? outIndex.get(LabelCodec.OUT) : o;
      }
      out.add(new Sent(Arrays.copyOf(feats, j), starts, gold, word, cap, s.names()));
    }
    return out;
  }

  /** The weights a decoder reads: the current ones while training, the averaged ones after. */
  private record Weights(double[] w, double[] t1, double[] t2, double[] lw) {}

  private Weights averaged() {
    return new Weights(average(w, u), average(t1, t1u), average(t2, t2u), average(lw, lu));
  }

  private double[] average(double[] weights, double[] acc) {
    double[] a = new double[weights.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = weights[i] - acc[i] / c;
    }
    return a;
  }

  private record Hyp(double score, int label, Hyp prev, boolean gold) {}

  /** Key of a p1w= (kind 0) or p1c= (kind 1) row. */
  private static long labelKey(int kind, int label, int feature) {
    return ((long) feature << 8) | ((long) label << 1) | kind;
  }

  private int labelRow(int kind, int label, int feature, boolean create) {
    if (feature < 0) {
      return -1;
    }
    Integer r = labelRows.get(labelKey(kind, label, feature));
    if (r == null) {
      if (!create) {
        return -1;
      }
      r = labelRows.size();
      labelRows.put(labelKey(kind, label, feature), r);
      if ((r + 1) * k > lw.length) {
        lw = Arrays.copyOf(lw, lw.length * 2);
        lu = Arrays.copyOf(lu, lu.length * 2);
      }
    }
    return r;
  }

  /**
   * Beam search over a sentence. With {@code maxViolation}, returns the best hypothesis at the step
   * where it beats the gold prefix by the largest margin (null when the gold sequence is never
   * beaten), otherwise the best complete hypothesis.
   */
  private Hyp decode(Sent s, Weights wt, boolean maxViolation) {
    int n = s.starts.length - 1;
    Hyp[] beam = {new Hyp(0, start, null, true)};
    double[] base = new double[k];
    double[] scores = new double[k];
    Hyp[] top = new Hyp[beamSize];
    double goldScore = 0;
    Hyp worst = null;
    double worstViolation = 0;
    for (int i = 0; i < n; i++) {
      Arrays.fill(base, 0);
      for (int y = s.starts[i]; y < s.starts[i + 1]; y++) {
        int at = s.feats[y] * k;
        for (int o = 0; o < k; o++) {
          base[o] += wt.w[at + o];
        }
      }
      int filled = 0;
      for (Hyp h : beam) {
        int p1 = h.label;
        int p2 = h.prev == null ? start : h.prev.label;
        label(scores, base, wt, p1, p2, s.word[i], s.cap[i]);
        for (int o = 0; o < k; o++) {
          if (!allowed[p1][o] || (i == n - 1 && !canEnd[o])) {
            continue;
          }
          double score = h.score + scores[o]
              + (maxViolation && o != s.gold[i] ? margin : 0);
          if (filled == beamSize && score <= top[filled - 1].score) {
            continue;
          }
          int at = filled < beamSize ? filled++ : beamSize - 1;
          while (at > 0 && top[at - 1].score < score) {
            top[at] = top[at - 1];
            at--;
          }
          top[at] = new Hyp(score, o, h, h.gold && o == s.gold[i]);
        }
      }
      beam = Arrays.copyOf(top, filled);
      if (maxViolation) {
        int g1 = i > 0 ? s.gold[i - 1] : start;
        int g2 = i > 1 ? s.gold[i - 2] : start;
        label(scores, base, wt, g1, g2, s.word[i], s.cap[i]);
        goldScore += scores[s.gold[i]];
        double v = beam[0].score - goldScore;
        if (!beam[0].gold && v >= worstViolation) {
          worstViolation = v;
          worst = beam[0];
        }
      }
    }
    return maxViolation ? worst : beam[0];
  }

  /** Scores of every outcome after labels p2, p1: static {@code base} plus the label features. */
  private void label(double[] scores, double[] base, Weights wt, int p1, int p2, int word, int cap) {
    int a1 = p1 * k;
    int a2 = (p2 * (k + 1) + p1) * k;
    int rw = labelRow(0, p1, word, false);
    int rc = labelRow(1, p1, cap, false);
    for (int o = 0; o < k; o++) {
      double sc = base[o] + wt.t1[a1 + o] + wt.t2[a2 + o];
      if (rw >= 0) {
        sc += wt.lw[rw * k + o];
      }
      if (rc >= 0) {
        sc += wt.lw[rc * k + o];
      }
      scores[o] = sc;
    }
  }

  /** One training step on a sentence; whether the weights changed. */
  private boolean learn(Sent s) {
    Hyp worst = decode(s, new Weights(w, t1, t2, lw), true);
    if (worst == null) {
      return false;
    }
    int end = 0;
    for (Hyp h = worst; h.prev != null; h = h.prev) {
      end++;
    }
    int[] pred = new int[end];
    Hyp h = worst;
    for (int i = end - 1; i >= 0; i--) {
      pred[i] = h.label;
      h = h.prev;
    }
    for (int i = 0; i < end; i++) {
      int gp1 = i > 0 ? s.gold[i - 1] : start;
      int gp2 = i > 1 ? s.gold[i - 2] : start;
      int pp1 = i > 0 ? pred[i - 1] : start;
      int pp2 = i > 1 ? pred[i - 2] : start;
      if (s.gold[i] == pred[i] && gp1 == pp1 && gp2 == pp2) {
        continue;
      }
      update(s, i, s.gold[i], gp1, gp2, 1);
      update(s, i, pred[i], pp1, pp2, -1);
    }
    return true;
  }

  private void update(Sent s, int i, int o, int p1, int p2, double d) {
    double cd = c * d;
    for (int y = s.starts[i]; y < s.starts[i + 1]; y++) {
      int at = s.feats[y] * k + o;
      w[at] += d;
      u[at] += cd;
    }
    int a1 = p1 * k + o;
    t1[a1] += d;
    t1u[a1] += cd;
    int a2 = (p2 * (k + 1) + p1) * k + o;
    t2[a2] += d;
    t2u[a2] += cd;
    int rw = labelRow(0, p1, s.word[i], true);
    if (rw >= 0) {
      lw[rw * k + o] += d;
      lu[rw * k + o] += cd;
    }
    int rc = labelRow(1, p1, s.cap[i], true);
    if (rc >= 0) {
      lw[rc * k + o] += d;
      lu[rc * k + o] += cd;
    }
  }

  private double devF1(List<Sent> dev, Weights wt) {
    int gold = 0;
    int pred = 0;
    int match = 0;
    for (Sent s : dev) {
      Hyp h = decode(s, wt, false);
      int n = s.starts.length - 1;
      String[] labels = new String[n];
      for (int i = n - 1; i >= 0; i--) {
        labels[i] = outcomes[h.label];
        h = h.prev;
      }
      List<TokenSpan> found = codec.decode(labels);
      gold += s.names.size();
      pred += found.size();
      for (TokenSpan f : found) {
        if (s.names.contains(f)) {
          match++;
        }
      }
    }
    double p = pred == 0 ? 0 : match / (double) pred;
    double r = gold == 0 ? 0 : match / (double) gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The averaged weights as an OpenNLP perceptron model with the recogniser's feature strings. */
  private AbstractModel toModel(Weights wt) {
    List<Context> contexts = new ArrayList<>();
    List<String> preds = new ArrayList<>();
    for (int f = 0; f < names.length; f++) {
      addContext(names[f], wt.w, f * k, contexts, preds);
    }
    String[] labelNames = Arrays.copyOf(outcomes, k + 1);
    labelNames[start] = "<S>";
    for (int p1 = 0; p1 <= k; p1++) {
      addContext("p1=" + labelNames[p1], wt.t1, p1 * k, contexts, preds);
      for (int p2 = 0; p2 <= k; p2++) {
        addContext("p2p1=" + labelNames[p2] + "|" + labelNames[p1], wt.t2,
            (p2 * (k + 1) + p1) * k, contexts, preds);
      }
    }
    for (Map.Entry<Long, Integer> e : labelRows.entrySet()) {
      long key = e.getKey();
      int kind = (int) (key & 1);
      int label = (int) ((key >>> 1) & 0x7F);
      int feature = (int) (key >>> 8);
      addContext((kind == 0 ? "p1w=" : "p1c=") + labelNames[label] + "|" + names[feature], wt.lw,
          e.getValue() * k, contexts, preds);
    }
    System.err.printf(Locale.ROOT, "model: %d of %d features kept (prune %s)%n", contexts.size(),
        names.length + (k + 1) * (k + 2) + labelRows.size(), prune);
    return new PerceptronModel(contexts.toArray(Context[]::new), preds.toArray(String[]::new),
        outcomes.clone());
  }

  private boolean kept(double weight) {
    return weight != 0 && Math.abs(weight) >= prune;
  }

  private void addContext(String name, double[] weights, int at, List<Context> contexts,
      List<String> preds) {
    int nonZero = 0;
    for (int o = 0; o < k; o++) {
      if (kept(weights[at + o])) {
        nonZero++;
      }
    }
    if (nonZero == 0) {
      return;
    }
    int[] outs = new int[nonZero];
    double[] params = new double[nonZero];
    int j = 0;
    for (int o = 0; o < k; o++) {
      if (kept(weights[at + o])) {
        outs[j] = o;
        params[j++] = weights[at + o];
      }
    }
    contexts.add(new Context(outs, params));
    preds.add(name);
  }
}
