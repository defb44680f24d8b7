package org.kronika.train.morph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.DictionaryLookup;
import org.kronika.api.Reading;
import org.kronika.formats.corpus.ConlluReader;
import org.kronika.formats.corpus.ConlluSentence;
import org.kronika.formats.corpus.ConlluWord;
import org.kronika.pl.morph.Analysis;
import org.kronika.pl.morph.MorphAnalyzer;
import org.kronika.pl.morph.MorphTag;
import org.kronika.pl.morph.PolishTagger;
import org.kronika.pl.morph.UposMapper;

/**
 * Scores the tagger on gold-tokenised CoNLL-U (syntactic words only; multiword ranges and empty
 * nodes are skipped): lemma, UPOS and XPOS accuracy, split into words the dictionary knows and
 * words it does not, beside the Morfologik first-reading baseline.
 *
 * <pre>
 * TaggerEvaluator GOLD.conllu[.gz] ... [--model MODEL.bin.gz]   tag each file and score it
 * TaggerEvaluator compare GOLD PRED                              score a predicted file against gold
 * </pre>
 */
public final class TaggerEvaluator {
  private TaggerEvaluator() {}

  /** Counts of correct lemma, UPOS and XPOS over some words. */
  public static final class Score {
    public long words;
    public long lemma;
    public long upos;
    public long xpos;

    void add(ConlluWord gold, String l, String u, String x) {
      words++;
      lemma += gold.lemma().equals(l) ? 1 : 0;
      upos += gold.upos().equals(u) ? 1 : 0;
      xpos += gold.xpos().equals(x) ? 1 : 0;
    }

    public double lemmaAcc() {
      return lemma / (double) Math.max(1, words);
    }

    public double uposAcc() {
      return upos / (double) Math.max(1, words);
    }

    public double xposAcc() {
      return xpos / (double) Math.max(1, words);
    }

    public String row(String name) {
      return String.format(Locale.ROOT, "| %-22s | %7d | %.4f | %.4f | %.4f |", name, words, lemmaAcc(), uposAcc(), xposAcc());
    }
  }

  /** All scores of one run over one gold file. */
  public static final class Report {
    public final Score all = new Score();
    public final Score known = new Score();
    public final Score oov = new Score();
    public final Score baseline = new Score();
    public double seconds;
    public double cpuSeconds;

    public String table(String file) {
      return String.join("\n",
          "## " + file,
          "| words | n | lemma | UPOS | XPOS |",
          "|---|---:|---:|---:|---:|",
          all.row("tagger, all"),
          known.row("tagger, in dictionary"),
          oov.row("tagger, guessed (OOV)"),
          baseline.row("first reading baseline"),
          String.format(Locale.ROOT, "speed: %.0f words per CPU-second of the tagging thread (%.0f words/s wall clock), one thread, tagging only, after warm-up",
              all.words / cpuSeconds, all.words / seconds));
    }
  }

  public static Report evaluate(PolishTagger tagger, List<ConlluSentence> gold) {
    Report r = new Report();
    MorphAnalyzer analyzer = tagger.analyzer();
    DictionaryLookup lookup = analyzer.newLookup();
    List<List<String>> forms = new ArrayList<>();
    for (ConlluSentence s : gold) {
      forms.add(s.words().stream().map(ConlluWord::form).toList());
    }
    // warm-up (one full pass, so the JIT has compiled the hot paths), then time tagging alone
    for (List<String> f : forms) {
      tagger.tagWords(f);
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    List<List<Analysis>> predicted = new ArrayList<>(forms.size());
    for (List<String> f : forms) {
      predicted.add(tagger.tagWords(f));
    }
    r.seconds = (System.nanoTime() - t0) / 1e9;
    r.cpuSeconds = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    for (int si = 0; si < gold.size(); si++) {
      List<ConlluWord> ws = gold.get(si).words();
      List<Analysis> as = predicted.get(si);
      for (int i = 0; i < ws.size(); i++) {
        ConlluWord g = ws.get(i);
        Analysis a = as.get(i);
        r.all.add(g, a.lemma(), a.upos(), a.tag());
        MorphAnalyzer.Result res = analyzer.analyze(lookup, g.form());
        (res.guessed() ? r.oov : r.known).add(g, a.lemma(), a.upos(), a.tag());
        Reading first = res.readings().get(0);
        List<Reading> dict = analyzer.lookupDictionary(lookup, g.form());
        if (!dict.isEmpty()) {
          first = dict.get(0);
        }
        r.baseline.add(g, first.lemma(), UposMapper.byClass(MorphTag.parse(first.tag()).pos(), first.lemma()), first.tag());
      }
    }
    return r;
  }

  /** Scores predicted CoNLL-U against gold, word by word (both must have the same words). */
  public static Score compare(List<ConlluSentence> gold, List<ConlluSentence> pred) {
    if (gold.size() != pred.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " sentences, prediction " + pred.size());
    }
    Score s = new Score();
    for (int i = 0; i < gold.size(); i++) {
      List<ConlluWord> g = gold.get(i).words();
      List<ConlluWord> p = pred.get(i).words();
      if (g.size() != p.size()) {
        throw new IllegalArgumentException("sentence " + (i + 1) + ": gold has " + g.size() + " words, prediction " + p.size());
      }
      for (int j = 0; j < g.size(); j++) {
        s.add(g.get(j), p.get(j).lemma(), p.get(j).upos(), p.get(j).xpos());
      }
    }
    return s;
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("compare")) {
      Score s = compare(ConlluReader.readAll(Path.of(args[1])), ConlluReader.readAll(Path.of(args[2])));
      System.out.println("| words | n | lemma | UPOS | XPOS |\n|---|---:|---:|---:|---:|");
      System.out.println(s.row(Path.of(args[2]).getFileName().toString()));
      return;
    }
    Path model = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--model")) {
        model = Path.of(args[++i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    PolishTagger tagger = model == null ? PolishTagger.load() : PolishTagger.load(model);
    for (Path f : files) {
      Report r = evaluate(tagger, ConlluReader.readAll(f));
      System.out.println(r.table(f.getFileName().toString()));
      System.out.println();
    }
  }
}
