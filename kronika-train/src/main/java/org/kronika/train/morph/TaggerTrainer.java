package org.kronika.train.morph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.DictionaryLookup;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.kronika.api.Reading;
import org.kronika.formats.corpus.ConlluReader;
import org.kronika.formats.corpus.ConlluSentence;
import org.kronika.formats.corpus.ConlluWord;
import org.kronika.pl.morph.MorphAnalyzer;
import org.kronika.pl.morph.MorphTag;
import org.kronika.pl.morph.PolishTagger;
import org.kronika.pl.morph.TaggerFeatures;
import org.kronika.pl.morph.TaggerFeatures.Cand;
import org.kronika.pl.morph.TaggerFeatures.Sent;
import org.kronika.pl.morph.TaggerModel;
import org.kronika.pl.morph.UposMapper;

/**
 * Trains the Polish tagger from gold CoNLL-U (UD PDB dev by default).
 *
 * <pre>
 * TaggerTrainer guesser OUT.tsv.gz                      learn the suffix guesser from polish.dict
 * TaggerTrainer tags OUT.txt.gz                          list polish.dict's compound tags (expanded once at load)
 * TaggerTrainer train OUT.bin.gz TRAIN.conllu[.gz] ... [--iterations N] [--cutoff N] [--algorithm MAXENT|MAXENT_QN|PERCEPTRON]
 * </pre>
 *
 * <p>Training events: for every word with more than one candidate reading, one event per
 * candidate, outcome {@code T} when it equals the gold (lemma, XPOS) (or the gold XPOS when no
 * candidate has the gold lemma), else {@code F}; the left context is the gold readings.
 */
