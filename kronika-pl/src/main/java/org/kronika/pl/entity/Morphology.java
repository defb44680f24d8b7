package org.kronika.pl.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryMetadata;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.kronika.api.Reading;
import org.kronika.api.Token;

/**
 * Readings of words with atomic tags: a token's own lemma and tag when morphology has run (the
 * chosen reading first), else every PoliMorf reading from morfologik-polish. Capitalised words with
 * no reading are looked up in lower case too. Abbreviated direction adjectives ({@code Płn.}, {@code
 * Płd.}, {@code Zach.}, {@code Wsch.}) read as their adjectives in any case, number and gender.
 *
 * <p>Immutable and thread-safe: the dictionary is shared; each call, or each {@link Session}, makes
 * its own lookup object.
 */
public final class Morphology {
  /** Abbreviations of direction adjectives, by lower-case form. */
  public static final Map<String, String> ABBREVIATED_ADJECTIVES = Map.of(
      "płn.", "północny", "płd.", "południowy", "zach.", "zachodni", "wsch.", "wschodni");

  private final Dictionary dictionary;
  private final FSA fsa;
  private final byte separator;
  private final char separatorChar;
  /**
   * Whether "the word has a reading" can be read off the automaton: the dictionary is UTF-8 with no
   * input conversion, and every tag in it expands to at least one atomic tag (which
   * {@code MorphologyTest} checks for the shipped dictionary), so any entry gives a reading.
   */
  private final boolean directEntryCheck;

  public Morphology() {
    try {
      this.dictionary = Dictionary.read(PolishStemmer.class.getResource("/morfologik/stemming/polish/polish.dict"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DictionaryMetadata md = dictionary.metadata;
    this.fsa = dictionary.fsa;
    this.separator = md.getSeparator();
    this.separatorChar = md.getSeparatorAsChar();
    this.directEntryCheck = java.nio.charset.Charset.forName(md.getEncoding()).equals(StandardCharsets.UTF_8)
        && md.getInputConversionPairs().isEmpty();
  }

  /** Whether UTF-8 can encode the word (no lone surrogate). */
  private static boolean encodable(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < word.length() && Character.isLowSurrogate(word.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Readings of a token: its own analysis first (when present), then the dictionary's. For a word
   * the dictionary does not know, the tagger's analysis is only a suffix guess ("Tichoriecku" →
   * "Tichoriecko"), so the name rules of the resolver decide instead and this returns nothing.
   */
  public List<Reading> readings(Token token, String text) {
    return session().readings(token, text);
  }

  /** Dictionary readings of a word form. */
  public List<Reading> readings(String word) {
    return session().readings(word);
  }

  /**
   * A lookup session: the same answers as {@link Morphology#readings(Token, String)} and {@link
   * Morphology#readings(String)}, with one dictionary lookup object for all its calls. Made per
   * document (or per call); not thread-safe.
   */
  public Session session() {
    return new Session();
  }

  /** See {@link #session()}. */
  public final class Session {
    private final DictionaryLookup lookup = new DictionaryLookup(dictionary);
    private final FSATraversal traversal = new FSATraversal(fsa);
    /** {@link #known} answers so far: a document repeats its words. */
    private final Map<String, Boolean> known = new HashMap<>();

    private Session() {}

    /** As {@link Morphology#readings(Token, String)}. */
    public List<Reading> readings(Token token, String text) {
      String word = token.text(text);
      if (token.lemma() == null || token.tag() == null) {
        return readings(word);
      }
      // the dictionary only decides whether the word is known; the readings are the token's own
      if (!known(word)) {
        return new ArrayList<>();
      }
      List<Reading> out = new ArrayList<>();
      for (String t : Tags.expand(token.tag())) {
        out.add(new Reading(token.lemma(), t));
      }
      for (Reading r : token.readings()) {
        for (String t : Tags.expand(r.tag())) {
          Reading a = new Reading(r.lemma(), t);
          if (!out.contains(a)) {
            out.add(a);
          }
        }
      }
      return out;
    }

    /** As {@link Morphology#readings(String)}. */
    public List<Reading> readings(String word) {
      List<Reading> out = new ArrayList<>();
      String abbr = ABBREVIATED_ADJECTIVES.get(word.toLowerCase(java.util.Locale.ROOT));
      if (abbr != null) {
        for (String c : Tags.CASES) {
          for (String n : List.of("sg", "pl")) {
            for (String g : List.of("m1", "m2", "m3", "f", "n1", "n2", "p1", "p2", "p3", "n")) {
              out.add(new Reading(abbr, "adj:" + n + ":" + c + ":" + g + ":pos"));
            }
          }
        }
        return out;
      }
      lookup(word, out);
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        // a capitalised common noun or adjective in a name ("Kraju", "Nadmorskiego") also reads as
        // the lower-case word; proper-noun readings stay first
        lookup(word.toLowerCase(java.util.Locale.ROOT), out);
      }
      return out;
    }

    /** Whether {@link #readings(String)} is non-empty, without building the readings. */
    public boolean known(String word) {
      Boolean k = known.get(word);
      if (k == null) {
        k = lookUpKnown(word);
        known.put(word, k);
      }
      return k;
    }

    private boolean lookUpKnown(String word) {
      if (ABBREVIATED_ADJECTIVES.containsKey(word.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      return hasReading(word)
          || (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
              && hasReading(word.toLowerCase(java.util.Locale.ROOT)));
    }

    private boolean hasReading(String word) {
      if (directEntryCheck) {
        return hasEntry(word);
      }
      for (WordData wd : lookup.lookup(word)) {
        if (!Tags.expand(wd.getTag().toString()).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@link DictionaryLookup#lookup} would find any entry for the word: the automaton
     * walk alone, without decoding the entries. (A word holding the separator, or one that does
     * not encode, has none.)
     */
    private boolean hasEntry(String word) {
      if (word.indexOf(separatorChar) >= 0 || !encodable(word)) {
        return false;
      }
      MatchResult m = traversal.match(word.getBytes(StandardCharsets.UTF_8));
      if (m.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
        return false;
      }
      int arc = fsa.getArc(m.node, separator);
      return arc != 0 && !fsa.isArcFinal(arc);
    }

    private void lookup(String word, List<Reading> out) {
      for (WordData wd : lookup.lookup(word)) {
        String lemma = wd.getStem().toString();
        for (String t : Tags.expand(wd.getTag().toString())) {
          Reading r = new Reading(lemma, t);
          if (!out.contains(r)) {
            out.add(r);
          }
        }
      }
    }
  }

  /** Whether the word has any dictionary reading. */
  public boolean known(String word) {
    return !readings(word).isEmpty();
  }
}
