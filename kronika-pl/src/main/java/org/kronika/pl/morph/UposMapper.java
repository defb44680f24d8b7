package org.kronika.pl.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The UD part of speech of a chosen reading. In order: the majority UPOS of (lemma, tag class) in
 * the training corpus; the hand-written rules in {@code upos-rules.tsv} (lemma, class, UPOS, with
 * an example each: pronominal adjectives are DET, {@code się} is PRON, {@code być} is AUX …); and
 * a default per class, where a noun with a capitalised lemma is PROPN. Immutable.
 */
public final class UposMapper {
  private final Map<String, String> learned;
  private final Map<String, String> rules;

  public UposMapper(Map<String, String> learned, Map<String, String> rules) {
    this.learned = Map.copyOf(learned);
    this.rules = Map.copyOf(rules);
  }

  /** Reads {@code lemma <tab> class <tab> UPOS <tab> example} lines; {@code *} as lemma matches any. */
  public static Map<String, String> readRules(InputStream in) throws IOException {
    Map<String, String> m = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        m.put(c[0] + "|" + c[1], c[2]);
      }
    }
    return m;
  }

  public static String key(String lemma, String pos) {
    return lemma + "|" + pos;
  }

  public String upos(String lemma, MorphTag tag) {
    String pos = tag.pos();
    String u = learned.get(key(lemma, pos));
    if (u != null) {
      return u;
    }
    String lower = lemma.toLowerCase(Locale.ROOT);
    u = rules.get(key(lower, pos));
    if (u != null) {
      return u;
    }
    u = rules.get(key("*", pos));
    if (u != null) {
      if (u.equals("NOUN") && !lemma.isEmpty() && Character.isUpperCase(lemma.codePointAt(0))) {
        return "PROPN";
      }
      return u;
    }
    return byClass(pos, lemma);
  }

  /** The default UPOS of a tag class, without any lexical knowledge. */
  public static String byClass(String pos, String lemma) {
    return switch (pos) {
      case "subst", "depr" -> !lemma.isEmpty() && Character.isUpperCase(lemma.codePointAt(0)) ? "PROPN" : "NOUN";
      case "ger" -> "NOUN";
      case "adj", "adja", "adjp", "adjc", "ppas", "pact" -> "ADJ";
      case "adv" -> "ADV";
      case "fin", "praet", "inf", "impt", "imps", "pcon", "pant", "winien", "pred" -> "VERB";
      case "bedzie", "aglt" -> "AUX";
      case "num", "numcol" -> "NUM";
      case "ppron12", "ppron3", "siebie" -> "PRON";
      case "prep" -> "ADP";
      case "conj" -> "CCONJ";
      case "comp" -> "SCONJ";
      case "part", "qub" -> "PART";
      case "interj" -> "INTJ";
      case "interp" -> "PUNCT";
      case "sym" -> "SYM";
      case "brev" -> "NOUN";
      default -> "X";
    };
  }
}
