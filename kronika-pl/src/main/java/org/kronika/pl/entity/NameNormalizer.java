package org.kronika.pl.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.kronika.api.Reading;

/**
 * Base forms of names: the nominative of the name's head phrase, with agreement, keeping every other
 * word as written and each word's capitalisation.
 *
 * <p>The head phrase is the leading run of adjectives, one noun and the adjectives agreeing with it
 * ("Parlamencie Europejskim", "Białego Domu", "Korei Płn."); it ends at the first word that does not
 * agree (a genitive complement: "Ministerstwa | Spraw Zagranicznych"). The case, number and gender
 * are those under which the longest head phrase agrees (singular first). Each head word's reading is
 * re-synthesised in the nominative with {@link PolishSynthesizer}. Person names are appositions, so
 * every word is a head word.
 *
 * <p>A plurale tantum noun's nominative is its lemma, and such a reading ranks first ("Katowicach"
 * → "Katowice"). A hyphenated word the dictionary does not know is normalised part by part in the
 * case its parts share ("Bielsku-Białej" → "Bielsko-Biała"). A {@code -ski/-cki/-dzki} surname in an
 * oblique case gets its nominative even when the dictionary lacks it ("Zełenskim"), and so does a
 * name of the {@code -a} declension in {@code -ą} ("Kułebą").
 *
 * <p>Words the dictionary does not know (foreign names) lose Polish case endings only under guard:
 * apostrophe endings ({@code Antony'ego}) always; {@code -a/-owi/-em/-ie/-u} after a consonant (and
 * {@code -iem} after k/g) when
 * the stripped form is verified (it occurs in the document or in the person gazetteer), or when
 * another word of the name shows it is inflected, or (for {@code -u}) after a preposition. Unknown
 * adjectives in a head phrase ("Krasnodarskiego") get the nominative ending of their declension.
 */
public final class NameNormalizer {
  /**
   * A word of a mention: its text and its readings (atomic tags); for a hyphenated word the
   * dictionary does not know as a whole, its parts with their own readings (else empty);
   * {@code tagged}: the first reading is the tagger's choice in context (else the readings are
   * the dictionary's, in its order).
   */
  public record Word(String text, List<Reading> readings, List<Word> parts, boolean tagged) {
    public Word(String text, List<Reading> readings) {
      this(text, readings, List.of(), false);
    }

    /** The tagger's reading, or null when the word is not tagged or has no readings. */
    Reading taggerReading() {
      return tagged && !readings.isEmpty() ? readings.get(0) : null;
    }
  }

