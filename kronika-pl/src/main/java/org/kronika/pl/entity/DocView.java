package org.kronika.pl.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Reading;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.kronika.core.Bisect;
import org.kronika.pl.segment.PolishSegmenter;
import org.kronika.pl.segment.Segmentation;

/**
 * One document as the entity code sees it: tokens (the document's, or the segmenter's when it has
 * none), each token's sentence, and each token's word, readings and lemmas, computed once and only
 * when asked for. Made per document (the mention finder and the resolver share one); not
 * thread-safe.
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
  private final Morphology.Session morphology;
  /** Per token, computed on first use: the word, its readings, its lemma set, its lemma candidates. */
  private final String[] words;
  private final List<Reading>[] readings;
  private final Set<String>[] lemmas;
  private final String[][] candidates;
  /** Whether tokens are in text order without overlaps, so {@link #tokenRange} can bisect. */
  private final boolean ordered;
  private Set<String> capitalisedForms;

  DocView(AnnotatedDocument doc, Morphology morphology, PolishSegmenter segmenter) {
    this.text = doc.text();
    this.morphology = morphology.session();
    this.date = doc.document().date();
    List<Token> toks = doc.tokens();
    List<Sentence> sents = doc.sentences();
    if (toks.isEmpty()) {
      Segmentation s = segmenter.segment(text);
      toks = s.tokens();
      sents = s.sentences();
    }
    this.tokens = toks;
    int n = toks.size();
    this.sentenceOf = new int[n];
    int si = 0;
    boolean inOrder = true;
    for (int i = 0; i < n; i++) {
      while (si + 1 < sents.size() && sents.get(si).endToken() <= i) {
        si++;
      }
      sentenceOf[i] = sents.isEmpty() ? 0 : si;
      Token t = toks.get(i);
      inOrder &= t.start() < t.end() && (i == 0 || toks.get(i - 1).end() <= t.start());
    }
    this.ordered = inOrder;
    this.words = new String[n];
    @SuppressWarnings("unchecked")
    List<Reading>[] rs = new List[n];
    this.readings = rs;
    @SuppressWarnings("unchecked")
    Set<String>[] ls = new Set[n];
    this.lemmas = ls;
    this.candidates = new String[n][];
  }

  String word(int i) {
    String w = words[i];
    if (w == null) {
      w = tokens.get(i).text(text);
      words[i] = w;
    }
    return w;
  }

  /** Dictionary readings of any string (a part of a hyphenated word), not of a token. */
  List<Reading> readingsOf(String word) {
    return morphology.readings(word);
  }

  List<Reading> readings(int i) {
    List<Reading> r = readings[i];
    if (r == null) {
      r = morphology.readings(tokens.get(i), text);
      readings[i] = r;
    }
    return r;
  }

  /** Whether the token carries the tagger's lemma and tag ({@link #readings} then lists them first). */
  boolean tagged(int i) {
    Token t = tokens.get(i);
    return t.lemma() != null && t.tag() != null;
  }

  /** Lower-case lemmas and the lower-case form of a token (the form first, then in reading order). */
  Set<String> lemmas(int i) {
    Set<String> out = lemmas[i];
    if (out == null) {
      out = new LinkedHashSet<>();
      out.add(word(i).toLowerCase(Locale.ROOT));
      for (Reading r : readings(i)) {
        out.add(r.lemma().toLowerCase(Locale.ROOT));
      }
      lemmas[i] = out;
    }
    return out;
  }

  /**
   * Whether some lemma of {@link #lemmas} satisfies the test. A token with its own analysis first
   * tries the strings its lemmas can only come from (its form, its lemma, its readings' lemmas), so
   * the dictionary is consulted only when one of those passes.
   */
  boolean anyLemma(int i, Predicate<String> test) {
    if (!anyCandidate(i, test)) {
      return false;
    }
    for (String l : lemmas(i)) {
      if (test.test(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * False only when no lower-case form, lemma or reading lemma of a token with its own analysis
   * passes the test (so no lemma of {@link #lemmas} and no lower-cased lemma of {@link #readings}
   * does); true for a token without its own analysis.
   */
  boolean anyCandidate(int i, Predicate<String> test) {
    String[] cs = candidates(i);
    if (cs == null) {
      return true;
    }
    for (String c : cs) {
      if (test.test(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #lemmas} of the token holds {@code lemma}. */
  boolean hasLemma(int i, String lemma) {
    return anyLemma(i, lemma::equals);
  }

  /**
   * A superset of {@link #lemmas} for a token with its own lemma and tag (the lower-case form, lemma
   * and readings' lemmas, without repeats); null for a token without, whose lemmas come from the
   * dictionary.
   */
  private String[] candidates(int i) {
    String[] cs = candidates[i];
    if (cs == null) {
      Token t = tokens.get(i);
      if (t.lemma() == null || t.tag() == null) {
        return null;
      }
      List<String> out = new ArrayList<>(4);
      out.add(word(i).toLowerCase(Locale.ROOT));
      String previous = t.lemma();
      addLower(out, previous);
      for (Reading r : t.readings()) {
        // readings mostly repeat the lemma: lower-case each distinct one once
        if (!r.lemma().equals(previous)) {
          previous = r.lemma();
          addLower(out, previous);
        }
      }
      cs = out.toArray(new String[0]);
      candidates[i] = cs;
    }
    return cs;
  }

  private static void addLower(List<String> out, String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (!out.contains(l)) {
      out.add(l);
    }
  }

  /** Whether a capitalised word form occurs anywhere in the document. */
  boolean hasCapitalisedForm(String w) {
    if (capitalisedForms == null) {
      Set<String> forms = new HashSet<>();
      for (int i = 0; i < tokens.size(); i++) {
        String x = word(i);
        if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) {
          forms.add(x);
        }
      }
      capitalisedForms = forms;
    }
    return capitalisedForms.contains(w);
  }

  boolean isWord(int i) {
    String w = word(i);
    for (int k = 0; k < w.length(); ) {
      int cp = w.codePointAt(k);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      k += Character.charCount(cp);
    }
    return false;
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
    int from = 0;
    if (ordered) {
      // tokens before the first one starting at or after start can be skipped
      from = Bisect.first(0, tokens.size(), i -> tokens.get(i).start() < start);
    }
    for (int i = from; i < tokens.size(); i++) {
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
    if (i >= limit || !anyLemma(i, l -> !index.apply(l).isEmpty())) {
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
            if (tl.contains(x) && (len > 1 || viaOwnLemma(n, t, x))) {
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

  /**
   * Whether a one-word name may be matched at token {@code t} through lemma key {@code x}: the
   * name's own form, or a noun reading of the token with that lemma ("Emiratów" → "emirat" →
   * "Emiraty"), but not an adjective that shares a form with the name ("Mali" is also a form of
   * "mały": "Małą Fatrę" is no mention of Mali), nor another proper name that shares a form with
   * it, nor a noun of that lemma in another number than the name's (the surname or the noun
   * "mały", whose plural is "Mali": "Mały wręczyciel" is no mention of Mali either).
   */
  private boolean viaOwnLemma(EntityLexicons.Name n, int t, String x) {
    if (x.equals(n.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    java.util.Set<String> numbers = null;
    for (Reading r : readings(t)) {
      String tag = r.tag();
      // a common noun's lemma ("emirat"), not another proper name's ...
      if (!(tag.startsWith("subst") || tag.startsWith("depr")) || !r.lemma().equals(x)) {
        continue;
      }
      if (numbers == null) {
        // ... in a number in which the name itself is a form of that lemma ("Emiraty": plural of
        // "emirat"; the singular "Mały" is no form of "Mali", plural of "mały"); looked up only
        // for such a candidate
        numbers = new java.util.HashSet<>();
        for (Reading own : readingsOf(n.text())) {
          if (own.lemma().toLowerCase(Locale.ROOT).equals(x) && Tags.numberOf(own.tag()) != null) {
            numbers.add(Tags.numberOf(own.tag()));
          }
        }
      }
      if (numbers.isEmpty() || numbers.contains(Tags.numberOf(tag))) {
        return true;
      }
    }
    return false;
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
