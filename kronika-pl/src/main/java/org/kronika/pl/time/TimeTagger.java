package org.kronika.pl.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kronika.api.TimeExpression;
import org.kronika.core.time.TimeValue;
import org.kronika.pl.number.PolishNumberParser;

/**
 * Finds and normalises Polish time expressions in raw text.
 *
 * <p>Works in passes over the output of {@link TimeTokenizer}: the first pass runs the atomic
 * rules (dates, relative expressions, clock times, ...), each later pass runs the composition
 * rules over tokens and the expressions found so far ({@code od A do B}, {@code A, B},
 * {@code A o B}), until nothing changes. At each position the longest match wins, ties going to
 * the rule loaded first. Candidate rules are found through an index on what their first element
 * can match, so most tokens cost a few hash lookups. Expressions are then resolved left to right
 * by {@link TimeResolver}, which keeps the last time the story mentioned for anaphora.
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class TimeTagger {

  static final List<String> LEXICON = List.of("lexicon.txt", "holidays.txt");
  /** Rule files by topic, in priority order; composition rules last. */
  static final List<String> ATOMIC = List.of("dates.txt", "eras.txt", "relative.txt",
      "weekdays.txt", "clock.txt", "parts.txt", "seasons.txt", "durations.txt");
  static final List<String> COMPOSE = List.of("compose.txt");

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final Pattern DCLOCK = Pattern.compile("(\\d{1,2})[.:](\\d{2})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern SLASH = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{2}|\\d{4})");
  private static final Pattern YSLASH = Pattern.compile("(\\d{4})/(\\d{2}|\\d{4})");
  private static final Pattern DM = Pattern.compile("(\\d{1,2})\\.(\\d{2})");
  private static final Pattern MD = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
  private static final java.util.Set<String> ORD_SUFFIX = java.util.Set.of("szy", "gi", "ci", "ty",
      "my", "sty", "ny", "go", "ego", "tego", "ciego", "ej", "stej", "tej", "ciej", "ta", "sta",
      "ma", "ga", "cia", "y", "i", "a");

  private final TimeLexicon lexicon;
  private final PolishNumberParser numbers;
  private final List<TimeRule> atomic;
  private final List<TimeRule> compose;
  private final RuleIndex atomicIndex;
  private final RuleIndex composeIndex;

  private TimeTagger() {
    this.lexicon = new TimeLexicon(LEXICON);
    this.numbers = PolishNumberParser.polish();
    List<TimeRule> a = new ArrayList<>();
    for (String f : ATOMIC) {
      a.addAll(TimeRule.load(f, a.size(), false));
    }
    List<TimeRule> c = new ArrayList<>();
    for (String f : COMPOSE) {
      c.addAll(TimeRule.load(f, 100000 + c.size(), true));
    }
    this.atomic = List.copyOf(a);
    this.compose = List.copyOf(c);
    this.atomicIndex = new RuleIndex(atomic);
    this.composeIndex = new RuleIndex(compose);
  }

  private static final class Holder {
    static final TimeTagger INSTANCE = new TimeTagger();
  }

  /** The tagger built from the bundled rules. */
  public static TimeTagger polish() {
    return Holder.INSTANCE;
  }

  /** All rules, for the generic example test. */
  List<TimeRule> rules() {
    List<TimeRule> all = new ArrayList<>(atomic);
    all.addAll(compose);
    return all;
  }

  /**
   * Tags and resolves the time expressions of {@code text}.
   *
   * @param documentDate partial ISO date of the document ({@code 2023-11}); null when unknown
   */
  public List<TimeExpression> tag(String text, String documentDate) {
    TimeValue anchor = null;
    if (documentDate != null && !documentDate.isBlank()) {
      try {
        anchor = TimeValue.parse(documentDate);
      } catch (IllegalArgumentException e) {
        anchor = null;
      }
    }
    List<Tok> toks = TimeTokenizer.tokenize(text);
    List<Parse> parses = find(toks);
    return new TimeResolver(anchor, toks, lexicon).resolveAll(text, parses);
  }

  /**
   * The atomic parts of the expressions {@link #tag} finds, each resolved on its own: a
   * composed expression ({@code od 16.00 do 18.00}, {@code 21 lutego o godz. 14.20},
   * {@code w połowie października}) gives the expressions it was built from ({@code 16.00},
   * {@code 18.00}; {@code 21 lutego}, {@code o godz. 14.20}; {@code października}), and an
   * atomic expression gives itself. For evaluation against corpora that annotate each date and
   * clock time separately (NKJP); {@link #tag} is the tagger's output.
   */
  public List<TimeExpression> tagAtoms(String text, String documentDate) {
    TimeValue anchor = null;
    if (documentDate != null && !documentDate.isBlank()) {
      try {
        anchor = TimeValue.parse(documentDate);
      } catch (IllegalArgumentException e) {
        anchor = null;
      }
    }
    List<Tok> toks = TimeTokenizer.tokenize(text);
    List<Parse> atoms = new ArrayList<>();
    for (Parse p : find(toks)) {
      atoms(p, atoms);
    }
    return new TimeResolver(anchor, toks, lexicon).resolveAll(text, atoms);
  }

  private static void atoms(Parse p, List<Parse> out) {
    if (!p.rule().compose()) {
      out.add(p);
      return;
    }
    List<Parse> parts = new ArrayList<>();
    for (Object v : p.slots().values()) {
      if (v instanceof Parse q) {
        parts.add(q);
      }
    }
    parts.sort(java.util.Comparator.comparingInt(Parse::start));
    for (Parse q : parts) {
      atoms(q, out);
    }
  }

  /** Finds the top-level parses (weak ones dropped), in text order. */
  List<Parse> find(List<Tok> toks) {
    int n = toks.size();
    // per-token lexicon hits, computed once
    @SuppressWarnings("unchecked")
    List<TimeLexicon.Hit>[] hits = new List[n];
    for (int i = 0; i < n; i++) {
      hits[i] = lexicon.hits(toks, i);
    }
    List<Object> seq = new ArrayList<>(toks);
    Scan scan = new Scan(toks, hits);
    seq = pass(seq, scan, atomicIndex);
    boolean any = false;
    for (Object o : seq) {
      if (o instanceof Parse) {
        any = true;
        break;
      }
    }
    for (int round = 0; round < 4 && any; round++) {
      List<Object> next = pass(seq, scan, composeIndex);
      if (next.size() == seq.size()) {
        break;
      }
      seq = next;
    }
    List<Parse> out = new ArrayList<>();
    for (Object o : seq) {
      if (o instanceof Parse p && !p.weak() && (!p.rule().bare() || bareAlone(p, toks))
          && bareInside(p, toks) && fits(p, toks) && rangeFits(p, toks)) {
        out.add(p);
      }
    }
    return out;
  }

  // ------------------------------------------------------------ context of bare numbers

  /** Words after a number that make it a quantity, not a year or a clock reading. */
  private static final java.util.Set<String> UNITS = java.util.Set.of("zł", "zl", "złotych",
      "złote", "złoty", "gr", "groszy", "proc", "procent", "euro", "eur", "usd", "dol", "osób",
      "ludzi", "kobiet", "dzieci", "rodzin", "miejsc", "m", "km", "kg", "g", "t", "ha", "l", "mln",
      "tys", "mld", "cm", "mm", "mhz", "ghz", "ccm", "kw", "km2", "pkt", "sztuk", "szt", "lat",
      "mil", "ml", "ton", "razy", "stron", "godzin", "minut", "sekund", "dni", "tygodni",
      "miesięcy", "gmin", "zł.", "st", "x", "funta", "funtów");
  /** Words before a number that make it a quantity or a label. */
  private static final java.util.Set<String> BEFORE_QUANTITY = java.util.Set.of("ponad", "nr",
      "prawie", "zaledwie", "niemal", "blisko", "aż", "kosztuje", "kosztował",
      "kosztowała", "wynosi", "wynosił", "wyniósł", "wyniosła", "liczy", "liczył", "str", "s",
      "art", "ust", "poz", "pkt", "tel", "kod", "numer", "numerem", "wzór", "model");

  /**
   * Whether a bare year or clock reading that stands alone reads as one here. A year
   * ({@code 1998}, {@code (1918)}, {@code Euro 2012}) is not followed by a unit or by a
   * noun in the genitive plural that it would count ({@code 1500 osób}, {@code 2000 zł},
   * {@code 1200 pracowników}) nor preceded by {@code ponad}, {@code nr} .... A clock reading
   * ({@code 16.00}) is not in parentheses or a list of scores ({@code (21:25, 25:21)}), and not
   * followed by a unit. Measured on NKJP-1M's study split (NkjpTimeEval): 96% of the 4-digit
   * numbers 1000-2099 this keeps are labelled dates.
   */
  private static boolean bareAlone(Parse p, List<Tok> toks) {
    Tok prev = p.firstTok() > 0 ? toks.get(p.firstTok() - 1) : null;
    Tok next = p.lastTok() + 1 < toks.size() ? toks.get(p.lastTok() + 1) : null;
    Tok prevWord = prev;
    if (prev != null && prev.lower().equals(".") && !prev.space() && p.firstTok() > 1) {
      prevWord = toks.get(p.firstTok() - 2); // poz. 1397, str. 1998
    }
    if (prevWord != null && BEFORE_QUANTITY.contains(prevWord.lower())) {
      return false;
    }
    if (next != null && (UNITS.contains(next.lower()) || next.lower().equals("%"))) {
      return false;
    }
    if (p.type() == 'C') {
      if (prev != null && prev.lower().equals("(")) {
        return false;
      }
      Tok prev2 = p.firstTok() > 1 ? toks.get(p.firstTok() - 2) : null;
      Tok next2 = p.lastTok() + 2 < toks.size() ? toks.get(p.lastTok() + 2) : null;
      // a list of scores: 87:62 (28:13, 18:22, 25:9)
      if (prev != null && prev2 != null && prev2.kind() == 'd' && (prev.lower().equals(",")
          || prev.lower().equals(";"))) {
        return false;
      }
      if (next != null && next2 != null && next2.kind() == 'd' && next.lower().equals(",")
          && next2.text().matches("\\d+[:.]\\d+")) {
        return false;
      }
      return next == null || !next.lower().equals(")");
    }
    if (next != null && next.kind() == 'w' && Character.isLowerCase(next.text().charAt(0))
        && next.text().length() > 3 && (next.lower().endsWith("ów") || next.lower().endsWith("ych")
            || next.lower().endsWith("ich") && !next.lower().equals("ich"))) {
      return false;
    }
    return true;
  }

  /** Words before a number that make it part of a name: ul. 1 Maja, Al. 1000-lecia. */
  private static final java.util.Set<String> BEFORE_NAME = java.util.Set.of("ul", "al",
      "ulica", "ulicy", "aleja", "alei", "aleję", "plac", "placu", "os",
      "osiedle", "osiedlu", "rondo", "rondzie", "rysunku", "rys", "tabeli", "tab", "wersji",
      "wersja", "wersję");
  /** Words after a clock-like reading that make it a duration: 1 godz. 15 min, 3.30 godz. */
  private static final java.util.Set<String> AFTER_DURATION = java.util.Set.of("min", "minut",
      "godz", "h", "sek");

  /**
   * Checks on every expression found: a number ending it is not followed by a unit
   * ({@code 1400-1600 ccm}) nor glued to a word ({@code 1000-lecia}, {@code AWS-2002},
   * {@code XP 2000+}); it is not a street name ({@code ul. 1 Maja}); a clock reading is not a
   * duration ({@code 1 godz. 15 min}).
   */
  private static boolean fits(Parse p, List<Tok> toks) {
    Tok first = toks.get(p.firstTok());
    Tok last = toks.get(p.lastTok());
    Tok next = p.lastTok() + 1 < toks.size() ? toks.get(p.lastTok() + 1) : null;
    Tok next2 = p.lastTok() + 2 < toks.size() ? toks.get(p.lastTok() + 2) : null;
    Tok prev = p.firstTok() > 0 ? toks.get(p.firstTok() - 1) : null;
    Tok prevWord = prev;
    if (prev != null && prev.lower().equals(".") && !prev.space() && p.firstTok() > 1) {
      prevWord = toks.get(p.firstTok() - 2);
    }
    if (last.kind() == 'd' && next != null) {
      if (UNITS.contains(next.lower()) || next.lower().equals("+")) {
        return false;
      }
      if (next.lower().equals("-") && !next.space() && next2 != null && !next2.space()
          && (next2.lower().startsWith("leci") || next2.lower().startsWith("letn"))) {
        return false;
      }
    }
    if (first.kind() == 'd' && prev != null && prev.lower().equals("-") && !first.space()
        && p.firstTok() > 1 && toks.get(p.firstTok() - 2).kind() == 'w' && !prev.space()) {
      return false;
    }
    if (prevWord != null && BEFORE_NAME.contains(prevWord.lower()) && first.kind() == 'd') {
      return false;
    }
    if (p.type() == 'C' && next != null && AFTER_DURATION.contains(next.lower())) {
      return false;
    }
    return true;
  }

  private static final java.util.Set<String> HOUR_PREP = java.util.Set.of("do", "od", "po",
      "przed", "na", "między", "pomiędzy");
  static final int PREP_GUARD = Integer.getInteger("kronika.time.prepGuard", 7);
  /** Words of a sentence that speak of the time of day. */
  private static final Pattern TIME_CUE = Pattern.compile(
      "godz.*|godzin.*|rano|ran(ek|kiem|a)|wieczor.*|wieczór|zegar.*|minut.*|nad|popołudni.*|noc.*"
      + "|południ.*|spóźni.*|budzik.*");

  /**
   * An hour written as an ordinal after a preposition without {@code o} ({@code do czwartej},
   * {@code przed ósmą}, {@code po dziewiątej}, {@code na siódmą}): the ordinal does not agree
   * with a noun after it ({@code przed drugą wojną}, {@code po drugiej stronie}, {@code do
   * trzeciej klasy}), and the hour is at least 5 or the sentence speaks of the time of day.
   */
  private static boolean hourAfterPrep(Parse p, List<Tok> toks) {
    if (!"prep".equals(p.rule().arg())) {
      return true;
    }
    Tok prep = p.firstTok() > 0 ? toks.get(p.firstTok() - 1) : null;
    if (prep == null || !HOUR_PREP.contains(prep.lower())) {
      return false;
    }
    Tok last = toks.get(p.slot("daypart") != null ? p.firstTok() : p.lastTok());
    Tok next = p.lastTok() + 1 < toks.size() ? toks.get(p.lastTok() + 1) : null;
    if ((PREP_GUARD & 1) != 0 && next != null && next.kind() == 'w') {
      String n = next.lower();
      if (Character.isUpperCase(next.text().charAt(0)) && next.space()) {
        return false;
      }
      boolean agrees = last.lower().endsWith("ą") ? n.endsWith("ą") || n.endsWith("ę")
          : n.length() > 2 && (n.endsWith("i") || n.endsWith("y") || n.endsWith("ej")
              || n.endsWith("ie"));
      if (agrees && !TIME_CUE.matcher(n).matches()) {
        return false;
      }
    }
    if ((PREP_GUARD & 2) != 0) {
      Integer h = p.slot("hour") instanceof Integer x ? x : null;
      if (h != null && h >= 5) {
        return true;
      }
    }
    if ((PREP_GUARD & 4) != 0) {
      for (int k = p.firstTok() - 1; k >= 0 && k > p.firstTok() - 25; k--) {
        Tok t = toks.get(k);
        if (t.lower().equals(".") || t.lower().equals("?") || t.lower().equals("!")) {
          break;
        }
        if (t.kind() == 'w' && TIME_CUE.matcher(t.lower()).matches()) {
          return true;
        }
      }
      for (int k = p.lastTok() + 1; k < toks.size() && k < p.lastTok() + 25; k++) {
        Tok t = toks.get(k);
        if (t.lower().equals(".") || t.lower().equals("?") || t.lower().equals("!")) {
          break;
        }
        if (t.kind() == 'w' && TIME_CUE.matcher(t.lower()).matches()) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /**
   * A clock range ending in a bare hour ({@code godz. 10-17}) starts with {@code godz.} or a
   * round clock reading ({@code 18.30 do 20}), not with {@code o 9} ({@code o 9-12 atomach}) nor
   * with a reading like {@code 21:12} (a Bible verse: {@code Mat. 21:12-17}).
   */
  private static boolean rangeFits(Parse p, List<Tok> toks) {
    if (!(p.slot("to") instanceof Parse t) || t.rule() != HOUR
        || !(p.slot("from") instanceof Parse f)) {
      return true;
    }
    if (f.weak() && toks.get(f.firstTok()).lower().equals("o")) {
      return false;
    }
    if (f.rule().bare() && f.slot("clock") instanceof int[] c) {
      return c[1] % 15 == 0;
    }
    return true;
  }

  /** A bare year used inside a longer expression still may not count something (do 2000 zł). */
  private static boolean bareInside(Parse p, List<Tok> toks) {
    if (!p.rule().compose()) {
      return true;
    }
    for (Object v : p.slots().values()) {
      if (v instanceof Parse q) {
        if (q.rule().bare() && q.lastTok() + 1 < toks.size()) {
          String n = toks.get(q.lastTok() + 1).lower();
          if (UNITS.contains(n) || n.equals("%")) {
            return false;
          }
        }
        if (!bareInside(q, toks)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Per-document scan state: tokens, their lexicon hits, (cached) candidate rules, and the last
   * cardinal number read: every rule that starts with {@code #card} at one position of one pass
   * reads the same number there, so it is read once.
   */
  private static final class Scan {
    final List<Tok> toks;
    final List<TimeLexicon.Hit>[] hits;
    /** Per token, the rules of the atomic and of the composition index that can start there. */
    final TimeRule[][] atomicCands;
    final TimeRule[][] composeCands;
    List<Object> cardSeq;
    int cardAt = -1;
    PolishNumberParser.Match card;

    Scan(List<Tok> toks, List<TimeLexicon.Hit>[] hits) {
      this.toks = toks;
      this.hits = hits;
      this.atomicCands = new TimeRule[toks.size()][];
      this.composeCands = new TimeRule[toks.size()][];
    }
  }

  private List<Object> pass(List<Object> seq, Scan scan, RuleIndex index) {
    List<Object> out = new ArrayList<>(seq.size());
    TimeRule[][] cache = index == atomicIndex ? scan.atomicCands : scan.composeCands;
    Object[] vals = new Object[index.maxElements];
    int[] at = new int[index.maxElements];
    int i = 0;
    int n = seq.size();
    while (i < n) {
      Object unit = seq.get(i);
      TimeRule[] cands;
      if (unit instanceof Tok tk) {
        cands = cache[tk.index()];
        if (cands == null) {
          cands = candidates(tk, scan, index);
          cache[tk.index()] = cands;
        }
      } else {
        cands = index.parses;
      }
      Best best = new Best();
      for (TimeRule r : cands) {
        if (best.rule != null && best.rule == r) {
          continue;
        }
        // match() leaves every vals entry null again; the entries past the rule's are unused
        match(r, 0, seq, i, vals, at, scan, best);
      }
      if (best.rule != null) {
        Map<String, Object> slots = new HashMap<>();
        List<TimeRule.Element> els = best.rule.elements();
        for (int e = 0; e < els.size(); e++) {
          if (best.vals[e] != null && els.get(e).slot() != null) {
            Object v = best.vals[e];
            if (best.rule.compose() && v instanceof Integer h) {
              // a bare hour ending a clock range (godz. 10-17): its own clock atom
              int a = firstTok(seq.get(best.at[e]));
              int z = lastTok(seq.get((e + 1 < els.size() ? best.at[e + 1] : best.end) - 1));
              v = new Parse(HOUR, Map.of("hour", h), scan.toks.get(a).start(),
                  scan.toks.get(z).end(), 'C', a, z);
            }
            slots.put(els.get(e).slot(), v);
          }
        }
        int first = firstTok(seq.get(i));
        int last = lastTok(seq.get(best.end - 1));
        int start = scan.toks.get(first).start();
        int end = scan.toks.get(last).end();
        char type = TimeResolver.typeOf(best.rule, slots);
        Parse made = new Parse(best.rule, Map.copyOf(slots), start, end, type, first, last);
        if (!hourAfterPrep(made, scan.toks)) {
          out.add(seq.get(i));
          i++;
          continue;
        }
        out.add(made);
        i = best.end;
      } else {
        out.add(seq.get(i));
        i++;
      }
    }
    return out;
  }

  private static int firstTok(Object o) {
    return o instanceof Tok t ? t.index() : ((Parse) o).firstTok();
  }

  private static int lastTok(Object o) {
    return o instanceof Tok t ? t.index() : ((Parse) o).lastTok();
  }

  private static final class Best {
    TimeRule rule;
    int end;
    Object[] vals;
    int[] at;
  }

  /** The rule of a bare hour taken by a composition rule (the end of {@code godz. 10-17}). */
  private static final TimeRule HOUR = new TimeRule("hour", -1, List.of(), "clock", null, false,
      false, false, List.of());


  /**
   * The rules of {@code index} that can start at token {@code t}, each once: those filed under
   * its lower-case form, under its folded form (a word written without diacritics), under
   * {@code #d} (digits), under the categories of its lexicon hits and under {@code #n} (a number
   * word). Their order does not matter: the longest match wins and ties go to the lower rule
   * order whatever order the rules are tried in, and trying a rule twice at a position cannot
   * change the result, so the repeats are dropped.
   */
  private TimeRule[] candidates(Tok t, Scan scan, RuleIndex index) {
    List<TimeRule> out = new ArrayList<>();
    String lower = t.lower();
    add(out, !lower.isEmpty() && lower.charAt(0) == '~' ? index.folded.get(lower.substring(1))
        : index.words.get(lower));
    if (!t.diacritic() && t.kind() == 'w') {
      add(out, index.folded.get(t.fold()));
    }
    if (t.kind() == 'd') {
      add(out, index.digits);
    } else {
      for (TimeLexicon.Hit h : scan.hits[t.index()]) {
        add(out, index.cats.get(h.entry().cat()));
      }
      if (t.kind() == 'w' && (numbers.isNumberWord(lower, t.fold()) || t.fold().length() >= 12
          && numbers.ordinal(lower) != null)) {
        add(out, index.numbers);
      }
    }
    return out.isEmpty() ? NO_RULES : out.toArray(NO_RULES);
  }

  private static void add(List<TimeRule> out, TimeRule[] rules) {
    if (rules == null) {
      return;
    }
    for (TimeRule r : rules) {
      boolean seen = false;
      for (int k = 0; k < out.size() && !seen; k++) {
        seen = out.get(k) == r;
      }
      if (!seen) {
        out.add(r);
      }
    }
  }

  private static final TimeRule[] NO_RULES = new TimeRule[0];

  /**
   * The rules of one pass filed by what their first element can match (up to and including its
   * first required element): a literal word ({@code words}), the folded form of one
   * ({@code folded}), a lexicon category ({@code cats}), digits, a number word, or an expression
   * found by an earlier pass ({@code parses}). Immutable.
   */
  private static final class RuleIndex {
    final Map<String, TimeRule[]> words;
    final Map<String, TimeRule[]> folded;
    final Map<String, TimeRule[]> cats;
    final TimeRule[] digits;
    final TimeRule[] numbers;
    final TimeRule[] parses;
    /** The most elements of any rule. */
    final int maxElements;

    RuleIndex(List<TimeRule> rules) {
      Map<String, List<TimeRule>> w = new HashMap<>();
      Map<String, List<TimeRule>> f = new HashMap<>();
      Map<String, List<TimeRule>> c = new HashMap<>();
      List<TimeRule> d = new ArrayList<>();
      List<TimeRule> n = new ArrayList<>();
      List<TimeRule> t = new ArrayList<>();
      int most = 0;
      for (TimeRule r : rules) {
        most = Math.max(most, r.elements().size());
        for (TimeRule.Element e : r.elements()) {
          for (TimeRule.Alt a : e.alts()) {
            switch (a.kind()) {
              case 'l' -> {
                for (String x : a.words()) {
                  if (x.startsWith("~")) {
                    put(f, x.substring(1), r);
                  } else if (!x.startsWith("!")) {
                    put(w, x, r);
                  }
                }
              }
              case 'c' -> put(c, a.cat(), r);
              case 'T' -> addOnce(t, r);
              default -> {
                addOnce(d, r);
                if (a.numKind().equals("card") || a.numKind().equals("ord")) {
                  addOnce(n, r);
                }
              }
            }
          }
          if (!e.optional()) {
            break;
          }
        }
      }
      this.words = frozen(w);
      this.folded = frozen(f);
      this.cats = frozen(c);
      this.digits = d.toArray(NO_RULES);
      this.numbers = n.toArray(NO_RULES);
      this.parses = t.toArray(NO_RULES);
      this.maxElements = most;
    }

    private static void put(Map<String, List<TimeRule>> m, String k, TimeRule r) {
      addOnce(m.computeIfAbsent(k, x -> new ArrayList<>()), r);
    }

    private static void addOnce(List<TimeRule> l, TimeRule r) {
      if (l.isEmpty() || l.get(l.size() - 1) != r) {
        l.add(r);
      }
    }

    private static Map<String, TimeRule[]> frozen(Map<String, List<TimeRule>> m) {
      Map<String, TimeRule[]> out = new HashMap<>();
      m.forEach((k, v) -> out.put(k, v.toArray(NO_RULES)));
      return out;
    }
  }

  // ---------------------------------------------------------------- matching

  private void match(TimeRule r, int e, List<Object> seq, int i, Object[] vals, int[] at, Scan scan,
      Best best) {
    List<TimeRule.Element> els = r.elements();
    if (e == els.size()) {
      if (i > 0 && (best.rule == null || i > best.end
          || i == best.end && r.order() < best.rule.order())) {
        best.rule = r;
        best.end = i;
        best.vals = vals.clone();
        best.at = at.clone();
      }
      return;
    }
    TimeRule.Element el = els.get(e);
    at[e] = i;
    if (i < seq.size()) {
      Object o = seq.get(i);
      for (TimeRule.Alt a : el.alts()) {
        if (!mayMatch(a, o, scan)) {
          continue;
        }
        alt(a, seq, i, scan, (end, val) -> {
          vals[e] = val;
          at[e] = i;
          match(r, e + 1, seq, end, vals, at, scan, best);
          vals[e] = null;
        });
      }
    }
    if (el.optional()) {
      at[e] = i;
      match(r, e + 1, seq, i, vals, at, scan, best);
    }
  }

  private interface Sink {
    void accept(int end, Object value);
  }

  /**
   * False when {@link #alt} surely reports nothing for {@code o}: an expression against a token
   * alternative or the reverse, a word that is not among a literal's words, a token without
   * lexicon hits against a category. Saves building the sink for most tries.
   */
  private static boolean mayMatch(TimeRule.Alt a, Object o, Scan scan) {
    if (a.kind() == 'T') {
      return o instanceof Parse;
    }
    if (!(o instanceof Tok t)) {
      return false;
    }
    return switch (a.kind()) {
      case 'l' -> a.words().contains(t.lower()) || !t.diacritic() && a.hasFolded(t.fold());
      case 'c' -> !scan.hits[t.index()].isEmpty();
      default -> true;
    };
  }

  private void alt(TimeRule.Alt a, List<Object> seq, int i, Scan scan, Sink sink) {
    Object o = seq.get(i);
    if (a.kind() == 'T') {
      if (o instanceof Parse p && (a.types() == null || a.types().indexOf(p.type()) >= 0)) {
        sink.accept(i + 1, p);
      }
      return;
    }
    if (!(o instanceof Tok t)) {
      return;
    }
    switch (a.kind()) {
      case 'l' -> {
        String w = null;
        if (a.words().contains(t.lower())) {
          w = t.lower();
        } else if (!t.diacritic() && a.hasFolded(t.fold())) {
          w = t.fold();
        }
        if (w != null) {
          int end = i + 1;
          if (a.dotAfter(w) && end < seq.size() && isDot(seq.get(end))) {
            end++;
          }
          sink.accept(end, t.lower());
        }
      }
      case 'c' -> {
        for (TimeLexicon.Hit h : scan.hits[t.index()]) {
          if (h.entry().cat().equals(a.cat()) && (a.ext() || !h.entry().ext())
              && contiguous(seq, i, t.index(), h.length())) {
            sink.accept(i + h.length(), h.entry().value());
          }
        }
      }
      default -> number(a, seq, i, t, scan, sink);
    }
  }

  private static boolean isDot(Object o) {
    return o instanceof Tok t && t.lower().equals(".") && !t.space();
  }

  /** True when seq[i..i+len) are the tokens tokIndex..tokIndex+len-1. */
  private static boolean contiguous(List<Object> seq, int i, int tokIndex, int len) {
    if (i + len > seq.size()) {
      return false;
    }
    Object last = seq.get(i + len - 1);
    return last instanceof Tok lt && lt.index() == tokIndex + len - 1;
  }

  private void number(TimeRule.Alt a, List<Object> seq, int i, Tok t, Scan scan, Sink sink) {
    String k = a.numKind();
    switch (k) {
      case "int", "year" -> {
        if (t.isPlainInt()) {
          int v = t.intValue();
          if (k.equals("year") && (t.text().length() != 4 || v < 1000 || v > 2199)) {
            return;
          }
          if (v >= a.min() && v <= a.max() && !(k.equals("int") && t.text().length() > 4)) {
            sink.accept(i + 1, v);
          }
        }
      }
      case "yslash" -> {
        if (t.kind() != 'd') {
          return;
        }
        Matcher m = YSLASH.matcher(t.text());
        if (m.matches()) {
          int a1 = Integer.parseInt(m.group(1));
          int b1 = Integer.parseInt(m.group(2));
          // consecutive years only: 2007/2008, 1998/99 (not 1200/1500)
          if (a1 >= 1000 && a1 <= 2199 && (b1 == a1 + 1 || b1 == (a1 + 1) % 100)) {
            sink.accept(i + 1, new int[] {a1, b1});
          }
        }
      }
      case "clock", "dclock" -> {
        if (t.kind() != 'd') {
          return;
        }
        Matcher m = (k.equals("clock") ? CLOCK : DCLOCK).matcher(t.text());
        if (m.matches()) {
          int h = Integer.parseInt(m.group(1));
          int mi = Integer.parseInt(m.group(2));
          int s = k.equals("clock") && m.group(3) != null ? Integer.parseInt(m.group(3)) : -1;
          if (h <= 24 && mi < 60 && s < 60) {
            sink.accept(i + 1, new int[] {h, mi, s});
          }
        }
      }
      case "date" -> {
        if (t.kind() != 'd') {
          return;
        }
        int[] d = numericDate(t.text());
        if (d != null) {
          sink.accept(i + 1, d);
        }
      }
      case "dm" -> {
        // 12.09. władze, 22.12. - 20.01.: day.month with its dot, not a clock reading
        if (t.kind() != 'd' || i + 2 >= seq.size() || !isDot(seq.get(i + 1))
            || !(seq.get(i + 2) instanceof Tok after) || !after.space()
            || after.kind() == 'w' && Character.isUpperCase(after.text().charAt(0))
            || after.kind() == 'd') {
          return;
        }
        Matcher m = DM.matcher(t.text());
        if (m.matches()) {
          int d = Integer.parseInt(m.group(1));
          int mo = Integer.parseInt(m.group(2));
          if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
            sink.accept(i + 2, new int[] {0, mo, d}); // the dot belongs to it (NKJP: [12.09.])
          }
        }
      }
      case "md" -> {
        if (t.kind() != 'd') {
          return;
        }
        Matcher m = MD.matcher(t.text());
        if (m.matches()) {
          int mo = Integer.parseInt(m.group(1));
          int d = Integer.parseInt(m.group(2));
          if (mo >= 1 && mo <= 12 && d > 12 && d <= 31) {
            sink.accept(i + 1, new int[] {0, mo, d});
          }
        }
      }
      case "card" -> {
        if (t.kind() == 'w' && !numbers.isNumberWord(t.lower(), t.fold())) {
          return;
        }
        PolishNumberParser.Match m = cardinal(seq, i, scan);
        if (m != null && !m.ordinal() && m.value() >= a.min() && m.value() <= a.max()
            && contiguous(seq, i, t.index(), m.length())) {
          sink.accept(i + m.length(), m.value());
        }
      }
      case "ord" -> {
        if (t.kind() == 'w') {
          List<String> ws = new ArrayList<>(2);
          ws.add(t.lower());
          if (i + 1 < seq.size() && seq.get(i + 1) instanceof Tok t2) {
            ws.add(t2.lower());
          }
          PolishNumberParser.Match m = numbers.match(ws, 0);
          if (m != null && m.ordinal() && m.value() >= a.min() && m.value() <= a.max()
              && contiguous(seq, i, t.index(), m.length())) {
            sink.accept(i + m.length(), (int) m.value());
          }
        } else if (t.isPlainInt() && t.text().length() <= 4) {
          int v = t.intValue();
          if (v < a.min() || v > a.max()) {
            return;
          }
          int j = i + 1;
          if (j < seq.size() && seq.get(j) instanceof Tok h && h.lower().equals("-") && !h.space()) {
            j++;
          }
          if (j < seq.size() && seq.get(j) instanceof Tok s && s.kind() == 'w' && !s.space()
              && ORD_SUFFIX.contains(s.lower())) {
            sink.accept(j + 1, v);
          }
        }
      }
      default -> throw new IllegalStateException(k);
    }
  }

  /** The number read from the tokens at {@code seq[i]} on (up to 12), or null; read once per position and pass. */
  private PolishNumberParser.Match cardinal(List<Object> seq, int i, Scan scan) {
    if (scan.cardSeq == seq && scan.cardAt == i) {
      return scan.card;
    }
    List<String> ws = new ArrayList<>(8);
    for (int j = i; j < seq.size() && j < i + 12; j++) {
      if (!(seq.get(j) instanceof Tok tj)) {
        break;
      }
      ws.add(tj.kind() == 'p' && !tj.lower().equals(".") ? "\u0000" : tj.lower());
    }
    PolishNumberParser.Match m = numbers.match(ws, 0);
    scan.cardSeq = seq;
    scan.cardAt = i;
    scan.card = m;
    return m;
  }

  /** y, m, d of a numeric date token, or null: d.m.yyyy, yyyy-m-d, m/d/yy(yy), m-d-yy. */
  static int[] numericDate(String s) {
    int y;
    int m;
    int d;
    Matcher x;
    if ((x = DMY.matcher(s)).matches()) {
      d = Integer.parseInt(x.group(1));
      m = Integer.parseInt(x.group(2));
      y = Integer.parseInt(x.group(3));
    } else if ((x = YMD.matcher(s)).matches()) {
      y = Integer.parseInt(x.group(1));
      m = Integer.parseInt(x.group(2));
      d = Integer.parseInt(x.group(3));
    } else if ((x = SLASH.matcher(s)).matches()) {
      int a = Integer.parseInt(x.group(1));
      int b = Integer.parseInt(x.group(2));
      // American month-first order unless the first number cannot be a month
      m = a <= 12 ? a : b;
      d = a <= 12 ? b : a;
      y = Integer.parseInt(x.group(3));
      if (x.group(3).length() == 2) {
        y += y < 50 ? 2000 : 1900;
      }
    } else {
      return null;
    }
    if (m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return new int[] {y, m, d};
  }
}