  /** A word of two or more capitalised parts joined by hyphens ("Bielsko-Biała", "Kowalska-Nowak"). */
  static boolean isHyphenCompound(String word) {
    String[] parts = word.split("-", -1);
    if (parts.length < 2) {
      return false;
    }
    for (String p : parts) {
      if (p.length() < 2 || !Character.isUpperCase(p.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each part of a hyphenated word in its base form: Bielsku-Białej → Bielsko-Biała. The parts
   * stand in one case, so each part's reading is the noun or adjective reading that shares the most
   * cases with the other parts ("Bielsku": Bielsko, dative and locative like "Białej", rather than
   * Bielsk; "Skarżyska": the genitive of Skarżysko, not a nominative plural); a part the dictionary
   * does not know is normalised on its own. A place or organisation whose known parts share no case,
   * or with only one known part, stays as written; a person's parts are then normalised one by one.
   */
  private String compound(Word w, boolean person, Predicate<String> verified) {
    java.util.Set<String> shared = null;
    for (Word part : w.parts()) {
      java.util.Set<String> cases = new java.util.HashSet<>();
      for (Reading r : part.readings()) {
        if ((Tags.isNoun(r.tag()) || Tags.isAdjective(r.tag())) && Tags.caseOf(r.tag()) != null) {
          cases.add(Tags.caseOf(r.tag()));
        }
      }
      if (!cases.isEmpty()) {
        if (shared == null) {
          shared = cases;
        } else {
          shared.retainAll(cases);
        }
      }
    }
    int known = 0;
    for (Word part : w.parts()) {
      known += part.readings().isEmpty() ? 0 : 1;
    }
    if (!person && shared != null && shared.isEmpty() && known >= 2) {
      // the known parts stand in no common case: not a name of two inflected parts ("Al-Kaidzie");
      // a person's parts may (a woman's "Nowak" does not decline)
      return w.text();
    }
    if (!person && known == 1) {
      // one known part alone shows no case the parts share: "Ust" of Ust-Ługa is not the genitive
      // of "usta", whatever "Ługa" (unknown) is in
      return w.text();
    }
    StringBuilder sb = new StringBuilder();
    for (Word part : w.parts()) {
      Reading best = shared == null || shared.isEmpty() ? null : mostShared(part, shared);
      String form;
      if (best != null && !"nom".equals(Tags.caseOf(best.tag()))) {
        String nom = nominative(best);
        form = nom == null ? part.text() : matchCase(part.text(), nom);
      } else if (best != null) {
        form = part.text();
      } else {
        List<Word> one = List.of(part);
        form = person ? person(one, verified).get(0) : phrase(one, false, verified).get(0);
      }
      sb.append(sb.length() == 0 ? "" : "-").append(form);
    }
    return sb.toString();
  }

  /**
   * The part's noun or adjective reading in a shared case whose lemma, number and gender have the
   * most readings in shared cases; the dictionary's order breaks ties. Null when none is shared.
   */
  private static Reading mostShared(Word part, java.util.Set<String> shared) {
    Reading best = null;
    int bestCount = 0;
    for (Reading r : part.readings()) {
      if (!(Tags.isNoun(r.tag()) || Tags.isAdjective(r.tag())) || !shared.contains(Tags.caseOf(r.tag()))) {
        continue;
      }
      int count = 0;
      for (Reading o : part.readings()) {
        if (o.lemma().equals(r.lemma()) && shared.contains(Tags.caseOf(o.tag()))
            && java.util.Objects.equals(Tags.numberOf(o.tag()), Tags.numberOf(r.tag()))
            && java.util.Objects.equals(Tags.genderOf(o.tag()), Tags.genderOf(r.tag()))) {
          count++;
        }
      }
      if (count > bestCount) {
        best = r;
        bestCount = count;
      }
    }
    return best;
  }

  private static final List<String> CASE_ORDER = List.of("nom", "gen", "loc", "inst", "dat", "acc", "voc");
  private static final String[] APOSTROPHE_ENDINGS = {"ego", "emu", "em", "go", "m", "a", "u", "ie", "owi", "iem", "e"};
  /** Case endings of foreign surnames, longest first; {@code -iem} after k/g ("Stoltenbergiem"). */
  private static final String[] PERSON_ENDINGS = {"owi", "iem", "em", "ie", "a", "u"};

  private final PolishSynthesizer synth;
  /** How usual a word form is as (part of) a person's name: picks among a form's names. */
  private final ToIntFunction<String> personFormCount;

  public NameNormalizer(PolishSynthesizer synth) {
    this(synth, form -> 0);
  }

  /**
   * @param personFormCount how often a form occurs in person names (for example in training data),
   *     used to choose between the person names the dictionary offers for one inflected form
   */
  public NameNormalizer(PolishSynthesizer synth, ToIntFunction<String> personFormCount) {
    this.synth = synth;
    this.personFormCount = personFormCount;
  }

  /**
   * The base form of a mention.
   *
   * @param words the mention's words (edge quotes already removed)
   * @param person true for person names
   * @param afterPreposition true when the word before the mention is a preposition
   * @param verified whether a candidate base form of an unknown word is attested (in the document,
   *     a gazetteer)
   */
  public String normalize(List<Word> words, boolean person, boolean afterPreposition, Predicate<String> verified) {
    if (words.isEmpty()) {
      return "";
    }
    if (words.size() == 1 && !words.get(0).parts().isEmpty()) {
      return compound(words.get(0), person, verified);
    }
    List<String> out = person ? person(words, verified) : phrase(words, afterPreposition, verified);
    return join(words, out);
  }

  private static String join(List<Word> words, List<String> out) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < out.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(out.get(i));
    }
    return sb.toString();
  }

  // ---- persons ----

  private List<String> person(List<Word> words, Predicate<String> verified) {
    String key = NameAgreement.personKey(words);
    if (key != null && key.startsWith("nom:")) {
      return words.stream().map(Word::text).toList();
    }
    List<String> out = new ArrayList<>();
    boolean inflected = false;
    String[] known = new String[words.size()];
    // an epithet or adjectival surname in an oblique case ("Chrobrego", "Zawahiriego"): the cases
    // and genders it can have, as "case:gender" keys ({@link NameAgreement#agreementKey})
    Set<String> agree = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String ap = stripApostrophe(w.text());
      if (ap != null) {
        known[i] = ap;
        inflected = true;
        continue;
      }
      List<Reading> proper = properReadings(w, words.size() == 1);
      if (proper.isEmpty()) {
        String adjectival = w.parts().isEmpty() ? adjectivalSurname(w.text()) : null;
        if (adjectival != null) {
          agree.addAll(NameAgreement.adjectivalEndingKeys(w.text()));
        }
        if (adjectival == null && w.parts().isEmpty()) {
          adjectival = aDeclension(w.text());
        }
        if (adjectival == null && w.parts().isEmpty()) {
          Reading adj = obliqueAdjective(w);
          String nom = adj == null ? null : nominative(adj);
          if (nom != null) {
            adjectival = matchCase(w.text(), nom);
            for (Reading r : w.readings()) {
              if (Tags.isAdjective(r.tag()) && "sg".equals(Tags.numberOf(r.tag()))) {
                agree.add(NameAgreement.agreementKey(r.tag()));
              }
            }
          }
        }
        if (adjectival == null && w.parts().isEmpty() && w.readings().isEmpty()) {
          adjectival = foreignAdjectival(w.text(), verified);
          if (adjectival != null) {
            // -ego / -emu of a man's name: genitive or accusative / dative
            agree.addAll(NameAgreement.adjectivalEndingKeys(w.text()));
          }
        }
        if (adjectival != null) {
          // "Zełenskim", "Kowalskiej": declined like adjectives even when the dictionary lacks them
          known[i] = adjectival;
          inflected = true;
        }
        continue;
      }
      boolean hasNom = proper.stream().anyMatch(r -> "nom".equals(Tags.caseOf(r.tag())));
      if (hasNom) {
        known[i] = w.text();
      } else {
        Reading r = NameAgreement.usual(proper, proper, w.taggerReading(), personFormCount);
        String form = nominative(r);
        known[i] = form == null ? w.text() : matchCase(w.text(), form);
        inflected |= form != null;
      }
    }
    if (!agree.isEmpty()) {
      // "Bolesława Chrobrego": "Bolesława" is also a woman's name in the nominative, but the
      // epithet shows the case and gender, and Bolesław's genitive has them; a common noun in the
      // name takes its nominative the same way ("Matki Boskiej" → Matka, "Kapturkiem" → Kapturek)
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        if (w.parts().isEmpty() && (known[i] == null || known[i].equals(w.text()))) {
          Reading r = NameAgreement.agreeingReading(w, agree);
          String form = r == null ? null : nominative(r);
          if (form != null) {
            known[i] = matchCase(w.text(), form);
          }
        }
      }
    }
    if (key != null) {
      // the case and gender the whole name agrees in: "Jana Nowaka" → Jan Nowak, though "Jana" is
      // also a woman's name in the nominative
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        Reading r = w.parts().isEmpty() && stripApostrophe(w.text()) == null
            ? NameAgreement.readingWithKey(w, key, personFormCount) : null;
        String form = r == null ? null : nominative(r);
        if (form != null) {
          known[i] = matchCase(w.text(), form);
          inflected = true;
        }
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (known[i] != null) {
        out.add(known[i]);
        continue;
      }
      String text = words.get(i).text();
      if (!words.get(i).parts().isEmpty()) {
        out.add(compound(words.get(i), true, verified));
        continue;
      }
      String chosen = text;
      List<String> candidates = strippedCandidates(text, PERSON_ENDINGS);
      String fallback = null;
      for (String c : candidates) {
        if (verified.test(c)) {
          chosen = c;
          fallback = null;
          break;
        }
        if (fallback == null) {
          fallback = c;
        }
      }
      if (chosen.equals(text)) {
        chosen = shortStem(text, inflected, verified);
      }
      if (chosen.equals(text) && fallback != null && inflected) {
        chosen = fallback;
      }
      out.add(chosen);
    }
    return out;
  }

