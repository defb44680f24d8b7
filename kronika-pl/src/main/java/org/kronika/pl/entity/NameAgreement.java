package org.kronika.pl.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.kronika.api.Reading;
import org.kronika.pl.entity.NameNormalizer.Word;

/**
 * Case and gender agreement across the words of a person's name, for {@link NameNormalizer}:
 * which (case, gender) the whole name is in ({@link #personKey}) and which reading of each word
 * has it. Requires the words' readings (atomic tags; the tagger's first where {@link Word#tagged});
 * produces "case:gender" keys, the three masculine genders as one. Stateless.
 */
final class NameAgreement {
  private NameAgreement() {}

  /**
   * A singular noun reading of the word in one of the {@code agree} cases and genders: a proper
   * noun's first, else, for a word without proper-noun readings, a common noun's; null if none.
   */
  static Reading agreeingReading(Word w, Set<String> agree) {
    List<Reading> proper = NameNormalizer.properReadings(w);
    for (Reading r : proper.isEmpty() ? w.readings() : proper) {
      if (Tags.isNoun(r.tag()) && "sg".equals(Tags.numberOf(r.tag()))
          && agree.contains(agreementKey(r.tag()))) {
        return r;
      }
    }
    return null;
  }

  /** "case:gender" of a tag, the three masculine genders as one ({@code m}): adjectives agree so. */
  static String agreementKey(String tag) {
    String g = Tags.genderOf(tag);
    return Tags.caseOf(tag) + ":" + (g != null && g.startsWith("m") ? "m" : g);
  }

  /** The {@link #agreementKey}s of the word's singular nominative noun and adjective readings. */
  private static Set<String> nominativeKeys(Word w) {
    Set<String> out = readingKeys(w.readings());
    out.removeIf(k -> !k.startsWith("nom:"));
    return out;
  }

