package org.kronika.train.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the recogniser's look-up vocabulary: the word forms, as written, that occur at least
 * {@code --min} times in the NKJP training file, most frequent first, one per line (gzip). The
 * recogniser ({@code vocabulary=} in {@code ner.properties}) looks these up in the dictionary once
 * at load time instead of once per document; the list changes speed only, never a label.
 *
 * <pre>
 * java -cp … org.kronika.train.ner.NerVocabulary --nkjp ../shared/data/ner/nkjp1m-ner.iob.gz \
 *     --out kronika-pl/src/main/resources/org/kronika/pl/ner/vocabulary.txt.gz [--min 2]
 * </pre>
 */
public final class NerVocabulary {
  /** The file name {@link NerTrainer} writes next to the classifier. */
  static final String FILE = "vocabulary.txt.gz";
  static final int DEFAULT_MIN = 2;

  private NerVocabulary() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> o = NerTrainer.options(args);
    Path nkjp = Path.of(o.getOrDefault("nkjp", "../shared/data/ner/nkjp1m-ner.iob.gz"));
    Path out = Path.of(o.getOrDefault("out",
        "kronika-pl/src/main/resources/org/kronika/pl/ner/" + FILE));
    int min = Integer.parseInt(o.getOrDefault("min", String.valueOf(DEFAULT_MIN)));
    List<String> words = frequentForms(NerSample.readNkjp(nkjp), min);
    write(words, out);
    System.err.printf("%d word forms seen at least %d times -> %s%n", words.size(), min, out);
  }

  /** Forms seen at least {@code min} times, by descending count, ties in code-point order. */
  static List<String> frequentForms(List<NerSample> samples, int min) {
    Map<String, Integer> counts = new HashMap<>();
    for (NerSample s : samples) {
      for (String w : s.words()) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> words = new ArrayList<>();
    counts.forEach((w, c) -> {
      if (c >= min && w.indexOf('\n') < 0 && w.indexOf('\r') < 0) {
        words.add(w);
      }
    });
    words.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
    return words;
  }

  static void write(List<String> words, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out);
        Writer w = new OutputStreamWriter(new GZIPOutputStream(os), StandardCharsets.UTF_8)) {
      for (String word : words) {
        w.write(word);
        w.write('\n');
      }
    }
  }
}
