package org.kronika.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kronika.api.Reading;
import org.kronika.pl.morph.Analysis;
import org.kronika.pl.morph.WordTagger;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.language.Polish;
import org.languagetool.tagging.Tagger;
import org.languagetool.tagging.disambiguation.Disambiguator;

/**
 * Peer: LanguageTool 6.8's Polish tagger ({@code PolishTagger}, Morfologik {@code polish.dict}) plus
 * its rule-based disambiguator ({@code PolishHybridDisambiguator}: multi-word chunker then
 * {@code disambiguation.xml}), run on gold-tokenised words.
 *
 * <p>The sentence is built the way {@code JLanguageTool.getRawAnalyzedSentence} builds one: a
 * {@code SENT_START} token first, single-space whitespace tokens between words (LanguageTool's own
 * tokenizer emits them, and its rules expect them), start positions, and {@code SENT_END} on the
 * last word. The answer for each word is the first reading that survives disambiguation; its tag is
 * returned raw (e.g. {@code verb:fin:sg:ter:imperf:nonrefl}) and {@link NkjpTags} normalises it. A
 * word with no tagged reading gets its own form as lemma and no tag. LanguageTool has no UPOS: the
 * UPOS here comes from {@link NkjpTags#upos}.
 *
 * <p>Trap: the tagger and disambiguator obtained from {@link Polish} throw a
 * {@code NullPointerException} in {@code Unifier.isSatisfied} until a {@link JLanguageTool} has been
 * constructed for the language (its rule loading fills the unification configuration the
 * disambiguation rules use), so the constructor builds one. Not thread-safe (LanguageTool is not):
 * calls are serialised.
 */
public final class LanguageToolTagger implements WordTagger {
  private static final Set<String> MARKER_TAGS =
      Set.of(
          JLanguageTool.SENTENCE_START_TAGNAME,
          JLanguageTool.SENTENCE_END_TAGNAME,
          JLanguageTool.PARAGRAPH_END_TAGNAME);

  private final Tagger tagger;
  private final Disambiguator disambiguator;

  public LanguageToolTagger() {
    Polish polish = new Polish();
    new JLanguageTool(polish); // see class comment: initialises the unifier configuration
    this.tagger = polish.getTagger();
    this.disambiguator = polish.getDisambiguator();
  }

  @Override
  public synchronized List<Analysis> tagWords(List<String> words) {
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>(words.size() * 2);
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        tokens.add(" ");
      }
      tokens.add(words.get(i));
    }
    AnalyzedSentence sentence;
    try {
      List<AnalyzedTokenReadings> tagged = tagger.tag(tokens);
      AnalyzedTokenReadings[] array = new AnalyzedTokenReadings[tagged.size() + 1];
      array[0] =
          new AnalyzedTokenReadings(
              new AnalyzedToken[] {new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null)}, 0);
      int pos = 0;
      for (int i = 0; i < tagged.size(); i++) {
        AnalyzedTokenReadings t = tagged.get(i);
        t.setStartPos(pos);
        if (i > 0) {
          t.setWhitespaceBefore(tagged.get(i - 1).getToken());
        }
        pos += t.getToken().length();
        array[i + 1] = t;
      }
      array[array.length - 1].setSentEnd();
      sentence = disambiguator.disambiguate(new AnalyzedSentence(array));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Analysis> out = new ArrayList<>(words.size());
    for (AnalyzedTokenReadings t : sentence.getTokens()) {
      if (t.isSentenceStart() || t.isWhitespace()) {
        continue;
      }
      List<Reading> readings = new ArrayList<>(t.getReadingsLength());
      for (AnalyzedToken r : t.getReadings()) {
        String tag = r.getPOSTag();
        if (tag == null || tag.isEmpty() || MARKER_TAGS.contains(tag)) {
          continue;
        }
        readings.add(new Reading(r.getLemma() == null ? t.getToken() : r.getLemma(), tag));
      }
      if (readings.isEmpty()) {
        out.add(new Analysis(t.getToken(), null, null, List.of()));
      } else {
        Reading first = readings.get(0);
        String upos = NkjpTags.upos(NkjpTags.chosen(first.tag()), first.lemma());
        out.add(new Analysis(first.lemma(), first.tag(), upos, readings));
      }
    }
    if (out.size() != words.size()) {
      throw new IllegalStateException(
          "LanguageTool returned " + out.size() + " tokens for " + words.size() + " words: " + words);
    }
    return out;
  }
}
