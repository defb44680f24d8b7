package org.kronika.train.ner;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters from unlabelled text (the NKJP sentences' words; labels are not read): each
 * lower-cased word with frequency ≥ 2 gets a vector of log counts of its left and right neighbours
 * among the 1,000 most frequent words, L2-normalised; spherical k-means (deterministic: seeded with
 * the most frequent words) at two granularities. Output: {@code word \t coarseId \t fineId}.
 *
 * <pre>
 * java -cp … org.kronika.train.ner.WordClusterer ../shared/data/ner/nkjp1m-ner.iob.gz OUT.tsv.gz [128 512]
 * </pre>
 */
public final class WordClusterer {
  private static final int CONTEXT = 1000;

  public static void main(String[] args) throws IOException {
    Path nkjp = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int kc = args.length > 2 ? Integer.parseInt(args[2]) : 128;
    int kf = args.length > 3 ? Integer.parseInt(args[3]) : 512;
    long t0 = System.nanoTime();
    List<List<String>> sents = new ArrayList<>();
    Map<String, Integer> freq = new HashMap<>();
    for (NerSample s : NerSample.readNkjp(nkjp)) {
      List<String> l = new ArrayList<>(s.words().size());
      for (String w : s.words()) {
        String x = w.toLowerCase(Locale.ROOT);
        l.add(x);
        freq.merge(x, 1, Integer::sum);
      }
      sents.add(l);
    }
    List<String> byFreq = new ArrayList<>(freq.keySet());
    byFreq.sort((a, b) -> freq.get(b) - freq.get(a) != 0 ? freq.get(b) - freq.get(a) : a.compareTo(b));
    Map<String, Integer> ctx = new HashMap<>();
    for (int i = 0; i < Math.min(CONTEXT, byFreq.size()); i++) {
      ctx.put(byFreq.get(i), i);
    }
    List<String> vocab = new ArrayList<>();
    Map<String, Integer> vid = new HashMap<>();
    for (String w : byFreq) {
      if (freq.get(w) >= 2) {
        vid.put(w, vocab.size());
        vocab.add(w);
      }
    }
    List<Map<Integer, Double>> counts = new ArrayList<>(vocab.size());
    for (int i = 0; i < vocab.size(); i++) {
      counts.add(new HashMap<>());
    }
    for (List<String> s : sents) {
      for (int i = 0; i < s.size(); i++) {
        Integer v = vid.get(s.get(i));
        if (v == null) {
          continue;
        }
        Integer l = i > 0 ? ctx.get(s.get(i - 1)) : Integer.valueOf(CONTEXT - 1);
        Integer r = i + 1 < s.size() ? ctx.get(s.get(i + 1)) : Integer.valueOf(CONTEXT - 1);
        if (l != null) {
          counts.get(v).merge(l, 1.0, Double::sum);
        }
        if (r != null) {
          counts.get(v).merge(CONTEXT + r, 1.0, Double::sum);
        }
      }
    }
    int n = vocab.size();
    int[][] idx = new int[n][];
    double[][] val = new double[n][];
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> c = counts.get(i);
      idx[i] = new int[c.size()];
      val[i] = new double[c.size()];
      int k = 0;
      double norm = 0;
      for (Map.Entry<Integer, Double> e : c.entrySet()) {
        idx[i][k] = e.getKey();
        val[i][k] = Math.log1p(e.getValue());
        norm += val[i][k] * val[i][k];
        k++;
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < k; j++) {
        val[i][j] /= norm == 0 ? 1 : norm;
      }
    }
    int[] coarse = kmeans(idx, val, kc, 2 * CONTEXT);
    int[] fine = kmeans(idx, val, kf, 2 * CONTEXT);
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
        StandardCharsets.UTF_8)) {
      w.write("# word clusters (org.kronika.train.ner.WordClusterer): word, " + kc + " and " + kf
          + " clusters, from " + nkjp.getFileName() + "\n");
      for (int i = 0; i < n; i++) {
        w.write(vocab.get(i) + "\t" + coarse[i] + "\t" + fine[i] + "\n");
      }
    }
    System.err.printf(Locale.ROOT, "%d words clustered in %.1fs -> %s%n", n,
        (System.nanoTime() - t0) / 1e9, out);
  }

  static int[] kmeans(int[][] idx, double[][] val, int k, int dim) {
    int n = idx.length;
    double[][] cent = new double[k][dim];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < idx[c].length; j++) {
        cent[c][idx[c][j]] = val[c][j];
      }
    }
    int[] assign = new int[n];
    for (int it = 0; it < 15; it++) {
      int changed = 0;
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bs = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double s = 0;
          double[] cc = cent[c];
          for (int j = 0; j < idx[i].length; j++) {
            s += cc[idx[i][j]] * val[i][j];
          }
          if (s > bs) {
            bs = s;
            best = c;
          }
        }
        if (assign[i] != best || it == 0) {
          changed++;
        }
        assign[i] = best;
      }
      for (double[] cc : cent) {
        java.util.Arrays.fill(cc, 0);
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < idx[i].length; j++) {
          cent[assign[i]][idx[i][j]] += val[i][j];
        }
      }
      for (double[] cc : cent) {
        double norm = 0;
        for (double x : cc) {
          norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < dim; d++) {
          cc[d] /= norm == 0 ? 1 : norm;
        }
      }
      if (changed < n / 1000) {
        break;
      }
    }
    return assign;
  }
}
