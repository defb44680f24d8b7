package org.kronika.pl.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Reading;
import org.kronika.core.Bisect;
import org.kronika.pl.segment.PolishSegmenter;

/**
 * Finds mentions from the lexicons alone, so country mentions are found even where the statistical
 * model misses them: country names in any inflection ({@code placeName.country}), relational
 * adjectives of countries (lower case, {@code derived}), capitals acting as agents ({@code
 * placeName.settlement}; the resolver makes them metonyms), and known organisations and their
 * aliases ({@code orgName}). Longest match wins; matches do not overlap. A one-word name at the
 * start of a sentence that reads only as a common word ("Mali" = small, pl.) is skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class GazetteerMentionFinder {
  private final EntityLexicons lexicons;
  private final PolishSegmenter segmenter = new PolishSegmenter();

  public GazetteerMentionFinder(EntityLexicons lexicons) {
    this.lexicons = lexicons;
  }

  public List<MentionSpan> find(AnnotatedDocument doc) {
    return find(new DocView(doc, lexicons.morphology(), segmenter));
  }

  /** The spans of the document seen through {@code dv}. */
  List<MentionSpan> find(DocView dv) {
    List<MentionSpan> out = new ArrayList<>();
    int n = dv.tokens.size();
    int i = 0;
    int limit = 0; // the end of token i's sentence, found once per sentence
    while (i < n) {
      if (i >= limit) {
        limit = i;
        while (limit < n && dv.sentenceOf[limit] == dv.sentenceOf[i]) {
          limit++;
        }
      }
      DocView.Match country = null;
      DocView.Match org = null;
      DocView.Match cap = null;
      if (dv.anyLemma(i, lexicons::startsName)) {
        country = dv.longest(i, limit, lexicons::countryNamesStartingWith);
        org = dv.longest(i, limit, lexicons::orgNamesStartingWith);
        cap = dv.longest(i, limit, lexicons::capitalsStartingWith);
      }
      DocView.Match best = longest(country, org, cap);
      if (best != null && best.end() - best.start() == 1 && dv.sentenceInitial(i) && commonWord(dv, i)) {
        best = null;
      }
      if (best != null) {
        int s = dv.tokens.get(best.start()).start();
        int e = dv.tokens.get(best.end() - 1).end();
        if (best == country) {
          out.add(MentionSpan.of(s, e, "placeName.country"));
        } else if (best == org) {
          out.add(MentionSpan.of(s, e, lexicons.org(best.name().code()).type()));
        } else if (dv.isAgent(best.start(), best.end())) {
          out.add(MentionSpan.of(s, e, "placeName.settlement"));
        }
        i = best.end();
        continue;
      }
      String w = dv.word(i);
      if (!w.isEmpty() && (Character.isLowerCase(w.charAt(0)) || dv.sentenceInitial(i))) {
        if (dv.anyCandidate(i, lexicons::isAdjectiveLemma)) {
          for (Reading r : dv.readings(i)) {
            if (Tags.isAdjective(r.tag()) && lexicons.adjectiveCountry(r.lemma()) != null) {
              out.add(new MentionSpan(dv.tokens.get(i).start(), dv.tokens.get(i).end(), "placeName.country", true));
              break;
            }
          }
        }
      } else if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        // an inflected foreign organisation name ("Reutersa"): a word the dictionary does not know
        EntityLexicons.Org foreign = null;
        for (String c : NameNormalizer.strippedCandidates(w, new String[] {"owi", "em", "ie", "a", "u"})) {
          if (lexicons.org(c) != null) {
            foreign = lexicons.org(c);
            break;
          }
        }
        if (foreign != null && dv.readings(i).isEmpty()) {
          out.add(MentionSpan.of(dv.tokens.get(i).start(), dv.tokens.get(i).end(), foreign.type()));
        }
      }
      i++;
    }
    out.addAll(rolePersons(dv, out));
    out.addAll(adminRegions(dv, out));
    out.sort(Comparator.comparingInt(MentionSpan::start));
    return out;
  }

  /**
   * Persons named right after a role phrase, which the statistical model may miss for names it
   * cannot read as Polish ("minister spraw zagranicznych Korei Południowej Park Jin", "prezydent
   * Francji Emmanuel Macron"): one to three capitalised words that no other span covers, preceded
   * by a role from the roles lexicon, optionally with a country name in between.
   */
  private List<MentionSpan> rolePersons(DocView dv, List<MentionSpan> found) {
    ByStart taken = new ByStart(found);
    List<MentionSpan> out = new ArrayList<>();
    int n = dv.tokens.size();
    for (int i = 1; i < n; i++) {
      if (!capitalisedWord(dv, i) || capitalisedWord(dv, i - 1) && !countryEndsAt(dv, i)) {
        continue;
      }
      int end = i;
      while (end < n && end - i < 3 && dv.sentenceOf[end] == dv.sentenceOf[i] && capitalisedWord(dv, end)) {
        end++;
      }
      int s = dv.tokens.get(i).start();
      int e = dv.tokens.get(end - 1).end();
      if (taken.anyOverlaps(s, e)) {
        continue;
      }
      int j = i;
      int country = countryStartBefore(dv, i);
      if (country >= 0) {
        j = country;
      }
      if (roleEndsAt(dv, j, dv.sentenceOf[i])) {
        out.add(MentionSpan.of(s, e, "persName"));
        i = end;
      }
    }
    return out;
  }

  /** Capitalised heads of administrative-region names ("Kraj Nadmorski", "Obwód Kaliningradzki"). */
  private static final java.util.Set<String> REGION_HEADS = java.util.Set.of(
      "kraj", "obwód", "okręg", "oblast", "prowincja", "województwo", "hrabstwo", "region", "republika");

  /**
   * Administrative regions named by a capitalised region noun and one or two capitalised
   * adjectives ("do rosyjskiego Kraju Nadmorskiego", "w Obwodzie Kaliningradzkim"), which the
   * statistical model can miss; a region noun at the start of a sentence is not taken.
   */
  private List<MentionSpan> adminRegions(DocView dv, List<MentionSpan> found) {
    ByStart taken = new ByStart(found);
    List<MentionSpan> out = new ArrayList<>();
    int n = dv.tokens.size();
    for (int i = 0; i + 1 < n; i++) {
      if (dv.sentenceInitial(i) || !capitalisedWord(dv, i) || !dv.anyLemma(i, REGION_HEADS::contains)) {
        continue;
      }
      int end = i + 1;
      while (end < n && end - i <= 2 && dv.sentenceOf[end] == dv.sentenceOf[i] && capitalisedWord(dv, end)
          && dv.readings(end).stream().anyMatch(r -> Tags.isAdjective(r.tag()))) {
        end++;
      }
      if (end == i + 1) {
        continue;
      }
      int s = dv.tokens.get(i).start();
      int e = dv.tokens.get(end - 1).end();
      if (!taken.anyOverlaps(s, e)) {
        out.add(MentionSpan.of(s, e, "placeName.region"));
      }
      i = end - 1;
    }
    return out;
  }

  private static boolean capitalisedWord(DocView dv, int i) {
    String w = dv.word(i);
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
        && !w.chars().allMatch(Character::isUpperCase);
  }

  private boolean countryEndsAt(DocView dv, int end) {
    return countryStartBefore(dv, end) >= 0;
  }

  /** The first token of a country name that ends right before {@code end}, or -1. */
  private int countryStartBefore(DocView dv, int end) {
    for (int k = 1; k <= 4 && end - k >= 0; k++) {
      DocView.Match m = dv.longest(end - k, end, lexicons::countryNamesStartingWith);
      if (m != null && m.end() == end) {
        return end - k;
      }
    }
    return -1;
  }

  private boolean roleEndsAt(DocView dv, int end, int sentence) {
    for (EntityLexicons.Role role : lexicons.roles()) {
      int len = role.lemmas().size();
      int start = end - len;
      if (start < 0 || dv.sentenceOf[start] != sentence) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < len && ok; k++) {
        ok = dv.hasLemma(start + k, role.lemmas().get(k));
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lexicon span takes the place of a model span: it covers it, and the model did not
   * read it as a person (the lexicons hold no persons, so "Kuba" or "Jordan" as a first name stays
   * a person rather than becoming Cuba or Jordan). A person found after a role phrase never takes
   * the place of a model span: that rule is for names the model missed, and a model that typed
   * the words as an organisation or a place ("rzecznik KRRiT", "prezydenta Opola") read them.
   */
  private static boolean replaces(MentionSpan lexicon, MentionSpan model) {
    return covers(lexicon, model) && !model.type().startsWith("persName")
        && !lexicon.type().startsWith("persName")
        && !(model.type().equals("geogName") && lexicon.start() == model.start()
            && lexicon.end() == model.end());
  }

  private static boolean covers(MentionSpan outer, MentionSpan inner) {
    return outer.start() <= inner.start() && inner.end() <= outer.end();
  }

  private static DocView.Match longest(DocView.Match... ms) {
    DocView.Match best = null;
    for (DocView.Match m : ms) {
      if (m != null && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * Whether a sentence-initial word is only a common word: it reads as a lower-case word in the
   * nominative (a possible subject) and the dictionary has no proper-noun reading for it.
   */
  private static boolean commonWord(DocView dv, int i) {
    boolean common = false;
    for (Reading r : dv.readings(i)) {
      if (r.lemma().isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(r.lemma().charAt(0))) {
        return false;
      }
      common |= "nom".equals(Tags.caseOf(r.tag()));
    }
    return common;
  }

  /**
   * The model's spans, where a person span that is exactly a place or organisation name of the
   * lexicons takes the lexicon's type when the name is more than one word ("Kraju Nadmorskiego",
   * "Korei Północnej": no person is named so) or made only of words the dictionary does not know
   * ("WaPo pisał": a newspaper's alias read as a person, as a subject of "pisał" would be). A
   * one-word person name the dictionary knows ("Jordan", "Kuba") stays a person. Capitals count
   * wherever they stand, not only as agents ("odwiedził Pjongjang": a settlement).
   */
  List<MentionSpan> retypeLexiconNames(List<MentionSpan> model, List<MentionSpan> found, DocView dv) {
    ByStart lexicon = new ByStart(found);
    List<MentionSpan> out = null;
    for (int x = 0; x < model.size(); x++) {
      MentionSpan p = model.get(x);
      if (!p.type().startsWith("persName")) {
        continue;
      }
      MentionSpan c = p.core(dv.text);
      MentionSpan named = null;
      for (int i = lexicon.first(c.start()); i < lexicon.size()
          && lexicon.get(i).start() == c.start(); i++) {
        MentionSpan s = lexicon.get(i);
        if (s.end() == c.end() && !s.type().startsWith("persName")) {
          named = s;
        }
      }
      if (named == null) {
        int[] r = dv.tokenRange(c.start(), c.end());
        DocView.Match cap = r[0] < r[1] ? dv.longest(r[0], r[1], lexicons::capitalsStartingWith) : null;
        if (cap != null && cap.start() == r[0] && cap.end() == r[1]) {
          named = MentionSpan.of(c.start(), c.end(), "placeName.settlement");
        }
      }
      if (named != null && (words(dv, c) > 1 || unknownWords(dv, c))) {
        if (out == null) {
          out = new ArrayList<>(model);
        }
        // the model's boundaries (quotation marks included), the lexicon's type
        out.set(x, new MentionSpan(p.start(), p.end(), named.type(), named.derived()));
      }
    }
    return out == null ? model : out;
  }

  private static int words(DocView dv, MentionSpan p) {
    int[] r = dv.tokenRange(p.start(), p.end());
    int n = 0;
    for (int i = r[0]; i < r[1]; i++) {
      if (dv.isWord(i)) {
        n++;
      }
    }
    return n;
  }

  private static boolean unknownWords(DocView dv, MentionSpan p) {
    int[] r = dv.tokenRange(p.start(), p.end());
    for (int i = r[0]; i < r[1]; i++) {
      if (dv.isWord(i) && !dv.readings(i).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The union of statistical and gazetteer spans. A gazetteer span replaces the model spans it
   * covers (same boundaries or wider: the lexicon knows "Korei Północnej" is a country where the
   * model saw only "Korei", or typed it orgName); a model span wider than a gazetteer span wins
   * ("Ministerstwo Obrony Rosji"), unless it covers two or more gazetteer spans (two names glued
   * together); a model person is never replaced, nor a model {@code geogName} by a lexicon span of
   * the same boundaries (a continent is not its country namesake: "wybrzeży Australii", "odkryć
   * Amerykę"); a gazetteer span that crosses a model span is dropped.
   */
  public static List<MentionSpan> union(List<MentionSpan> primary, List<MentionSpan> secondary) {
    // spans looked up by where they start, so that a long document costs no more than its parts
    ByStart lexicon = new ByStart(secondary);
    // a model span that swallows two lexicon names glued two names together ("Reuters Rosja",
    // "Reutersa Rosja wysłała"): the lexicon's boundaries win there
    List<MentionSpan> model = new ArrayList<>();
    for (MentionSpan p : primary) {
      if (lexicon.count(p.start(), p.end(), s -> covers(p, s), 2) < 2) {
        model.add(p);
      }
    }
    List<MentionSpan> out = new ArrayList<>();
    for (MentionSpan p : model) {
      // a lexicon span covering p starts at most its own length before p ends
      if (lexicon.count(p.end() - lexicon.maxLength(), p.start() + 1, s -> replaces(s, p), 1) == 0) {
        out.add(p);
      }
    }
    ByStart kept = new ByStart(model);
    for (MentionSpan s : secondary) {
      if (kept.count(s.start() - kept.maxLength() + 1, s.end(),
          p -> p.overlaps(s) && !replaces(s, p), 1) == 0) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingInt(MentionSpan::start).thenComparingInt(MentionSpan::end));
    return out;
  }

  /** Spans in order of their start (ties in their given order), with the longest span's length. */
  private static final class ByStart {
    private final MentionSpan[] spans;
    private final int maxLength;

    ByStart(List<MentionSpan> list) {
      spans = list.toArray(new MentionSpan[0]);
      Arrays.sort(spans, Comparator.comparingInt(MentionSpan::start)); // stable
      int max = 0;
      for (MentionSpan s : spans) {
        max = Math.max(max, s.end() - s.start());
      }
      maxLength = max;
    }

    int size() {
      return spans.length;
    }

    MentionSpan get(int i) {
      return spans[i];
    }

    int maxLength() {
      return maxLength;
    }

    /** Whether some span shares a character with {@code [start, end)}. */
    boolean anyOverlaps(int start, int end) {
      // an overlapping span starts at most its own length before start
      return count(start - maxLength + 1, end, s -> s.end() > start, 1) > 0;
    }

    /**
     * How many spans starting in {@code [fromStart, toStart)} pass the test, counting no further
     * than {@code enough}.
     */
    int count(int fromStart, int toStart, Predicate<MentionSpan> test, int enough) {
      int found = 0;
      for (int i = first(fromStart); i < spans.length && spans[i].start() < toStart
          && found < enough; i++) {
        if (test.test(spans[i])) {
          found++;
        }
      }
      return found;
    }

    /** The index of the first span starting at or after {@code pos}. */
    int first(int pos) {
      return Bisect.first(0, spans.length, i -> spans[i].start() < pos);
    }
  }
}
