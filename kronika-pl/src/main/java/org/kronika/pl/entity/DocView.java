package org.kronika.pl.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Reading;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.kronika.pl.segment.PolishSegmenter;
import org.kronika.pl.segment.Segmentation;

/**
 * One document as the entity code sees it: tokens (the document's, or the segmenter's when it has
 * none), each token's sentence, and readings computed once per token. Made per call; not shared.
 */
final class DocView {
  private static final Set<String> VERB_POS = Set.of("fin", "praet", "bedzie", "impt", "winien");
  /** Words skipped between a subject and its verb. */
  private static final Set<String> PARTICLES = Set.of("też", "również", "także", "natomiast", "jednak", "zaś",
      "już", "nie", "się", "wciąż", "ponownie", "dotąd", "zawsze", "nigdy", "wówczas", "wtedy", "dziś", "teraz");
  /** Verbs whose post-verbal nominative-looking capital is an object ("odwiedził Waszyngton"). */
  private static final Set<String> OBJECT_VERBS = Set.of("odwiedzić", "odwiedzać", "opuścić", "opuszczać",
      "zaatakować", "atakować", "ostrzelać", "ostrzeliwać", "zbombardować", "bombardować", "zająć", "zdobyć",
      "wyzwolić", "okrążyć", "nawiedzić", "ewakuować", "reprezentować", "wspierać", "wesprzeć", "oskarżyć",
      "oskarżać", "krytykować", "skrytykować", "ostrzec", "ostrzegać", "wezwać", "wzywać", "poprzeć", "popierać");

  final String text;
  final List<Token> tokens;
  final int[] sentenceOf;
  final String date;
  private final List<List<Reading>> readings;
  private final Morphology morphology;
  private final Set<String> capitalisedForms = new HashSet<>();