  /**
   * Singular readings of proper nouns (capitalised lemma) for capitalised words, vocatives aside: a
   * name of several words is far more often a foreign nominative ("Mario Draghi", "Silvio
   * Berlusconi") than a Polish name in the vocative (of Maria, Silvia); see {@link
   * #properReadings(Word, boolean)}.
   */
  static List<Reading> properReadings(Word w) {
    return properReadings(w, false);
  }

  /**
   * As {@link #properReadings(Word)}, with the vocatives when {@code vocative}: a one-word name in
   * dialogue is often an address ("Ewo", "Kasiu").
   */
  static List<Reading> properReadings(Word w, boolean vocative) {
    List<Reading> out = new ArrayList<>();
    if (w.text().isEmpty() || !Character.isUpperCase(w.text().charAt(0))) {
      return out;
    }
    for (Reading r : w.readings()) {
      String c = Tags.caseOf(r.tag());
      if (!r.lemma().isEmpty() && Character.isUpperCase(r.lemma().charAt(0))
          && (Tags.isNoun(r.tag()) || Tags.isAdjective(r.tag()))
          && c != null && (vocative || !c.equals("voc"))
          && "sg".equals(Tags.numberOf(r.tag()))) {
        out.add(r);
      }
    }
    return out;
  }

  private static final String[][] SURNAME_ENDINGS = {
    {"iego", "i"}, {"iemu", "i"}, {"im", "i"}, {"iej", "a"}, {"ą", "a"},
  };

