package org.kronika.pl.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kronika.pl.ner.LabelCodec.TokenSpan;

/**
 * What the recogniser has found so far in one document: for each capitalised word inside a name,
 * the type of the latest name it was part of. Mutable and confined to one document on one thread;
 * training fills it with gold names, recognition with its own predictions. It also caches the
 * dictionary look-ups of the document's word forms, on top of an optional shared, read-only table
 * of words known in advance (the recogniser's vocabulary, {@link PolishNer}): their look-ups and
 * the summed scores of their own features.
 */
public final class DocumentMemory {
  private static final int MAX_CACHED = 20_000;
  private final Map<String, String> types = new HashMap<>();
  private final Map<String, MorphInfo> morph = new HashMap<>();
  private final Map<String, NerFeatures.Known> known;

  public DocumentMemory() {
    this(Map.of());
  }

  /** With words known in advance ({@link NerFeatures#known} of each key; not copied). */
  DocumentMemory(Map<String, NerFeatures.Known> known) {
    this.known = known;
  }

  /**
   * Dictionary information for a word form not known in advance ({@link #known} is null), looked
   * up once per document.
   */
  MorphInfo lookUp(morfologik.stemming.IStemmer stemmer, String word) {
    MorphInfo m = morph.get(word);
    if (m == null) {
      m = MorphInfo.lookup(stemmer, word);
      if (morph.size() < MAX_CACHED) {
        morph.put(word, m);
      }
    }
    return m;
  }

  /** The word as known in advance, or null. */
  NerFeatures.Known known(String word) {
    return known.get(word);
  }

  public String typeOf(String lowerWord) {
    return types.get(lowerWord);
  }

  /** Records the names of one sentence. */
  public void add(List<String> words, List<TokenSpan> names) {
    for (TokenSpan s : names) {
      for (int i = s.start(); i < s.end(); i++) {
        String w = words.get(i);
        if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
          types.put(w.toLowerCase(Locale.ROOT), s.type());
        }
      }
    }
  }
}
