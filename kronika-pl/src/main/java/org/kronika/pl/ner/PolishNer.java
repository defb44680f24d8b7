package org.kronika.pl.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.IStemmer;
import morfologik.stemming.polish.PolishStemmer;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Entity;
import org.kronika.api.Layer;
import org.kronika.api.Mention;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.kronika.core.Annotator;
import org.kronika.pl.ner.LabelCodec.TokenSpan;

/**
 * Polish named-entity recogniser: a linear sequence model over {@link NerFeatures} (shipped: a
 * structured averaged perceptron stored as an OpenNLP perceptron model; maxent or per-token
 * perceptron models load too), beam-decoded by {@link NerModel}, trained on NKJP-1M.
 *
 * <table>
 *   <tr><th>name</th><td>{@code ner}</td></tr>
 *   <tr><th>requires</th><td>SENTENCES, TOKENS (MORPHOLOGY optional: when present and the model
 *       was trained that way ({@code morphology=tagger}), each token's chosen lemma and tag replace
 *       the dictionary's reading sets in the features)</td></tr>
 *   <tr><th>produces</th><td>ENTITIES: one {@link Entity} per recognised span, ids {@code E1…} in
 *       text order, type {@code persName}, {@code orgName}, {@code geogName}, {@code placeName} or
 *       {@code placeName.country/.settlement/.region/.district/.bloc}; one {@link Mention} of form
 *       {@code name}, or {@code adj} for a relational adjective ("rosyjskich"); {@code name} is the
 *       surface text for now (base forms come later)</td></tr>
 *   <tr><th>options</th><td>{@code ner.model}: a directory or classpath prefix holding
 *       {@code ner.properties}, the classifier and the gazetteer (default: the bundled model)</td></tr>
 * </table>
 *
 * Immutable and thread-safe: each call makes its own cheap dictionary lookup object; the table of
 * words known in advance is built once, in the background, and read-only from then on.
 */
public final class PolishNer implements Annotator {
  public static final String NAME = "ner-model";
  /** Classpath prefix of the bundled model. */
  public static final String DEFAULT_MODEL = "/org/kronika/pl/ner/";

  private final NerModel model;
  private final NerFeatures features;
  private final Dictionary dictionary;
  private final boolean taggerMorphology;
  /**
   * Words known in advance, looked up and scored once, in the background from construction on
   * (until it is done documents are recognised without it: same labels): the model's words
   * ({@code w=} features) and the frequent word forms of the training text ({@code vocabulary=} in
   * {@code ner.properties}). For each, the dictionary look-up and the summed scores of the word's
   * own features ({@link NerFeatures#known}), so that a sentence's decoding looks up only the
   * features that depend on context.
   */
  private final CompletableFuture<Map<String, NerFeatures.Known>> vocabulary;

  /** A model trained on dictionary reading sets: the tagger's choices are not used. */
  public PolishNer(NerModel model, Gazetteer gazetteer) {
    this(model, gazetteer, false);
  }

  /**
   * @param taggerMorphology the model was trained with the tagger's chosen lemma and tag
   *     ({@code morphology=tagger} in {@code ner.properties}): {@link #annotate} then passes each
   *     token's lemma and tag when {@link Layer#MORPHOLOGY} is present; otherwise the features use
   *     the dictionary's reading sets, as in training, whatever the document carries
   */
  public PolishNer(NerModel model, Gazetteer gazetteer, boolean taggerMorphology) {
    this(model, new NerFeatures(gazetteer), taggerMorphology);
  }

  /** A model over the given features (gazetteer and word clusters as in training). */
  public PolishNer(NerModel model, NerFeatures features, boolean taggerMorphology) {
    this(model, features, taggerMorphology, List.of());
  }

  /**
   * @param vocabulary word forms (as written) to look up in the dictionary now rather than once
   *     per document: frequent forms make recognition faster; the labels are the same with any list
   */
  public PolishNer(NerModel model, NerFeatures features, boolean taggerMorphology,
      Collection<String> vocabulary) {
    this.taggerMorphology = taggerMorphology;
    this.model = model;
    this.features = features;
    Dictionary dict = new PolishStemmer().getDictionary();
    this.dictionary = dict;
    List<String> words = List.copyOf(vocabulary);
    // tens of thousands of look-ups (about a second on a cold JVM): built beside the first
    // documents, which are recognised without it (same labels, a little slower) until it is done
    this.vocabulary = CompletableFuture
        .supplyAsync(() -> knownWords(model, features, dict, words), PolishNer::daemon)
        .exceptionally(e -> {
          // only speed is lost: every word is then looked up per document, as an unknown one is
          System.err.println("[ner] words known in advance not built, recognising without them: "
              + e);
          return Map.of();
        });
  }

  /** Runs a task on a thread of its own that does not keep the JVM alive. */
  private static void daemon(Runnable task) {
    Thread t = new Thread(task, "kronika-ner-known-words");
    t.setDaemon(true);
    t.start();
  }