  /**
   * The nominative of a capitalised {@code -ski/-cki/-dzki} surname in an oblique case
   * ({@code Zełenskim} → {@code Zełenski}, {@code Kowalskiej} → {@code Kowalska}), or null.
   */
  static String adjectivalSurname(String text) {
    if (text.length() < 5 || !Character.isUpperCase(text.charAt(0))) {
      return null;
    }
    for (String[] e : SURNAME_ENDINGS) {
      if (text.endsWith(e[0])) {
        String stem = text.substring(0, text.length() - e[0].length());
        if (stem.length() > 3 && (stem.endsWith("sk") || stem.endsWith("ck") || stem.endsWith("dzk"))) {
          return stem + e[1];
        }
      }
    }
    return null;
  }

  /**
   * For a capitalised word the dictionary knows only as a common adjective, as in an epithet or an
   * adjectival surname ("Iwana Groźnego", "Adama Kościelnego", "Anny Kościelnej"), its reading in
   * an oblique case, masculine personal or feminine singular (whose nominative is the name's:
   * {@code Groźny}, {@code Kościelna}); null when it has none, or also has such a nominative
   * reading ("Łatana": a surname's genitive as much as an adjective).
   */
  private static Reading obliqueAdjective(Word w) {
    if (w.text().length() < 4 || !Character.isUpperCase(w.text().charAt(0))) {
      return null;
    }
    Reading oblique = null;
    for (Reading r : w.readings()) {
      String g = Tags.genderOf(r.tag());
      if (!Tags.isAdjective(r.tag()) || r.lemma().length() < 4
          || !"sg".equals(Tags.numberOf(r.tag())) || !("m1".equals(g) || "f".equals(g))) {
        continue;
      }
      if ("nom".equals(Tags.caseOf(r.tag()))) {
        return null;
      }
      if (oblique == null) {
        oblique = r;
      }
    }
    return oblique;
  }

