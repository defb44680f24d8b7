package org.kronika.pl.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * English-style spellings of a name that Polish writes phonetically, so that Polish text finds
 * the actor dictionaries' entries (PETRARCH spells names in English transliteration): "Władimir
 * Putin" → {@code VLADIMIR_PUTIN}, "Siergiej Ławrow" → {@code SERGEY_LAVROV}, "Dmitrij Pieskow" →
 * {@code DMITRY_PESKOV}, "Kim Dzong Un" → {@code KIM_JONG_UN}. Polish renders Russian, Ukrainian,
 * Belarusian and Korean names by its own orthography (w, ł, sz, cz, ż, ch, j, softening i); this
 * undoes it.
 *
 * <p>Requires a name as written (letters and spaces); produces candidate keys in {@link
 * EntityLexicons#actorKey} form, the most English spelling of each word first, at most {@link
 * #MAX_KEYS}. Several rules are optional (English transliterations differ: SERGEY and SERGEI,
 * KH and H), so a word has several spellings; the caller looks each key up. Stateless.
 */
final class PolishRomanization {
  /** At most this many spellings per word and keys per name. */
  static final int MAX_KEYS = 256;
  private static final int MAX_PER_WORD = 24;
  private static final String VOWELS = "AEIOUYĄĘÓ";

  private PolishRomanization() {}

  /** Candidate actor keys for a name, without the name's own key. */
  static List<String> keys(String name) {
    return keys(name, word -> true);
  }

  /**
   * Candidate actor keys for a name, without the name's own key, built only from word spellings
   * ({@link EntityLexicons#actorKey} form) that {@code knownWord} accepts: with the words of the
   * dictionary's names, a name none of whose spellings can match costs no keys.
   */
  static List<String> keys(String name, Predicate<String> knownWord) {
    String[] words = name.strip().toUpperCase(Locale.ROOT).split("\\s+");
    // the surname first: it is the word most often without any spelling in the dictionaries
    List<List<String>> spelt = new ArrayList<>();
    for (int i = words.length - 1; i >= 0; i--) {
      List<String> known = new ArrayList<>();
      for (String v : spellings(words[i])) {
        String folded = fold(v);
        if (knownWord.test(folded) && !known.contains(folded)) {
          known.add(folded);
        }
      }
      if (known.isEmpty()) {
        return List.of();
      }
      spelt.add(0, known);
    }
    List<String> keys = new ArrayList<>(List.of(""));
    for (List<String> known : spelt) {
      List<String> next = new ArrayList<>();
      for (String prefix : keys) {
        for (String v : known) {
          if (next.size() < MAX_KEYS) {
            next.add(prefix.isEmpty() ? v : prefix + "_" + v);
          }
        }
      }
      keys = next;
    }
    keys.remove(EntityLexicons.actorKey(name));
    return keys;
  }

  /**
   * {@link EntityLexicons#actorKey} of one upper-case word, by a table for the Polish letters left
   * after {@link #spellings} and the general (slower) folding only for other letters.
   */
  private static String fold(String word) {
    char[] cs = word.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      int at = POLISH.indexOf(cs[i]);
      if (at >= 0) {
        cs[i] = ASCII.charAt(at);
      } else if (cs[i] > 127) {
        return EntityLexicons.actorKey(word);
      }
    }
    return new String(cs);
  }

  private static final String POLISH = "ĄĆĘŃÓŚŹ";
  private static final String ASCII = "ACENOSZ";

  /** English-style spellings of one upper-case word, the most transliterated first. */
  static List<String> spellings(String word) {
    List<String> out = new ArrayList<>();
    spell(word, 0, new StringBuilder(), out);
    return out;
  }

  private static void spell(String w, int i, StringBuilder sb, List<String> out) {
    if (out.size() >= MAX_PER_WORD) {
      return;
    }
    if (i >= w.length()) {
      out.add(sb.toString());
      return;
    }
    for (String[] alt : alternatives(w, i)) {
      int len = sb.length();
      sb.append(alt[1]);
      spell(w, i + alt[0].length(), sb, out);
      sb.setLength(len);
    }
  }

  /**
   * The ways to spell the letters at {@code i}: pairs of (Polish letters consumed, English
   * letters), preferred first.
   */
  private static List<String[]> alternatives(String w, int i) {
    List<String[]> a = new ArrayList<>(3);
    boolean afterConsonant = i > 0 && isConsonant(w.charAt(i - 1));
    if (w.startsWith("SZCZ", i)) {
      a.add(new String[] {"SZCZ", "SHCH"});
    } else if (w.startsWith("SZ", i)) {
      a.add(new String[] {"SZ", "SH"});
    } else if (w.startsWith("CZ", i)) {
      a.add(new String[] {"CZ", "CH"});
    } else if (w.startsWith("CH", i)) {
      a.add(new String[] {"CH", "KH"});
      a.add(new String[] {"CH", "H"});
      a.add(new String[] {"CH", "CH"});
    } else if (w.startsWith("DŻ", i) || w.startsWith("DZ", i)) {
      // Dżochar, Dzong: English J (Korean Jong), or DZH / DZ
      a.add(new String[] {w.substring(i, i + 2), "J"});
      a.add(new String[] {w.substring(i, i + 2), w.charAt(i + 1) == 'Ż' ? "DZH" : "DZ"});
    } else if (w.charAt(i) == 'Ż') {
      a.add(new String[] {"Ż", "ZH"});
    } else if (w.startsWith("KS", i)) {
      a.add(new String[] {"KS", "KS"});
      a.add(new String[] {"KS", "X"});
    } else if (w.startsWith("SKI", i) && i + 3 == w.length()) {
      a.add(new String[] {"SKI", "SKY"});
      a.add(new String[] {"SKI", "SKIY"});
      a.add(new String[] {"SKI", "SKI"});
    } else if (w.startsWith("IJ", i) && i + 2 == w.length()) {
      // Dmitrij, Jurij
      a.add(new String[] {"IJ", "Y"});
      a.add(new String[] {"IJ", "IY"});
      a.add(new String[] {"IJ", "I"});
    } else if (w.startsWith("IE", i) && afterConsonant) {
      // Pieskow, Siergiej: the i only softens the consonant
      a.add(new String[] {"IE", "E"});
      a.add(new String[] {"IE", "IE"});
    } else if ((w.startsWith("IA", i) || w.startsWith("IU", i) || w.startsWith("IO", i)) && afterConsonant) {
      // Riabkow, Fiodor: the consonant is soft, English writes y
      a.add(new String[] {w.substring(i, i + 2), "Y" + w.charAt(i + 1)});
      a.add(new String[] {w.substring(i, i + 2), w.substring(i, i + 2)});
    } else if (w.charAt(i) == 'J' && i + 1 < w.length() && isVowel(w.charAt(i + 1))) {
      // Jurij, Netanjahu: Y before a vowel; Benjamin keeps J
      a.add(new String[] {"J", "Y"});
      a.add(new String[] {"J", "J"});
    } else if (w.charAt(i) == 'J' && i > 0 && isVowel(w.charAt(i - 1))) {
      // Siergiej, Szojgu: after a vowel, Y or I
      a.add(new String[] {"J", "Y"});
      a.add(new String[] {"J", "I"});
    } else if (w.charAt(i) == 'W') {
      a.add(new String[] {"W", "V"});
    } else if (w.charAt(i) == 'Ł') {
      a.add(new String[] {"Ł", "L"});
    } else {
      a.add(new String[] {w.substring(i, i + 1), w.substring(i, i + 1)});
    }
    return a;
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && !isVowel(c);
  }
}
