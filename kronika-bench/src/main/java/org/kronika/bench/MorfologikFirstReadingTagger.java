package org.kronika.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.kronika.api.Reading;
import org.kronika.pl.morph.Analysis;
import org.kronika.pl.morph.WordTagger;

/**
 * Baseline: the first reading the Morfologik Polish dictionary (PoliMorf, morfologik-polish 2.1.9)
 * lists for a word, with no disambiguation at all. A form unknown as written is looked up again in
 * lower case; a form unknown either way gets itself as lemma and no tag (the harness then applies
 * its common fallback). Every reading is kept in {@link Analysis#readings()}.
 *
 * <p>{@link PolishStemmer} reuses its result objects and is not thread-safe, so each thread gets its
 * own (the dictionary itself is loaded once and shared by Morfologik).
 */
public final class MorfologikFirstReadingTagger implements WordTagger {
  private final ThreadLocal<PolishStemmer> stemmer = ThreadLocal.withInitial(PolishStemmer::new);

  @Override
  public List<Analysis> tagWords(List<String> words) {
    PolishStemmer s = stemmer.get();
    List<Analysis> out = new ArrayList<>(words.size());
    for (String word : words) {
      List<Reading> readings = lookup(s, word);
      if (readings.isEmpty()) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.equals(word)) {
          readings = lookup(s, lower);
        }
      }
      if (readings.isEmpty()) {
        out.add(new Analysis(word, null, null, List.of()));
      } else {
        Reading first = readings.get(0);
        String upos = NkjpTags.upos(NkjpTags.chosen(first.tag()), first.lemma());
        out.add(new Analysis(first.lemma(), first.tag(), upos, readings));
      }
    }
    return out;
  }

  private static List<Reading> lookup(PolishStemmer s, String word) {
    List<WordData> found = s.lookup(word);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Reading> readings = new ArrayList<>(found.size());
    for (WordData wd : found) {
      CharSequence stem = wd.getStem();
      CharSequence tag = wd.getTag();
      readings.add(new Reading(stem == null ? word : stem.toString(), tag == null ? null : tag.toString()));
    }
    return readings;
  }
}