  /** Foreign names declined like adjectives: ending of the oblique case → nominative ending. */
  private static final String[][] FOREIGN_ADJECTIVAL = {
    {"iego", "i"}, {"iemu", "i"}, {"yego", "y"}, {"yemu", "y"}, {"dzego", "dze"}, {"dzemu", "dze"},
  };

  /**
   * The nominative of a foreign name the dictionary does not know, in a case that only the
   * adjectival declension makes: {@code Zawahiriego} → {@code Zawahiri}, {@code Lugossyego} →
   * {@code Lugossy}, {@code Gongadzego} → {@code Gongadze} (Georgian {@code -dze}); null otherwise.
   * {@code -iego} is also the case of English names in {@code -ie}: it gives {@code -ie} when that
   * form is attested ({@code Steviego} → {@code Stevie} where "Stevie" occurs), {@code -i} otherwise.
   */
  static String foreignAdjectival(String text, Predicate<String> verified) {
    int start = text.lastIndexOf('-') + 1;
    if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
      return null;
    }
    for (String[] e : FOREIGN_ADJECTIVAL) {
      if (text.endsWith(e[0]) && text.length() - e[0].length() >= 3) {
        String stem = text.substring(0, text.length() - e[0].length());
        return e[1].equals("i") && verified.test(stem + "ie") ? stem + "ie" : stem + e[1];
      }
    }
    return null;
  }

  /**
   * The nominative of a capitalised name of the {@code -a} declension in the instrumental or
   * accusative singular ({@code Kułebą} → {@code Kułeba}): no foreign name ends in {@code -ą}.
   * Null otherwise.
   */
  static String aDeclension(String text) {
    return text.length() >= 4 && Character.isUpperCase(text.charAt(0)) && text.endsWith("ą")
        && Character.isLetter(text.charAt(text.length() - 2))
        ? text.substring(0, text.length() - 1) + "a" : null;
  }

  /** {@code Antony'ego} → {@code Antony}; null when the word has no apostrophe ending. */
  static String stripApostrophe(String text) {
    for (char apo : new char[] {'\'', '’'}) {
      int i = text.lastIndexOf(apo);
      if (i > 0 && i < text.length() - 1) {
        String end = text.substring(i + 1);
        for (String e : APOSTROPHE_ENDINGS) {
          if (end.equals(e)) {
            return text.substring(0, i);
          }
        }
      }
    }
    return null;
  }

  /** Candidate bases of a consonant-final foreign word with a Polish case ending. */
  static List<String> strippedCandidates(String text, String[] endings) {
    List<String> out = new ArrayList<>();
    for (String e : endings) {
      if (text.length() > e.length() + 2 && text.endsWith(e)) {
        String base = text.substring(0, text.length() - e.length());
        char last = base.charAt(base.length() - 1);
        // -iem only after a velar: Stoltenbergiem, not Jasiem
        if (isConsonant(last) && (!e.equals("iem") || last == 'k' || last == 'g')) {
          out.add(base);
        }
      }
    }
    return out;
  }

  /**
   * A two-letter foreign name with a case ending, when the name is attested ({@code verified}) and
   * the ending is one only an oblique case has ({@code -em}, {@code -owi}) or another word shows
   * the name is inflected: "Kim Dzong Unem" → Un (PETRARCH's KIM_JONG_UN). Else the text itself.
   */
  static String shortStem(String text, boolean inflected, Predicate<String> verified) {
    for (String e : PERSON_ENDINGS) {
      if (text.length() == e.length() + 2 && text.endsWith(e) && isConsonant(text.charAt(1))
          && Character.isUpperCase(text.charAt(0))
          && (inflected || e.equals("em") || e.equals("owi")) && verified.test(text.substring(0, 2))) {
        return text.substring(0, 2);
      }
    }
    return text;
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && "aeiouyąęóAEIOUYĄĘÓ".indexOf(c) < 0;
  }

  // ---- other names: head phrase with agreement ----

  /** A case, number and gender to agree in; {@code pt}: from a plurale tantum noun (ranking only). */
  private record Agreement(String kase, String number, String gender, boolean pt) {}

  private List<String> phrase(List<Word> words, boolean afterPreposition, Predicate<String> verified) {
    List<Agreement> candidates = new ArrayList<>();
    for (Word w : words) {
      for (Reading r : w.readings()) {
        if ((Tags.isNoun(r.tag()) || Tags.isAdjective(r.tag())) && Tags.caseOf(r.tag()) != null) {
          Agreement a = new Agreement(Tags.caseOf(r.tag()), Tags.numberOf(r.tag()),
              Tags.genderOf(r.tag()), Tags.isNoun(r.tag()) && pluraleTantum(r.tag()));
          if (!candidates.contains(a)) {
            candidates.add(a);
          }
        }
      }
    }
    candidates.sort((a, b) -> rank(a) - rank(b));
    Agreement best = null;
    int bestLen = 0;
    Reading[] bestReadings = null;
    for (Agreement a : candidates) {
      Reading[] chosen = new Reading[words.size()];
      int len = headLength(words, a, chosen);
      if (len > bestLen) {
        best = a;
        bestLen = len;
        bestReadings = chosen;
      }
    }
    List<String> out = new ArrayList<>();
    for (Word w : words) {
      out.add(w.text());
    }
    if (best == null) {
      // nothing known: a lone foreign word ("Tichoriecku")
      if (words.size() == 1) {
        out.set(0, unknownNoun(words.get(0).text(), afterPreposition, verified));
      }
      return out;
    }
    if (best.kase().equals("nom")) {
      return out;
    }
    for (int i = 0; i < bestLen; i++) {
      Word w = words.get(i);
      Reading r = bestReadings[i];
      String form;
      if (r == null) {
        form = i == 0 ? unknownNoun(w.text(), true, verified) : unknownAdjective(w.text(), best);
      } else {
        String nom = nominative(r);
        form = nom == null ? w.text() : matchCase(w.text(), nom);
      }
      out.set(i, form);
    }
    return out;
  }

  /**
   * Singular before plural, nominative first; but a plurale tantum reading (gender p1–p3: "Tatry",
   * "Katowicach", "Suwałk") before both, as place names are where such nouns occur.
   */
  private static int rank(Agreement a) {
    int c = CASE_ORDER.indexOf(a.kase());
    return (a.pt() ? -20 : "pl".equals(a.number()) ? 10 : 0) + (c < 0 ? 9 : c);
  }

  /** A plurale tantum tag: {@code :pt} (NKJP) or gender p1–p3 (PoliMorf). */
  private static boolean pluraleTantum(String tag) {
    String g = Tags.genderOf(tag);
    return "p1".equals(g) || "p2".equals(g) || "p3".equals(g) || tag.endsWith(":pt")
        || tag.contains(":pt:");
  }

  /** Length of the agreeing head phrase under {@code a}; fills the chosen readings (null = unknown). */
  private static int headLength(List<Word> words, Agreement a, Reading[] chosen) {
    boolean seenNoun = false;
    int len = 0;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.readings().isEmpty()) {
        if (!seenNoun && i == 0) {
          seenNoun = true;
          len++;
          continue;
        }
        if (seenNoun && adjectiveEnding(w.text()) != null) {
          len++;
          continue;
        }
        break;
      }
      Reading adj = null;
      Reading noun = null;
      for (Reading r : w.readings()) {
        if (!a.kase().equals(Tags.caseOf(r.tag())) || !eq(a.number(), Tags.numberOf(r.tag()))
            || !genderAgrees(a.gender(), Tags.genderOf(r.tag()))) {
          continue;
        }
        if (Tags.isAdjective(r.tag()) && adj == null) {
          adj = r;
        } else if (Tags.isNoun(r.tag()) && noun == null) {
          noun = r;
        }
      }
      if (adj != null && (seenNoun || noun == null || i + 1 < words.size())) {
        chosen[i] = adj;
      } else if (noun != null && !seenNoun) {
        chosen[i] = noun;
        seenNoun = true;
      } else if (adj != null) {
        chosen[i] = adj;
      } else {
        break;
      }
      len++;
    }
    return seenNoun ? len : Math.min(len, words.size());
  }

  private static boolean eq(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  private static boolean genderAgrees(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    return (a.startsWith("n") && b.startsWith("n") && (a.length() == 1 || b.length() == 1));
  }

  /** The nominative of a reading with the same number and gender, or null. */
  private String nominative(Reading r) {
    if (Tags.isNoun(r.tag()) && pluraleTantum(r.tag())) {
      // a plurale tantum noun's lemma is its nominative: Katowicach → Katowice
      return r.lemma();
    }
    String tag = Tags.withCase(r.tag(), "nom");
    List<String> forms = synth.forms(r.lemma(), tag);
    if (forms.isEmpty() && Tags.genderOf(tag) != null && Tags.genderOf(tag).equals("n")) {
      forms = synth.forms(r.lemma(), Tags.withGender(tag, "n2"));
      if (forms.isEmpty()) {
        forms = synth.forms(r.lemma(), Tags.withGender(tag, "n1"));
      }
    }
    return forms.isEmpty() ? null : forms.get(0);
  }

  /** A foreign noun the dictionary does not know: strip a case ending when that is safe. */
  private static String unknownNoun(String text, boolean oblique, Predicate<String> verified) {
    String ap = stripApostrophe(text);
    if (ap != null) {
      return ap;
    }
    List<String> candidates = strippedCandidates(text, new String[] {"iem", "em", "owi", "u", "a"});
    for (String c : candidates) {
      if (verified.test(c)) {
        return c;
      }
    }
    if (oblique && text.endsWith("u") && candidates.contains(text.substring(0, text.length() - 1))) {
      return text.substring(0, text.length() - 1);
    }
    return text;
  }

  /** Adjective endings: oblique ending → (soft?) for unknown adjectives. */
  private static final String[][] ADJ_ENDINGS = {
    {"iego", "s"}, {"iemu", "s"}, {"imi", "s"}, {"ich", "s"}, {"iej", "s"}, {"im", "s"},
    {"ego", "h"}, {"emu", "h"}, {"ymi", "h"}, {"ych", "h"}, {"ej", "h"}, {"ym", "h"},
  };

  private static String[] adjectiveEnding(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!(lower.matches(".*(sk|ck|dzk|n|ow|ijsk|yjsk).*"))) {
      return null;
    }
    for (String[] e : ADJ_ENDINGS) {
      if (lower.endsWith(e[0]) && lower.length() > e[0].length() + 2) {
        return e;
      }
    }
    return null;
  }

  private static String unknownAdjective(String text, Agreement a) {
    String[] e = adjectiveEnding(text);
    if (e == null) {
      return text;
    }
    String stem = text.substring(0, text.length() - e[0].length());
    boolean soft = e[1].equals("s");
    String g = a.gender() == null ? "m3" : a.gender();
    String ending;
    if ("pl".equals(a.number())) {
      ending = soft ? "ie" : "e";
    } else if (g.startsWith("m")) {
      ending = soft ? "i" : "y";
    } else if (g.equals("f")) {
      ending = "a";
    } else {
      ending = soft ? "ie" : "e";
    }
    return stem + ending;
  }

  /** The form with the original word's capitalisation. */
  static String matchCase(String original, String form) {
    if (form.isEmpty() || original.isEmpty()) {
      return form;
    }
    boolean allUpper = original.length() > 1 && original.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    if (allUpper) {
      return form.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(original.charAt(0))) {
      return Character.toUpperCase(form.charAt(0)) + form.substring(1);
    }
    return Character.toLowerCase(form.charAt(0)) + form.substring(1);
  }

  /** Words that tell a following name is not in the nominative. */
  public static final Set<String> PREPOSITIONS = Set.of("w", "we", "na", "z", "ze", "do", "od", "ode", "po",
      "przy", "o", "u", "ku", "dla", "przez", "za", "pod", "nad", "przed", "między", "wobec", "obok", "koło");
}