  /**
   * Whether a name of two or more words is already in the nominative: every word a dictionary word
   * with a singular nominative reading, in one gender they all share, and no apostrophe ending.
   */
  private static boolean nominativePhrase(List<Word> words) {
    Set<String> shared = null;
    for (Word w : words) {
      if (!w.parts().isEmpty() || NameNormalizer.stripApostrophe(w.text()) != null) {
        return false;
      }
      Set<String> keys = nominativeKeys(w);
      if (shared == null) {
        shared = keys;
      } else {
        shared.retainAll(keys);
      }
      if (shared.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Oblique cases in the order a name's shared case is chosen when several fit (no vocative). */
  private static final List<String> OBLIQUE = List.of("gen", "acc", "dat", "inst", "loc");

  /**
   * The cases and genders the oblique endings of the adjectival declension show, in a surname or a
   * foreign name declined like an adjective ("Zełenskiego", "Kowalskiej", "Zawahiriego",
   * "Verdiemu").
   */
  private static final Map<String, Set<String>> ADJECTIVAL_ENDING_KEYS = Map.of(
      "ego", Set.of("gen:m", "acc:m"), "emu", Set.of("dat:m"), "im", Set.of("inst:m", "loc:m"),
      "ej", Set.of("gen:f", "dat:f", "loc:f"), "ą", Set.of("acc:f", "inst:f"));

  /**
   * The case and gender ({@link #agreementKey}) a name of two or more words agrees in, or null when
   * its words do not tell. What each word allows:
   * <ul>
   *   <li>a word with proper-noun readings of persons (masculine personal or feminine): those
   *       ("Jana": Jana nom. f., Jan gen./acc. m.); such a word is <em>evidence</em>;
   *   <li>an adjectival surname the dictionary lacks: what its ending shows ("Srebrzyńskiego":
   *       gen./acc. m.); also evidence;
   *   <li>a word the dictionary knows only as a common noun or adjective: its singular readings
   *       ("Matki", "Kapturkiem"); a constraint, never evidence on its own ("Tony" is not the
   *       genitive of "tona");
   *   <li>anything else (foreign words, place-name readings only, hyphenated words, apostrophe
   *       endings): nothing.
   * </ul>
   * Vocatives are left out. With some evidence, in order:
   * <ol>
   *   <li>two or more words allow something, and the tagger's readings of the words ({@link
   *       Word#tagged}; a person reading for a word that has one) share one key that every word
   *       allows;
   *   <li>the keys all words allow, when they include no nominative ("Jana Nowaka"; "Lecha
   *       Dominika", though "lecha" is also a common noun): the first in {@link #OBLIQUE} order of
   *       those in the gender of the tagger's person readings. Not when the tagger reads some word
   *       as a person's name in the nominative, when its person readings differ in gender, or when
   *       every word allows a nominative ("Krystyna Twaróg": a woman's surname
   *       that is a noun does not decline).
   * </ol>
   * Else, every word a dictionary word that can be a nominative of one shared gender, common-noun
   * readings included ("Matka Boska Fatimska", though "Boska" is also the surname Bosek's
   * genitive): {@code nom:}. A nominative from 1 counts only when every word is a dictionary word
   * (else null: the word-by-word rules decide).
   */
  static String personKey(List<Word> words) {
    if (words.size() < 2) {
      return null;
    }
    List<Set<String>> allowed = new ArrayList<>();
    List<String> firstKeys = new ArrayList<>();
    boolean evidence = false;
    boolean nominativeName = false;
    Set<String> firstGenders = new HashSet<>();
    int dictionaryWords = 0;
    for (Word w : words) {
      if (!w.parts().isEmpty() || NameNormalizer.stripApostrophe(w.text()) != null) {
        continue;
      }
      Set<String> keys = readingKeys(w.readings());
      if (!keys.isEmpty()) {
        dictionaryWords++;
      }
      List<Reading> persons = personReadings(w);
      Reading first = w.taggerReading();
      if (!persons.isEmpty()) {
        evidence = true;
        allowed.add(readingKeys(persons));
        boolean firstIsPerson = persons.contains(first);
        String firstKey = firstIsPerson ? singleKey(first) : null;
        firstKeys.add(firstKey);
        nominativeName |= firstIsPerson && "nom".equals(Tags.caseOf(first.tag()));
        if (firstKey != null) {
          firstGenders.add(firstKey.substring(firstKey.indexOf(':') + 1));
        }
      } else if (!keys.isEmpty() && NameNormalizer.properReadings(w).isEmpty()) {
        allowed.add(keys);
        firstKeys.add(singleKey(first));
      } else if (w.readings().isEmpty() && NameNormalizer.adjectivalSurname(w.text()) != null) {
        evidence = true;
        allowed.add(adjectivalEndingKeys(w.text()));
      }
    }
    boolean allDictionary = dictionaryWords == words.size();
    if (evidence && allowed.size() >= 2 && !firstKeys.isEmpty() && !firstKeys.contains(null)
        && new HashSet<>(firstKeys).size() == 1) {
      String k = firstKeys.get(0);
      if (allowed.stream().allMatch(a -> a.contains(k))
          && (allDictionary || !k.startsWith("nom:"))) {
        return k;
      }
    }
    boolean everyWordNominative =
        allowed.stream().allMatch(a -> a.stream().anyMatch(k -> k.startsWith("nom:")));
    if (evidence && !nominativeName && !everyWordNominative && firstGenders.size() <= 1) {
      Set<String> shared = new HashSet<>(allowed.get(0));
      for (Set<String> a : allowed) {
        shared.retainAll(a);
      }
      if (!firstGenders.isEmpty()) {
        String gender = ":" + firstGenders.iterator().next();
        shared.removeIf(k -> !k.endsWith(gender));
      }
      if (shared.stream().noneMatch(k -> k.startsWith("nom:"))) {
        for (String c : OBLIQUE) {
          for (String k : new TreeSet<>(shared)) {
            if (k.startsWith(c + ":")) {
              return k;
            }
          }
        }
      }
    }
    return allDictionary && nominativePhrase(words) ? "nom:" : null;
  }

  /**
   * What the oblique ending of a name declined like an adjective shows ({@link
   * NameNormalizer#adjectivalSurname}, {@link NameNormalizer#foreignAdjectival}).
   */
  static Set<String> adjectivalEndingKeys(String text) {
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, Set<String>> e : ADJECTIVAL_ENDING_KEYS.entrySet()) {
      if (text.endsWith(e.getKey())) {
        out.addAll(e.getValue());
      }
    }
    return out;
  }

  /** The proper-noun readings of a person's name: masculine personal or feminine. */
  private static List<Reading> personReadings(Word w) {
    List<Reading> out = new ArrayList<>();
    for (Reading r : NameNormalizer.properReadings(w)) {
      String g = Tags.genderOf(r.tag());
      if ("m1".equals(g) || "f".equals(g)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The {@link #agreementKey} of a singular noun or adjective reading with a case other than the
   * vocative; null for any other reading, or none.
   */
  private static String singleKey(Reading r) {
    if (r == null || !(Tags.isNoun(r.tag()) || Tags.isAdjective(r.tag()))
        || !"sg".equals(Tags.numberOf(r.tag()))) {
      return null;
    }
    String c = Tags.caseOf(r.tag());
    return c == null || c.equals("voc") ? null : agreementKey(r.tag());
  }

  /** The {@link #singleKey}s of the readings that have one. */
  private static Set<String> readingKeys(List<Reading> readings) {
    Set<String> out = new HashSet<>();
    for (Reading r : readings) {
      String k = singleKey(r);
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * The word's singular noun or adjective reading with this {@link #agreementKey}, null if none:
   * the {@link #usual} one among its person readings ({@link #personReadings}) that have the key,
   * or, for a word without them, among all its readings that have it.
   */
  static Reading readingWithKey(Word w, String key, ToIntFunction<String> personFormCount) {
    List<Reading> persons = personReadings(w);
    List<Reading> withKey = new ArrayList<>();
    for (Reading r : persons.isEmpty() ? w.readings() : persons) {
      if (key.equals(singleKey(r))) {
        withKey.add(r);
      }
    }
    return withKey.isEmpty() ? null : usual(withKey, persons, w.taggerReading(), personFormCount);
  }

  /**
   * How often a lemma must occur as a person's name, and how many times more often than the
   * default's, to replace the default reading in {@link #usual}.
   */
  private static final int USUAL_MIN = 5;
  private static final int USUAL_RATIO = 2;

  /**
   * Of readings of one word form, the one to take. The default is the tagger's reading if it is
   * among them, else the first. A person reading with another lemma replaces it when that lemma is
   * clearly more usual as a person's name: it occurs at least {@value #USUAL_MIN} times in {@code
   * personFormCount} and more than {@value #USUAL_RATIO} times as often as the default's ("Marka":
   * Marek 139, Mark 2; "Jacka": Jacek, not Jack). Close counts leave the default ("Bolka": Bolko 3,
   * Bolek 2).
   */
  static Reading usual(List<Reading> candidates, List<Reading> persons, Reading tagger,
      ToIntFunction<String> personFormCount) {
    Reading best = tagger != null && candidates.contains(tagger) ? tagger : candidates.get(0);
    int defaultCount = personFormCount.applyAsInt(best.lemma());
    int bestCount = defaultCount;
    for (Reading r : candidates) {
      if (persons.contains(r) && !r.lemma().equals(best.lemma())) {
        int c = personFormCount.applyAsInt(r.lemma());
        if (c >= USUAL_MIN && c > USUAL_RATIO * defaultCount && c > bestCount) {
          best = r;
          bestCount = c;
        }
      }
    }
    return best;
  }
}