  DocView(AnnotatedDocument doc, Morphology morphology, PolishSegmenter segmenter) {
    this.text = doc.text();
    this.morphology = morphology;
    this.date = doc.document().date();
    List<Token> toks = doc.tokens();
    List<Sentence> sents = doc.sentences();
    if (toks.isEmpty()) {
      Segmentation s = segmenter.segment(text);
      toks = s.tokens();
      sents = s.sentences();
    }
    this.tokens = toks;
    this.sentenceOf = new int[toks.size()];
    int si = 0;
    for (int i = 0; i < toks.size(); i++) {
      while (si + 1 < sents.size() && sents.get(si).endToken() <= i) {
        si++;
      }
      sentenceOf[i] = sents.isEmpty() ? 0 : si;
    }
    this.readings = new ArrayList<>(toks.size());
    for (int i = 0; i < toks.size(); i++) {
      readings.add(null);
      String w = word(i);
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        capitalisedForms.add(w);
      }
    }
  }

  String word(int i) {
    return tokens.get(i).text(text);
  }

  List<Reading> readings(int i) {
    List<Reading> r = readings.get(i);
    if (r == null) {
      r = morphology.readings(tokens.get(i), text);
      readings.set(i, r);
    }
    return r;
  }

  /** Lower-case lemmas and the lower-case form of a token. */
  Set<String> lemmas(int i) {
    Set<String> out = new LinkedHashSet<>();
    out.add(word(i).toLowerCase(Locale.ROOT));
    for (Reading r : readings(i)) {
      out.add(r.lemma().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Whether a capitalised word form occurs anywhere in the document. */
  boolean hasCapitalisedForm(String w) {
    return capitalisedForms.contains(w);
  }

  boolean isWord(int i) {
    String w = word(i);
    return w.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  boolean sentenceInitial(int i) {
    return i == 0 || sentenceOf[i - 1] != sentenceOf[i]
        || (!isWord(i - 1) && (i < 2 || sentenceOf[i - 2] != sentenceOf[i]));
  }

  boolean isVerb(int i) {
    for (Reading r : readings(i)) {
      String[] p = r.tag().split(":");
      // NKJP tags start with the flexeme (praet:…); PoliMorf in Morfologik prefixes verb: (verb:praet:…)
      if (VERB_POS.contains(p[0]) || (p[0].equals("verb") && p.length > 1 && VERB_POS.contains(p[1]))) {
        return true;
      }
    }
    return false;
  }

  boolean isPreposition(int i) {
    return i >= 0 && NameNormalizer.PREPOSITIONS.contains(word(i).toLowerCase(Locale.ROOT));
  }

  /** Token indices {@code [first, end)} inside {@code [start, end)} chars; first == end when none. */
  int[] tokenRange(int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= start && t.end() <= end) {
        if (first < 0) {
          first = i;
        }
        last = i;
      } else if (t.start() >= end) {
        break;
      }
    }
    return first < 0 ? new int[] {0, 0} : new int[] {first, last + 1};
  }

  /**
   * Whether the name at tokens {@code [first, end)} acts as an agent: a nominative subject followed
   * (past particles) by a finite verb, one of an "X i Y" subject pair before a verb, or a
   * post-verbal subject closing its clause ("niż ujawnił Waszyngton.").
   */
  boolean isAgent(int first, int end) {
    int prev = first - 1;
    if (prev >= 0 && sentenceOf[prev] == sentenceOf[first] && isPreposition(prev)) {
      return false;
    }
    boolean nominative = false;
    for (int i = first; i < end; i++) {
      nominative |= readings(i).isEmpty() || readings(i).stream().anyMatch(r -> "nom".equals(Tags.caseOf(r.tag())));
    }
    if (!nominative) {
      return false;
    }
    int next = skipParticles(end, first);
    if (next < 0) {
      return postVerbal(prev, end, first);
    }
    if (isVerb(next)) {
      return true;
    }
    String nw = word(next).toLowerCase(Locale.ROOT);
    if (nw.equals("i") || nw.equals("oraz")) {
      int j = next + 1;
      int caps = 0;
      while (j < tokens.size() && sentenceOf[j] == sentenceOf[first] && caps < 4
          && !word(j).isEmpty() && Character.isUpperCase(word(j).charAt(0))) {
        j++;
        caps++;
      }
      int v = skipParticles(j, first);
      return caps > 0 && v >= 0 && isVerb(v);
    }
    return postVerbal(prev, end, first);
  }

  private boolean postVerbal(int prev, int end, int first) {
    if (prev < 0 || sentenceOf[prev] != sentenceOf[first] || !isVerb(prev)) {
      return false;
    }
    for (Reading r : readings(prev)) {
      if (OBJECT_VERBS.contains(r.lemma())) {
        return false;
      }
    }
    return end >= tokens.size() || sentenceOf[end] != sentenceOf[first] || !isWord(end);
  }

  private int skipParticles(int i, int first) {
    while (i < tokens.size() && sentenceOf[i] == sentenceOf[first]) {
      if (!PARTICLES.contains(word(i).toLowerCase(Locale.ROOT))) {
        return isWord(i) ? i : -1;
      }
      i++;
    }
    return -1;
  }

  /**
   * The longest lexicon name starting at token {@code i} and ending by {@code limit}, or null. Each
   * word matches on lemmas; a capitalised lexicon word needs a capitalised token, an acronym an
   * identical one.
   */
  Match longest(int i, int limit, Function<String, List<EntityLexicons.Name>> index) {
    Match best = null;
    if (i >= limit) {
      return null;
    }
    Set<EntityLexicons.Name> seen = new HashSet<>();
    for (String l : lemmas(i)) {
      for (EntityLexicons.Name n : index.apply(l)) {
        if (!seen.add(n)) {
          continue;
        }
        int len = n.words().size();
        if (i + len > limit || (best != null && len <= best.end() - i)) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < len && ok; k++) {
          int t = i + k;
          String w = word(t);
          boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
          if (n.capitalised().get(k) && !cap) {
            ok = false;
            break;
          }
          Set<String> tl = lemmas(t);
          boolean any = false;
          for (String x : n.words().get(k)) {
            if (tl.contains(x)) {
              any = true;
              break;
            }
          }
          ok = any;
        }
        if (ok && isAcronymName(n) && !word(i).equals(n.text())) {
          ok = false;
        }
        if (ok) {
          best = new Match(n, i, i + len);
        }
      }
    }
    return best;
  }

  private static boolean isAcronymName(EntityLexicons.Name n) {
    return n.words().size() == 1 && n.text().length() >= 2
        && n.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  record Match(EntityLexicons.Name name, int start, int end) {}

  static Map<String, String> none() {
    return Map.of();
  }
}
