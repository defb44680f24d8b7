package org.kronika.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings dictionary tags (PoliMorf/Morfologik and LanguageTool's Polish tagset) to the NKJP tags that
 * UD Polish uses as XPOS, and maps NKJP tags to UPOS. Applied identically to every tagger in the
 * comparison, so no peer gets special help.
 *
 * <p>What the normalisation does, in order:
 *
 * <ol>
 *   <li>{@code +} joins whole alternative tags (Morfologik packs several readings into one string):
 *       the <em>chosen</em> tag is the first alternative; {@link #expand} keeps them all.
 *   <li>LanguageTool prefixes verb forms with {@code verb:} ({@code verb:fin:sg:ter:imperf:nonrefl}):
 *       the prefix is dropped.
 *   <li>Positions that only say {@code refl}/{@code nonrefl} (LanguageTool) are dropped: NKJP has no
 *       such position.
 *   <li>{@code praet} and {@code winien} carry a person position in LanguageTool
 *       ({@code praet:sg:m1:ter:perf}); NKJP puts person on the agglutinate, so it is dropped.
 *   <li>SGJP genders become NKJP genders: {@code n1}, {@code n2} → {@code n}; {@code p1} → {@code m1};
 *       {@code p2}, {@code p3} → {@code n} (as the UD Polish treebanks tag pluralia tantum).
 *   <li>{@code .} separates alternative values inside one position ({@code adj:sg:nom.voc:m1.m2.m3:pos}):
 *       the chosen tag takes the first value of each position; {@link #expand} takes the Cartesian
 *       product.
 * </ol>
 *
 * <p>{@link #harmonise} further removes the Morfeusz 2 positions {@code col}, {@code ncol} and
 * {@code pt} (which no Morfologik-based dictionary produces) and treats {@code qub} and {@code part}
 * as one class, for a comparison that does not hinge on the tagset version.
 */
public final class NkjpTags {
  private NkjpTags() {}

  private static final Set<String> REFLEXIVITY = Set.of("refl", "nonrefl");
  private static final Set<String> PERSONS = Set.of("pri", "sec", "ter");
  private static final Set<String> COLLECTIVITY = Set.of("col", "ncol", "pt");
  private static final Map<String, String> GENDERS =
      Map.of("n1", "n", "n2", "n", "n3", "n", "p1", "m1", "p2", "n", "p3", "n");

  /** The single NKJP tag a tagger "chose": first alternative everywhere. Null stays null. */
  public static String chosen(String tag) {
    if (tag == null || tag.isEmpty()) {
      return null;
    }
    int plus = tag.indexOf('+');
    List<List<String>> positions = positions(plus < 0 ? tag : tag.substring(0, plus));
    StringBuilder sb = new StringBuilder();
    for (List<String> values : positions) {
      if (sb.length() > 0) {
        sb.append(':');
      }
      sb.append(values.get(0));
    }
    return sb.toString();
  }

  /**
   * Every concrete NKJP tag that the chosen ({@code +}-first) alternative of an underspecified tag
   * covers: the Cartesian product of its {@code .}-values. Other {@code +}-alternatives are other
   * readings, so they do not count.
   */
  public static Set<String> expand(String tag) {
    Set<String> out = new LinkedHashSet<>();
    if (tag == null || tag.isEmpty()) {
      return out;
    }
    int plus = tag.indexOf('+');
    for (String alternative : List.of(plus < 0 ? tag : tag.substring(0, plus))) {
      List<String> acc = new ArrayList<>();
      acc.add("");
      for (List<String> values : positions(alternative)) {
        List<String> next = new ArrayList<>(acc.size() * values.size());
        for (String prefix : acc) {
          for (String v : values) {
            next.add(prefix.isEmpty() ? v : prefix + ":" + v);
          }
        }
        acc = next;
        if (acc.size() > 4096) {
          break; // pathological underspecification; enough for a membership test
        }
      }
      out.addAll(acc);
    }
    return out;
  }

  /**
   * Irons out the differences between the two NKJP tagset versions that the UD Polish treebanks mix
   * (LFG uses the NKJP 1 tagset; PDB and PUD the Morfeusz 2 one): drops the {@code col}, {@code ncol}
   * and {@code pt} positions and renames the class {@code qub} to {@code part}. Applied to gold and
   * prediction alike.
   */
  public static String harmonise(String tag) {
    if (tag == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    String[] parts = tag.split(":");
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (i > 0 && COLLECTIVITY.contains(p)) {
        continue;
      }
      if (i == 0 && p.equals("qub")) {
        p = "part";
      }
      if (sb.length() > 0) {
        sb.append(':');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  /** Normalised positions of one {@code +}-free tag; each position lists its alternative values. */
  private static List<List<String>> positions(String tag) {
    String[] raw = tag.split(":");
    int from = raw.length > 1 && raw[0].equals("verb") ? 1 : 0;
    String pos = raw[from];
    if (pos.equals("interp")) {
      return List.of(List.of("interp")); // LanguageTool's disambiguator writes interp:comma etc.
    }
    boolean dropPerson = pos.equals("praet") || pos.equals("winien");
    List<List<String>> out = new ArrayList<>(raw.length);
    for (int i = from; i < raw.length; i++) {
      String[] alts = raw[i].split("\\.");
      if (i > from && allIn(alts, REFLEXIVITY)) {
        continue;
      }
      if (i > from && dropPerson && allIn(alts, PERSONS)) {
        continue;
      }
      LinkedHashSet<String> values = new LinkedHashSet<>();
      for (String a : alts) {
        values.add(GENDERS.getOrDefault(a, a));
      }
      out.add(List.copyOf(values));
    }
    return out;
  }

  private static boolean allIn(String[] values, Set<String> set) {
    for (String v : values) {
      if (!set.contains(v)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- UPOS

  /**
   * Lemmas that UD Polish tags DET although NKJP calls them {@code adj} or {@code num}: pronominal
   * adjectives and indefinite numerals.
   */
  private static final Set<String> DET_LEMMAS =
      Set.of(
          "ten", "tamten", "ów", "taki", "owaki", "tenże", "jaki", "jakiś", "jakikolwiek", "który",
          "którykolwiek", "któryś", "każdy", "wszelki", "wszystek", "żaden", "niektóry", "pewien",
          "swój", "mój", "twój", "nasz", "wasz", "czyj", "czyjś", "niczyj", "wiele", "kilka",
          "kilkanaście", "kilkadziesiąt", "parę", "ile", "tyle", "ileś", "wielu", "niewiele",
          "nieco", "dużo", "mało", "sporo");

  /** Lemmas that UD Polish tags PRON although NKJP calls them {@code subst}, {@code qub} or {@code part}. */
  private static final Set<String> PRON_LEMMAS =
      Set.of(
          "się", "to", "co", "kto", "nic", "nikt", "coś", "ktoś", "cokolwiek", "ktokolwiek",
          "wszystko", "niczego", "cośkolwiek", "ktośkolwiek");

  /**
   * UPOS for a normalised NKJP tag. Neither LanguageTool nor Morfologik has UPOS of its own; this
   * table is ours and is applied to both:
   *
   * <pre>
   * subst, depr, ger, brev, burk → NOUN   (subst with a capitalised lemma → PROPN;
   *                                         subst/qub/part with a PRON_LEMMAS lemma → PRON)
   * adj, adja, adjp, adjc, pact, ppas → ADJ (DET_LEMMAS → DET)
   * num, numcol → NUM (DET_LEMMAS → DET)      adv → ADV
   * fin, praet, impt, imps, inf, pcon, pant, bedzie, winien, pred → VERB
   *                                         (lemma "być" → AUX; pred "to" → AUX)
   * aglt → AUX   ppron12, ppron3, siebie → PRON   prep → ADP   conj → CCONJ   comp → SCONJ
   * qub, part → PART (lemma "by" → AUX)   interj → INTJ   interp → PUNCT   sym → SYM
   * dig, romandig, ign, xxx, frag, anything else → X
   * </pre>
   */
  public static String upos(String tag, String lemma) {
    if (tag == null || tag.isEmpty()) {
      return "X";
    }
    int colon = tag.indexOf(':');
    String pos = colon < 0 ? tag : tag.substring(0, colon);
    String l = lemma == null ? "" : lemma;
    String lower = l.toLowerCase(Locale.ROOT);
    switch (pos) {
      case "subst":
        if (PRON_LEMMAS.contains(lower)) {
          return "PRON";
        }
        return !l.isEmpty() && Character.isUpperCase(l.codePointAt(0)) ? "PROPN" : "NOUN";
      case "depr":
      case "ger":
      case "brev":
      case "burk":
        return "NOUN";
      case "adj":
      case "adja":
      case "adjp":
      case "adjc":
      case "pact":
      case "ppas":
        return DET_LEMMAS.contains(lower) ? "DET" : "ADJ";
      case "num":
      case "numcol":
        return DET_LEMMAS.contains(lower) ? "DET" : "NUM";
      case "adv":
        return "ADV";
      case "fin":
      case "praet":
      case "impt":
      case "imps":
      case "inf":
      case "pcon":
      case "pant":
      case "bedzie":
      case "winien":
        return lower.equals("być") ? "AUX" : "VERB";
      case "pred":
        return lower.equals("to") ? "AUX" : "VERB";
      case "aglt":
        return "AUX";
      case "ppron12":
      case "ppron3":
      case "siebie":
        return "PRON";
      case "prep":
        return "ADP";
      case "conj":
        return "CCONJ";
      case "comp":
        return "SCONJ";
      case "qub":
      case "part":
        if (lower.equals("by")) {
          return "AUX";
        }
        return PRON_LEMMAS.contains(lower) ? "PRON" : "PART";
      case "interj":
        return "INTJ";
      case "interp":
        return "PUNCT";
      case "sym":
        return "SYM";
      default:
        return "X";
    }
  }

  /**
   * The harness's fallback for a word a tagger left without a tag (unknown word, punctuation that a
   * dictionary does not list): {@code interp} for punctuation-only tokens, {@code dig} for digits,
   * {@code ign} otherwise. Applied the same way to every tagger.
   */
  public static String fallbackTag(String form) {
    if (form.isEmpty()) {
      return "ign";
    }
    boolean allPunct = true;
    boolean allDigit = true;
    for (int i = 0; i < form.length(); ) {
      int cp = form.codePointAt(i);
      int type = Character.getType(cp);
      boolean punct =
          type == Character.CONNECTOR_PUNCTUATION
              || type == Character.DASH_PUNCTUATION
              || type == Character.START_PUNCTUATION
              || type == Character.END_PUNCTUATION
              || type == Character.INITIAL_QUOTE_PUNCTUATION
              || type == Character.FINAL_QUOTE_PUNCTUATION
              || type == Character.OTHER_PUNCTUATION
              || type == Character.MATH_SYMBOL
              || type == Character.CURRENCY_SYMBOL
              || type == Character.MODIFIER_SYMBOL
              || type == Character.OTHER_SYMBOL;
      allPunct &= punct;
      allDigit &= Character.isDigit(cp) || ((cp == '.' || cp == ',') && i > 0);
      i += Character.charCount(cp);
    }
    if (allPunct) {
      return "interp";
    }
    return allDigit ? "dig" : "ign";
  }

  /** UPOS for the fallback tag: digits are NUM (the commonest gold UPOS of a bare number). */
  public static String fallbackUpos(String fallbackTag) {
    return switch (fallbackTag) {
      case "interp" -> "PUNCT";
      case "dig" -> "NUM";
      default -> "X";
    };
  }
}