public final class TaggerTrainer {
  private TaggerTrainer() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: TaggerTrainer guesser OUT | train OUT TRAIN.conllu... [--iterations N] [--cutoff N] [--algorithm A]");
      System.exit(2);
    }
    if (args[0].equals("tags")) {
      java.util.TreeSet<String> tags = new java.util.TreeSet<>();
      for (morfologik.stemming.WordData d : new DictionaryLookup(MorphAnalyzer.polishDictionary())) {
        tags.add(d.getTag().toString());
      }
      try (java.io.Writer w = new java.io.OutputStreamWriter(
          new java.util.zip.GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), java.nio.charset.StandardCharsets.UTF_8)) {
        w.write("# compound tags of morfologik-polish 2.1.9 polish.dict, listed by TaggerTrainer tags\n");
        for (String t : tags) {
          w.write(t + "\n");
        }
      }
      System.err.println("tags: " + tags.size());
      return;
    }
    if (args[0].equals("guesser")) {
      try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
        new SuffixGuesserBuilder(10, 6, 0.03).build(MorphAnalyzer.polishDictionary(), out);
      }
      return;
    }
    Path out = Path.of(args[1]);
    List<Path> train = new ArrayList<>();
    int iterations = 100;
    int cutoff = 1;
    String algorithm = "MAXENT";
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--cutoff" -> cutoff = Integer.parseInt(args[++i]);
        case "--algorithm" -> algorithm = args[++i];
        default -> train.add(Path.of(args[i]));
      }
    }
    List<ConlluSentence> sentences = new ArrayList<>();
    for (Path p : train) {
      sentences.addAll(ConlluReader.readAll(p));
    }
    TaggerModel model = train(sentences, algorithm, iterations, cutoff);
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    System.err.println("wrote " + out + " (" + Files.size(out) + " bytes)");
  }

  public static TaggerModel train(List<ConlluSentence> sentences, String algorithm, int iterations, int cutoff) throws IOException {
    Map<String, List<String>> expansions = PolishTagger.loadExpansions();
    MorphAnalyzer plain = new MorphAnalyzer(MorphAnalyzer.polishDictionary(), PolishTagger.loadGuesser(), Map.of(), expansions);
    DictionaryLookup lookup = plain.newLookup();
    // 1. readings the dictionary lacks, and UPOS counts, from the gold corpus. Training events see
    //    the extra readings learned from the other folds only (jackknife), so that rare words look
    //    as they will at tagging time: unknown, guessed.
    int folds = 5;
    List<Map<String, Set<Reading>>> foldExtra = new ArrayList<>();
    for (int k = 0; k <= folds; k++) {
      foldExtra.add(new HashMap<>());
    }
    Map<String, Map<String, Integer>> uposCounts = new HashMap<>();
    int words = 0;
    int covered = 0;
    for (int si = 0; si < sentences.size(); si++) {
      int fold = si % folds;
      for (ConlluWord w : sentences.get(si).words()) {
        words++;
        Reading gold = new Reading(w.lemma(), w.xpos());
        List<Reading> dict = plain.analyze(lookup, w.form()).readings();
        if (dict.contains(gold)) {
          covered++;
        } else {
          String key = w.form().toLowerCase(Locale.ROOT);
          for (int k = 0; k <= folds; k++) {
            if (k != fold) { // map number `folds` gets every sentence: it is the shipped one
              foldExtra.get(k).computeIfAbsent(key, x -> new LinkedHashSet<>()).add(gold);
            }
          }
        }
        String key = UposMapper.key(w.lemma(), MorphTag.parse(w.xpos()).pos());
        uposCounts.computeIfAbsent(key, k -> new HashMap<>()).merge(w.upos(), 1, Integer::sum);
      }
    }
    System.err.printf(Locale.ROOT, "train: %d words, gold reading among dictionary candidates for %.4f%n", words, covered / (double) words);
    List<Map<String, List<Reading>>> extraLists = new ArrayList<>();
    for (Map<String, Set<Reading>> fe : foldExtra) {
      Map<String, List<Reading>> m = new HashMap<>();
      fe.forEach((k, v) -> m.put(k, List.copyOf(v)));
      extraLists.add(m);
    }
    Map<String, String> upos = new HashMap<>();
    uposCounts.forEach((k, counts) -> upos.put(k,
        counts.entrySet().stream().max((a, b) -> a.getValue() != b.getValue() ? a.getValue() - b.getValue() : b.getKey().compareTo(a.getKey())).get().getKey()));

    // 2. ranking events
    List<MorphAnalyzer> foldAnalyzers = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      foldAnalyzers.add(new MorphAnalyzer(MorphAnalyzer.polishDictionary(), PolishTagger.loadGuesser(), extraLists.get(k), expansions));
    }
    List<Event> events = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      ConlluSentence s = sentences.get(si);
      MorphAnalyzer analyzer = foldAnalyzers.get(si % folds);
      List<ConlluWord> ws = s.words();
      List<String> forms = ws.stream().map(ConlluWord::form).toList();
      Sent sent = PolishTagger.candidates(analyzer, lookup, forms);
      Cand[] gold = new Cand[ws.size()];
      for (int i = 0; i < ws.size(); i++) {
        gold[i] = Cand.of(new Reading(ws.get(i).lemma(), ws.get(i).xpos()));
      }
      for (int i = 0; i < ws.size(); i++) {
        List<Cand> cs = sent.cands(i);
        if (cs.size() < 2) {
          continue;
        }
        Set<Integer> pos = new HashSet<>();
        for (int j = 0; j < cs.size(); j++) {
          if (cs.get(j).reading().equals(gold[i].reading())) {
            pos.add(j);
          }
        }
        if (pos.isEmpty()) {
          for (int j = 0; j < cs.size(); j++) {
            if (cs.get(j).reading().tag().equals(gold[i].reading().tag())) {
              pos.add(j);
            }
          }
        }
        if (pos.isEmpty()) {
          continue;
        }
        for (int j = 0; j < cs.size(); j++) {
          events.add(new Event(pos.contains(j) ? "T" : "F", TaggerFeatures.features(sent, i, cs.get(j), gold)));
        }
      }
    }
    System.err.println("train: " + events.size() + " ranking events");
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    MaxentModel ranker = trainer.train(ObjectStreamUtils.createObjectStream(events));
    return new TaggerModel(extraLists.get(folds), upos, ranker);
  }
}