  private static Map<String, NerFeatures.Known> knownWords(NerModel model, NerFeatures features,
      Dictionary dictionary, List<String> vocabulary) {
    IStemmer stemmer = new DictionaryLookup(dictionary);
    MorphInfo.Interner interner = new MorphInfo.Interner();
    java.util.function.Function<String, NerFeatures.Known> score =
        w -> features.known(w, interner.intern(MorphInfo.lookup(stemmer, w)), model::sum);
    Map<String, NerFeatures.Known> known = new HashMap<>();
    for (String w : model.featureValues("w=")) {
      known.computeIfAbsent(w, score);
    }
    for (String w : vocabulary) {
      known.computeIfAbsent(w, score);
    }
    return Map.copyOf(known);
  }

  /** Loads the bundled model. */
  public static PolishNer load() {
    return load(DEFAULT_MODEL);
  }

  /** Loads a model from a classpath prefix (starting with '/') or a directory path. */
  public static PolishNer load(String location) {
    try {
      Properties p = new Properties();
      try (InputStream in = open(location, "ner.properties")) {
        p.load(in);
      }
      LabelCodec codec = LabelCodec.valueOf(p.getProperty("encoding", "BIO"));
      int beam = Integer.parseInt(p.getProperty("beam", "3"));
      NerModel model;
      try (InputStream in = open(location, p.getProperty("classifier", "ner-classifier.bin.gz"))) {
        model = new NerModel(NerModel.readClassifier(in), codec, beam,
            p.getProperty("decoding", "local").equals("global"));
      }
      Gazetteer gaz;
      try (InputStream in = open(location, p.getProperty("gazetteer", "gazetteer.tsv.gz"))) {
        gaz = Gazetteer.read(in);
      }
      WordClusters clusters = WordClusters.NONE;
      if (p.getProperty("clusters") != null) {
        try (InputStream in = open(location, p.getProperty("clusters"))) {
          clusters = WordClusters.read(in);
        }
      }
      List<String> vocabulary = List.of();
      if (p.getProperty("vocabulary") != null) {
        try (InputStream in = open(location, p.getProperty("vocabulary"))) {
          vocabulary = readLines(in);
        }
      }
      return new PolishNer(model, new NerFeatures(gaz, clusters),
          p.getProperty("morphology", "dictionary").equals("tagger"), vocabulary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load NER model from " + location, e);
    }
  }

  /** The non-empty lines of a gzip-compressed UTF-8 list. */
  private static List<String> readLines(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static InputStream open(String location, String file) throws IOException {
    if (location.startsWith("/")) {
      URL url = PolishNer.class.getResource(location + file);
      if (url != null) {
        return url.openStream();
      }
    }
    return java.nio.file.Files.newInputStream(java.nio.file.Path.of(location, file));
  }

  public NerModel model() {
    return model;
  }

  /** Whether the model was trained with, and so is fed, the tagger's chosen lemma and tag. */
  public boolean taggerMorphology() {
    return taggerMorphology;
  }

  public NerFeatures features() {
    return features;
  }

  /** A dictionary lookup for the calling thread only (cheap: shares the loaded dictionary). */
  public IStemmer newStemmer() {
    return new DictionaryLookup(dictionary);
  }

  /**
   * Recognises names in one tokenised sentence.
   *
   * @param lemmas the tagger's lemmas, or null
   * @param tags the tagger's tags, or null
   */
  public List<TokenSpan> recognize(List<String> words, List<String> lemmas, List<String> tags,
      IStemmer stemmer) {
    return recognize(words, lemmas, tags, stemmer, null);
  }

  /**
   * Recognises names in one sentence of a document whose earlier sentences were passed with the
   * same {@code memory} (null: no document context); the sentence's names are added to it.
   */
  public List<TokenSpan> recognize(List<String> words, List<String> lemmas, List<String> tags,
      IStemmer stemmer, DocumentMemory memory) {
    NerFeatures.Keys stat = features.extractKeys(words, lemmas, tags, stemmer, memory);
    List<TokenSpan> names = model.codec().decode(model.decode(stat));
    if (memory != null) {
      memory.add(words, names);
    }
    return names;
  }

  /** An empty memory for one document, with this recogniser's words known in advance. */
  DocumentMemory newMemory() {
    return new DocumentMemory(vocabulary.getNow(Map.of()));
  }

  /** As {@link #newMemory()}, once the words known in advance are ready (waits for them). */
  DocumentMemory newMemoryWhenReady() {
    return new DocumentMemory(vocabulary.join());
  }

  public List<TokenSpan> recognize(List<String> words) {
    return recognize(words, null, null, newStemmer());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public AnnotatedDocument annotate(AnnotatedDocument doc) {
    String text = doc.text();
    boolean morph = taggerMorphology && doc.has(Layer.MORPHOLOGY);
    IStemmer stemmer = newStemmer();
    DocumentMemory memory = newMemory();
    List<Entity> entities = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> toks = doc.tokens().subList(s.firstToken(), s.endToken());
      int cap = toks.size() + 8;
      List<String> words = new ArrayList<>(cap);
      List<String> lemmas = morph ? new ArrayList<>(cap) : null;
      List<String> tags = morph ? new ArrayList<>(cap) : null;
      int[] starts = new int[cap];
      int[] ends = new int[cap];
      // words that are the period split off a token
      boolean[] period = new boolean[cap];
      for (Token t : toks) {
        String w = t.text(text);
        int split = abbreviationPeriod(w);
        int hyphen = split > 0 ? 0 : compoundAdjectiveHyphen(w);
        if (words.size() + 3 > starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          ends = Arrays.copyOf(ends, ends.length * 2);
          period = Arrays.copyOf(period, period.length * 2);
        }
        int n = words.size();
        if (split > 0) {
          // "ul." is two words for the model, "ul" and ".", as in NKJP's segmentation
          words.add(w.substring(0, split));
          words.add(".");
          starts[n] = t.start();
          ends[n] = t.start() + split;
          starts[n + 1] = t.start() + split;
          ends[n + 1] = t.end();
          period[n + 1] = true;
        } else if (hyphen > 0) {
          // "polsko-niemiecka" is three words for the model, as in NKJP's segmentation: the
          // ad-adjectival "polsko", "-" and "niemiecka", each country its own name
          words.add(w.substring(0, hyphen));
          words.add("-");
          words.add(w.substring(hyphen + 1));
          starts[n] = t.start();
          ends[n] = t.start() + hyphen;
          starts[n + 1] = t.start() + hyphen;
          ends[n + 1] = t.start() + hyphen + 1;
          starts[n + 2] = t.start() + hyphen + 1;
          ends[n + 2] = t.end();
        } else {
          words.add(w);
          starts[n] = t.start();
          ends[n] = t.end();
        }
        if (morph) {
          lemmas.add(t.lemma());
          tags.add(t.tag());
          if (split > 0) {
            lemmas.add(".");
            tags.add("interp");
          } else if (hyphen > 0) {
            lemmas.add("-");
            tags.add("interp");
            lemmas.add(t.lemma());
            tags.add(t.tag());
          }
        }
      }
      for (TokenSpan sp : recognize(words, lemmas, tags, stemmer, memory)) {
        // mentions keep to the segmenter's tokens: a name that ends on "S.A" takes its period
        // ("Bank Pekao S.A."), one that would start on a split-off period starts after it
        int first = period[sp.start()] ? sp.start() + 1 : sp.start();
        if (first >= sp.end()) {
          continue;
        }
        int start = starts[first];
        int end = sp.end() < words.size() && period[sp.end()] ? ends[sp.end()] : ends[sp.end() - 1];
        String surface = text.substring(start, end);
        String form = isRelationalAdjective(sp, surface) ? "adj" : "name";
        entities.add(new Entity("E" + (entities.size() + 1), sp.type(), surface, null, null, null,
            List.of(new Mention(start, end, surface, form))));
      }
    }
    return doc.withEntities(entities);
  }

  /**
   * Where a token that ends in an abbreviation period ("ul.", "św.", "Płn.", "A.") splits into
   * word and period, or 0 when it does not. The project's segmenter keeps such a period with its
   * word; NKJP, which the model was trained on, makes it a token of its own, so the model sees the
   * words it was trained on ("ul" followed by ".") rather than forms it never saw.
   */
  static int abbreviationPeriod(String w) {
    int n = w.length();
    return n >= 2 && w.charAt(n - 1) == '.' && Character.isLetterOrDigit(w.charAt(n - 2)) ? n - 1 : 0;
  }

  /**
   * Where a compound adjective of the form {@code X-o-y} ("polsko-niemiecka", "Rosyjsko-chińskie",
   * "czarno-biały") splits, the index of its hyphen, or 0. The project's segmenter keeps it one
   * token, as the dictionary does; NKJP, which the model was trained on, makes the ad-adjectival
   * first part ("polsko") and the hyphen segments of their own, and names each part that derives
   * from a place. A second part in capitals is a name of its own ("Bielsko-Biała") and stays.
   */
  static int compoundAdjectiveHyphen(String w) {
    int h = w.indexOf('-');
    if (h < 3 || h != w.lastIndexOf('-') || h + 2 >= w.length() || w.charAt(h - 1) != 'o'
        || !Character.isLowerCase(w.charAt(h + 1))) {
      return 0;
    }
    for (int i = 0; i < w.length(); i++) {
      if (i != h && !Character.isLetter(w.charAt(i))) {
        return 0;
      }
    }
    return h;
  }

  /** A one-word place name written in lower case ("rosyjskich", "polsku") is an adjective. */
  static boolean isRelationalAdjective(TokenSpan sp, String surface) {
    return sp.type().startsWith("placeName") && sp.end() - sp.start() == 1
        && !surface.isEmpty() && Character.isLowerCase(surface.charAt(0));
  }
}
