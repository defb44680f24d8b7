package org.kronika.pl.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word clusters (lower-cased word → coarse and fine cluster id), learnt from
 * unlabelled text by {@code org.kronika.train.ner.WordClusterer}. Immutable.
 */
public final class WordClusters {
  public static final WordClusters NONE = new WordClusters(Map.of());

  private final Map<String, String[]> clusters;

  private WordClusters(Map<String, String[]> clusters) {
    this.clusters = clusters;
  }

  /** Reads {@code word \t coarse \t fine} lines (gzip); '#' lines are comments. */
  public static WordClusters read(InputStream gz) throws IOException {
    Map<String, String[]> m = new HashMap<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length == 3) {
          m.put(f[0], new String[] {f[1].intern(), f[2].intern()});
        }
      }
    }
    return new WordClusters(Map.copyOf(m));
  }

  public boolean isEmpty() {
    return clusters.isEmpty();
  }

  /** {coarse, fine} for a word (any case), or null when the word is not clustered. */
  public String[] of(String word) {
    return clusters.get(word.toLowerCase(Locale.ROOT));
  }
}
