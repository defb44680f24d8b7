package org.kronika.pl.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kronika.api.TimeExpression;
import org.kronika.core.time.Granularity;
import org.kronika.core.time.TimeRange;
import org.kronika.core.time.TimeValue;

/**
 * Resolves parses against the document date and the story so far. One instance per document
 * (it holds the story anchor); not shared.
 *
 * <p>Conventions (news first):
 * <ul>
 *   <li>A bare weekday or month name refers to its last occurrence (including the current one)
 *       unless the sentence has a future cue ({@code będzie}, {@code zostanie}, ...), then to the
 *       next. A day and month without a year take the document's year.</li>
 *   <li>Nothing finer than the document date supports is invented: {@code w czwartek} in a
 *       document dated {@code 2023-11} is {@code 2023-11} with mod {@code weekday}; a shift
 *       such as {@code w ubiegłym tygodniu} gives the months it may fall in,
 *       {@code 2023-10/2023-11} with mod {@code within}.</li>
 *   <li>Shifts by a count ({@code trzy miesiące temu}) are resolved one unit finer than the
 *       counted unit (month → day, year → month) but never finer than a day for days and
 *       weeks, and never finer than the anchor.</li>
 *   <li>A clock time alone takes the document's day; when the document date carries a clock
 *       time, an hour that may be read on a 12-hour clock takes its next occurrence.</li>
 *   <li>Anaphora ({@code w tym samym miesiącu}, {@code tego dnia}, {@code dzień później}) use the
 *       last point the text resolved, or the document date when there is none yet.</li>
 *   <li>Unresolvable expressions keep value null and anchor {@code none}.</li>
 * </ul>
 */
final class TimeResolver {

  /** A resolved expression. {@code clock} is set for clock times (h, m, s or -1, daypart code). */
  record Res(String kind, TimeRange range, String iso, Granularity gran, String mod, String anchor,
      int[] clock, boolean invalid) {

    static final Res INVALID = new Res(null, null, null, null, null, null, null, true);

    static Res unresolved(String kind, String mod) {
      return new Res(kind, null, null, null, mod, "none", null, false);
    }

    static Res of(TimeRange r, String mod, String anchor) {
      String m = mod != null ? mod : r.within() ? "within" : null;
      return new Res("date", r, r.iso(), r.granularity(), m, anchor, null, false);
    }

    boolean resolved() {
      return iso != null;
    }

    Res withMod(String m) {
      return new Res(kind, range, iso, gran, m, anchor, clock, invalid);
    }

    Res withKind(String k) {
      return new Res(k, range, iso, gran, mod, anchor, clock, invalid);
    }
  }

  private static final Set<String> FUTURE_CUES = Set.of("bedzie", "beda", "bedziemy", "bedziecie",
      "zostanie", "zostana", "odbedzie", "odbeda", "rozpocznie", "rozpoczna", "nastapi", "planuje",
      "planuja", "zaplanowano", "zaplanowany", "zaplanowane", "zaplanowana", "potrwa", "zakonczy",
      "przyjedzie", "odwiedzi", "spotka", "spotkaja");

  private final TimeValue doc;
  private final List<Tok> toks;
  private TimeValue story;
  private int[] sentenceOf;
  private boolean[] futureSentence;

  TimeResolver(TimeValue doc, List<Tok> toks, TimeLexicon lexicon) {
    this.doc = doc;
    this.toks = toks;
  }

  // ------------------------------------------------------------------ types (at match time)

  static char typeOf(TimeRule r, java.util.Map<String, Object> s) {
    return switch (r.action()) {
      case "clock" -> 'C';
      case "weekday" -> s.containsKey("wdir") || s.containsKey("after") ? 'D' : 'W';
      case "date", "numdate" -> s.containsKey("day") || s.containsKey("date") || s.containsKey("md")
          ? 'D' : 'M';
      case "year", "decade", "century", "quarter", "cur", "same" -> 'M';
      case "relday", "holiday", "nthdow", "nthday" -> 'D';
      case "interval" -> s.get("from") instanceof Parse p && p.type() == 'C' ? 'K' : 'I';
      case "merge" -> 'D';
      case "duration" -> 'U';
      case "dayrange", "yearspan", "since", "until", "before", "after", "lastn", "season",
          "period" -> 'I';
      default -> 'X';
    };
  }

  // ------------------------------------------------------------------ driver

  List<TimeExpression> resolveAll(String text, List<Parse> parses) {
    sentences();
    List<TimeExpression> out = new ArrayList<>(parses.size());
    for (Parse p : parses) {
      Res r = resolve(p);
      if (r == null || r.invalid()) {
        continue;
      }
      if (r.clock() != null && !r.resolved()) {
        r = clockAlone(r);
      }
      out.add(new TimeExpression(p.start(), p.end(), text.substring(p.start(), p.end()),
          r.kind() == null ? "date" : r.kind(), r.iso(), r.gran() == null ? null : r.gran().label(),
          r.mod(), r.resolved() ? r.anchor() : "none"));
      // the story anchor: the last point resolved (an interval leaves it as it was)
      if (r.resolved() && r.range() != null && "date".equals(r.kind()) && !r.range().interval()) {
        story = r.range().value();
      }
    }
    return out;
  }

  private void sentences() {
    int n = toks.size();
    sentenceOf = new int[n];
    int s = 0;
    List<Boolean> fut = new ArrayList<>();
    fut.add(false);
    for (int i = 0; i < n; i++) {
      Tok t = toks.get(i);
      sentenceOf[i] = s;
      if (t.kind() == 'w' && FUTURE_CUES.contains(t.fold())) {
        fut.set(s, true);
      }
      if ((t.lower().equals(".") || t.lower().equals("!") || t.lower().equals("?")) && i + 1 < n
          && toks.get(i + 1).space() && Character.isUpperCase(toks.get(i + 1).text().charAt(0))) {
        s++;
        fut.add(false);
      }
    }
    futureSentence = new boolean[fut.size()];
    for (int i = 0; i < fut.size(); i++) {
      futureSentence[i] = fut.get(i);
    }
  }

  private boolean future(Parse p) {
    return futureSentence[sentenceOf[p.firstTok()]];
  }

  // ------------------------------------------------------------------ dispatch

  Res resolve(Parse p) {
    try {
      return switch (p.rule().action()) {
        case "date" -> date(p);
        case "numdate" -> numdate(p);
        case "year" -> year(p);
        case "yearspan" -> yearspan(p);
        case "dayrange" -> dayrange(p);
        case "weekday" -> weekday(p);
        case "relday" -> relday(p);
        case "now" -> now();
        case "cur" -> cur(p);
        case "same" -> same(p);
        case "shift" -> shift(p, false);
        case "later" -> shift(p, true);
        case "lastn" -> lastn(p);
        case "duration" -> duration(p);
        case "holiday" -> holiday(p);
        case "season" -> season(p);
        case "period" -> period(p);
        case "part" -> part(p);
        case "decade" -> decade(p);
        case "century" -> century(p);
        case "quarter" -> quarter(p);
        case "nthdow" -> nthdow(p);
        case "nthday" -> nthday(p);
        case "nthweek" -> nthweek(p);
        case "clock" -> clock(p);
        case "merge" -> merge(p);
        case "interval" -> interval(p);
        case "since" -> since(p);
        case "until" -> openEnd(p, false);
        case "before" -> openEnd(p, false);
        case "after" -> openEnd(p, true);
        case "approx" -> approx(p);
        default -> throw new IllegalStateException(p.rule().id() + ": unknown action "
            + p.rule().action());
      };
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return Res.INVALID;
    }
  }

  // ------------------------------------------------------------------ slot helpers

  private static Integer intSlot(Parse p, String name) {
    Object o = p.slot(name);
    if (o == null) {
      return null;
    }
    if (o instanceof Integer i) {
      return i;
    }
    if (o instanceof Double d) {
      return (int) Math.round(d);
    }
    if (o instanceof String s) {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static double num(Parse p, String name, double fallback) {
    Object o = p.slot(name);
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    if (o instanceof String s) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
    return fallback;
  }

  private static Granularity unit(Parse p) {
    Object u = p.slot("unit");
    if (u == null && p.rule().arg() != null && !p.rule().arg().matches("-?\\d+")) {
      u = p.rule().arg();
    }
    return u == null ? null : unitWord((String) u);
  }

  /** A unit named by the lexicon ({@code day}) or by a literal word of a rule ({@code godzinę}). */
  static Granularity unitWord(String w) {
    String f = org.kronika.pl.number.PolishNumberParser.fold(w);
    for (Granularity g : Granularity.values()) {
      if (g.label().equals(f)) {
        return g;
      }
    }
    if (f.startsWith("sek")) {
      return Granularity.SECOND;
    } else if (f.startsWith("min")) {
      return Granularity.MINUTE;
    } else if (f.startsWith("godz") || f.equals("h")) {
      return Granularity.HOUR;
    } else if (f.startsWith("dzie") || f.startsWith("dni") || f.startsWith("dob")) {
      return Granularity.DAY;
    } else if (f.startsWith("tydz") || f.startsWith("tyg")) {
      return Granularity.WEEK;
    } else if (f.startsWith("miesi")) {
      return Granularity.MONTH;
    } else if (f.startsWith("kwart")) {
      return Granularity.QUARTER;
    } else if (f.startsWith("rok") || f.startsWith("lat") || f.startsWith("roku")) {
      return Granularity.YEAR;
    }
    throw new IllegalArgumentException("not a unit: " + w);
  }

  private static int argInt(Parse p, int fallback) {
    String a = p.rule().arg();
    return a != null && a.matches("-?\\d+") ? Integer.parseInt(a) : fallback;
  }

  private boolean hasDay() {
    return doc != null && !doc.granularity().coarserThan(Granularity.DAY);
  }

  private boolean hasTime() {
    return doc != null && doc.granularity().finerThan(Granularity.DAY);
  }

  // ------------------------------------------------------------------ absolute dates

  /** The year of a date expression; null when it needs a document date that is missing. */
  private Integer yearOf(Parse p, int month, Integer day) {
    Integer y = intSlot(p, "year");
    if (y != null) {
      return y;
    }
    Integer yy = intSlot(p, "yy");
    if (yy != null) {
      return yy + (yy < 50 ? 2000 : 1900);
    }
    if (doc == null) {
      return null;
    }
    Integer yrel = intSlot(p, "yrel");
    int dy = doc.start().getYear();
    if (yrel != null) {
      return dy + yrel;
    }
    if (day != null) {
      return dy;
    }
    int dm = doc.granularity() == Granularity.YEAR ? 0 : doc.start().getMonthValue();
    Integer dir = intSlot(p, "dir");
    if (dir == null && p.slot("after") != null) {
      dir = 1;
    }
    if (dir != null) {
      int y2 = dir > 0 ? (month > dm ? dy : dy + 1) : dir < 0 ? (month < dm ? dy : dy - 1) : dy;
      if (p.slot("after") != null) {
        y2++;
      }
      return y2;
    }
    if (dm == 0) {
      return dy;
    }
    if (future(p)) {
      return month >= dm ? dy : dy + 1;
    }
    return month <= dm ? dy : dy - 1;
  }

  private String anchorOf(Parse p) {
    return p.slot("year") != null || p.slot("yy") != null ? "absolute" : "document";
  }

  private Res date(Parse p) {
    Integer month = intSlot(p, "month");
    Integer day = intSlot(p, "day");
    if (day == null) {
      day = intSlot(p, "ord");
    }
    if (month == null) {
      return Res.INVALID;
    }
    if (day != null && day > 31) {
      return Res.INVALID;
    }
    Integer y = yearOf(p, month, day);
    if (y == null) {
      if (day != null && day > YearMonth.of(2000, month).lengthOfMonth()) {
        return Res.INVALID;
      }
      return Res.unresolved("date", null);
    }
    TimeValue v;
    if (day != null) {
      if (day > YearMonth.of(y, month).lengthOfMonth()) {
        return Res.INVALID;
      }
      v = TimeValue.day(y, month, day);
    } else {
      v = TimeValue.month(y, month);
    }
    return withPrep(p, v, anchorOf(p));
  }

  /** od/do written inside an atomic rule turn the point into an open interval. */
  private Res withPrep(Parse p, TimeValue v, String anchor) {
    Object prep = p.slot("prep");
    if ("od".equals(prep)) {
      return sinceValue(v, anchor);
    }
    if ("do".equals(prep)) {
      return Res.of(TimeRange.interval(null, v), null, anchor);
    }
    return Res.of(TimeRange.point(v), null, anchor);
  }

  private Res numdate(Parse p) {
    int[] d = (int[]) p.slot("date");
    if (d == null) {
      d = (int[]) p.slot("md");
    }
    int y = d[0];
    if (y == 0) {
      if (doc == null) {
        return Res.unresolved("date", null);
      }
      y = doc.start().getYear();
    }
    if (d[2] > YearMonth.of(y, d[1]).lengthOfMonth()) {
      return Res.INVALID;
    }
    return Res.of(TimeRange.point(TimeValue.day(y, d[1], d[2])), null,
        d[0] == 0 ? "document" : "absolute");
  }

  private Res year(Parse p) {
    Integer y = intSlot(p, "year");
    return withPrep(p, TimeValue.year(y), "absolute");
  }

  private Res yearspan(Parse p) {
    int a;
    int b;
    if (p.slot("yslash") instanceof int[] ab) {
      a = ab[0];
      b = ab[1];
    } else {
      a = intSlot(p, "from");
      b = intSlot(p, "to");
    }
    if (b < 100 && a >= 1000) {
      // 1954-69, 1998/99, 1918-9: the end shares the start's century (or the next one)
      int base = a / 100 * 100;
      int mod = b < 10 && p.slot("yslash") == null ? 10 : 100;
      b = mod == 10 ? a / 10 * 10 + b : base + b;
      if (b <= a) {
        b += mod;
      }
    }
    if (b < a) {
      return Res.INVALID;
    }
    return Res.of(TimeRange.interval(TimeValue.year(a), TimeValue.year(b)), null, "absolute");
  }

  private Res dayrange(Parse p) {
    int d1 = intSlot(p, "d1");
    int d2 = intSlot(p, "d2");
    int m = intSlot(p, "month");
    Integer y = yearOf(p, m, d1);
    if (d2 < d1) {
      return Res.INVALID;
    }
    if (y == null) {
      return Res.unresolved("date", null);
    }
    return Res.of(TimeRange.interval(TimeValue.day(y, m, d1), TimeValue.day(y, m, d2)), null,
        anchorOf(p));
  }

  private Res quarter(Parse p) {
    int q = intSlot(p, "ord");
    if (q < 1 || q > 4) {
      return Res.INVALID;
    }
    Integer y = intSlot(p, "year");
    if (y == null) {
      if (doc == null) {
        return Res.unresolved("date", null);
      }
      y = doc.start().getYear();
    }
    return Res.of(TimeRange.point(TimeValue.of(LocalDateTime.of(y, q * 3 - 2, 1, 0, 0),
        Granularity.QUARTER)), null, anchorOf(p));
  }

  private Integer monthYear(Parse p, int month) {
    Integer y = intSlot(p, "year");
    if (y != null) {
      return y;
    }
    return doc == null ? null : doc.start().getYear();
  }

  private Res nthdow(Parse p) {
    int nth = intSlot(p, p.slot("ord") != null ? "ord" : "nth");
    int wd = intSlot(p, "weekday");
    int m = intSlot(p, "month");
    Integer y = monthYear(p, m);
    if (y == null) {
      return Res.unresolved("date", null);
    }
    LocalDate first = LocalDate.of(y, m, 1);
    LocalDate d;
    if (nth < 0) {
      d = first.with(TemporalAdjusters.lastInMonth(DayOfWeek.of(wd)));
    } else {
      d = first.with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.of(wd)));
      if (d.getMonthValue() != m) {
        return Res.INVALID;
      }
    }
    return Res.of(TimeRange.point(TimeValue.of(d, Granularity.DAY)), null, anchorOf(p));
  }

  private Res nthday(Parse p) {
    int nth = intSlot(p, p.slot("ord") != null ? "ord" : "nth");
    int m = intSlot(p, "month");
    Integer y = monthYear(p, m);
    if (y == null) {
      return Res.unresolved("date", null);
    }
    YearMonth ym = YearMonth.of(y, m);
    int d = nth < 0 ? ym.lengthOfMonth() : nth;
    if (d > ym.lengthOfMonth()) {
      return Res.INVALID;
    }
    return Res.of(TimeRange.point(TimeValue.day(y, m, d)), null, anchorOf(p));
  }

  /** The nth (or last) week lying wholly inside a month. */
  private Res nthweek(Parse p) {
    int nth = intSlot(p, p.slot("ord") != null ? "ord" : "nth");
    int m = intSlot(p, "month");
    Integer y = monthYear(p, m);
    if (y == null) {
      return Res.unresolved("date", null);
    }
    YearMonth ym = YearMonth.of(y, m);
    LocalDate mon;
    if (nth < 0) {
      mon = ym.atEndOfMonth().minusDays(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      if (mon.plusDays(6).isAfter(ym.atEndOfMonth())) {
        mon = mon.minusWeeks(1);
      }
    } else {
      mon = ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(nth - 1L);
    }
    return Res.of(TimeRange.point(TimeValue.of(mon, Granularity.WEEK)), null, anchorOf(p));
  }

  private Res holiday(Parse p) {
    String spec = (String) p.slot("holiday");
    Integer y = intSlot(p, "year");
    if (y == null) {
      if (doc == null) {
        return Res.unresolved("date", null);
      }
      y = doc.start().getYear();
    }
    LocalDate d;
    if (spec.startsWith("E")) {
      d = easter(y).plusDays(Integer.parseInt(spec.substring(1)));
    } else if (spec.contains("/")) {
      String[] f = spec.split("/"); // month/nth/weekday
      d = LocalDate.of(y, Integer.parseInt(f[0]), 1).with(TemporalAdjusters.dayOfWeekInMonth(
          Integer.parseInt(f[1]), DayOfWeek.of(Integer.parseInt(f[2]))));
    } else {
      MonthDay md = MonthDay.parse("--" + spec);
      d = md.atYear(y);
    }
    return Res.of(TimeRange.point(TimeValue.of(d, Granularity.DAY)), null, anchorOf(p));
  }

  /** Gregorian Easter Sunday (anonymous algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }

  private Res decade(Parse p) {
    Integer d = intSlot(p, "d");
    if (d == null) {
      d = intSlot(p, "decadeadj");
    }
    Integer c = intSlot(p, "roman");
    int start;
    if (d >= 1000) {
      if (d % 10 != 0) {
        return Res.INVALID;
      }
      start = d;
    } else {
      if (d % 10 != 0 || d > 90) {
        return Res.INVALID;
      }
      int century = c != null ? (c - 1) * 100 : d < 20 ? 2000 : 1900;
      start = century + d;
    }
    return Res.of(TimeRange.point(TimeValue.of(LocalDateTime.of(start, 1, 1, 0, 0),
        Granularity.DECADE)), null, c != null || d >= 1000 ? "absolute" : "document");
  }

  private Res century(Parse p) {
    Tok last = toks.get(p.lastTok());
    Tok after = p.lastTok() + 1 < toks.size() ? toks.get(p.lastTok() + 1) : null;
    if (last.lower().equals("w") && after != null && after.kind() == 'w') {
      return Res.INVALID; // Jana Pawła II w tym aspekcie: "w" without its dot is a preposition
    }
    int c = intSlot(p, "roman");
    return Res.of(TimeRange.point(TimeValue.of(LocalDateTime.of((c - 1) * 100, 1, 1, 0, 0),
        Granularity.CENTURY)), null, "absolute");
  }

  // ------------------------------------------------------------------ relative to the document

  private Res needDoc() {
    return Res.unresolved("date", null);
  }

  private Res weekday(Parse p) {
    int wd = intSlot(p, "weekday");
    Integer dir = intSlot(p, "dir");
    Integer wdir = intSlot(p, "wdir");
    if (wdir == null && p.slot("wdir") != null) {
      wdir = 1; // "za tydzień"
    }
    if (doc == null) {
      return needDoc();
    }
    if (wdir != null) {
      int wshift = wdir;
      return Res.of(TimeRange.shiftUncertain(doc, Granularity.DAY, t -> Granularity.WEEK
          .truncate(t).plusWeeks(wshift).plusDays(wd - 1L)), null, "document");
    }
    if (!hasDay()) {
      return Res.of(TimeRange.point(doc), "weekday", "document");
    }
    LocalDate d = doc.start().toLocalDate();
    DayOfWeek w = DayOfWeek.of(wd);
    LocalDate r;
    if (p.slot("after") != null) {
      r = d.with(TemporalAdjusters.next(w)).plusWeeks(1);
    } else if (dir == null) {
      r = future(p) ? d.with(TemporalAdjusters.next(w)) : d.with(TemporalAdjusters.previousOrSame(w));
    } else if (dir == 0) {
      r = d.with(TemporalAdjusters.nextOrSame(w));
    } else if (dir > 0) {
      r = d.with(TemporalAdjusters.next(w));
    } else {
      r = d.with(TemporalAdjusters.previous(w));
    }
    return Res.of(TimeRange.point(TimeValue.of(r, Granularity.DAY)), null, "document");
  }

  private Res relday(Parse p) {
    int n = intSlot(p, "relday");
    if (doc == null) {
      return needDoc();
    }
    return Res.of(TimeRange.shiftUncertain(doc, Granularity.DAY, t -> t.plusDays(n)), null,
        "document");
  }

  private Res now() {
    if (doc == null) {
      return needDoc();
    }
    return Res.of(TimeRange.point(doc), null, "document");
  }

  private Res cur(Parse p) {
    Granularity u = unit(p);
    Integer d = intSlot(p, "dir");
    int dir = d != null ? d : intSlot(p, "yrel") != null ? intSlot(p, "yrel") : 0;
    if (doc == null) {
      return needDoc();
    }
    return Res.of(TimeRange.shiftUncertain(doc, u, t -> u.add(t, dir)), null, "document");
  }

  private Res same(Parse p) {
    Granularity u = unit(p);
    TimeValue base = story != null ? story : doc;
    String anchor = story != null ? "story" : "document";
    if (base == null || base.granularity().coarserThan(u)
        && !(base.granularity() == Granularity.WEEK && u == Granularity.DAY)) {
      return needDoc();
    }
    if (base.granularity() == Granularity.WEEK && u == Granularity.DAY) {
      return needDoc();
    }
    return Res.of(TimeRange.point(base.truncate(u)), null, anchor);
  }

  /** The granularity a shift by whole {@code unit}s resolves to. */
  private static Granularity shiftTarget(Granularity unit) {
    return switch (unit) {
      case CENTURY, DECADE, YEAR -> Granularity.MONTH;
      case QUARTER, MONTH, WEEK, DAY -> Granularity.DAY;
      case HOUR -> Granularity.MINUTE;
      case MINUTE, SECOND -> Granularity.SECOND;
    };
  }

  private Res shift(Parse p, boolean story) {
    Granularity u = unit(p);
    double n = num(p, "n", 1);
    int sign = argInt(p, 1);
    TimeValue base = story && this.story != null ? this.story : doc;
    if (base == null) {
      return needDoc();
    }
    // fractions: move to a smaller unit (pół godziny = 30 minut)
    long whole;
    if (n != Math.rint(n)) {
      switch (u) {
        case HOUR -> { n *= 60; u = Granularity.MINUTE; }
        case MINUTE -> { n *= 60; u = Granularity.SECOND; }
        case DAY -> { n *= 24; u = Granularity.HOUR; }
        case YEAR -> { n *= 12; u = Granularity.MONTH; }
        case MONTH -> { n *= 30; u = Granularity.DAY; }
        case WEEK -> { n *= 7; u = Granularity.DAY; }
        default -> { }
      }
      if (n != Math.rint(n)) {
        return Res.unresolved("date", null);
      }
    }
    whole = (long) n * sign;
    Granularity unit = u;
    Granularity target = shiftTarget(u);
    TimeRange r = TimeRange.shiftUncertain(base, target, t -> unit.add(t, whole));
    String anchor = story && this.story != null ? "story" : "document";
    if (p.slot("open") != null) {
      return Res.of(TimeRange.interval(r.from(), null), null, anchor);
    }
    return Res.of(r, null, anchor);
  }

  private Res lastn(Parse p) {
    Granularity u = unit(p);
    int n = (int) Math.round(num(p, "n", 1));
    int dir = intSlot(p, "dir");
    if (doc == null) {
      return needDoc();
    }
    if (dir == 0 || n < 1) {
      return Res.INVALID;
    }
    TimeValue cur = doc.granularity().coarserThan(u) ? null : doc.truncate(u);
    if (cur == null) {
      return Res.unresolved("date", null);
    }
    // kept an interval even for one unit: "the last hour" is a stretch, not a point
    TimeRange r = dir < 0 ? new TimeRange(cur.shift(-n), cur.shift(-1), true, false)
        : new TimeRange(cur.shift(1), cur.shift(n), true, false);
    return Res.of(r, null, "document");
  }

  private Res duration(Parse p) {
    Granularity u = unit(p);
    double n = num(p, "n", 1);
    if (n != Math.rint(n)) {
      switch (u) {
        case YEAR -> { n *= 12; u = Granularity.MONTH; }
        case DAY -> { n *= 24; u = Granularity.HOUR; }
        case HOUR -> { n *= 60; u = Granularity.MINUTE; }
        case MINUTE -> { n *= 60; u = Granularity.SECOND; }
        case WEEK -> { n *= 7; u = Granularity.DAY; }
        default -> { }
      }
    }
    String v = isoDuration(n, u);
    return new Res("duration", null, v, u, null, "absolute", null, false);
  }

  static String isoDuration(double n, Granularity u) {
    if (n != Math.rint(n)) {
      switch (u) {
        case YEAR -> { return isoDuration(n * 12, Granularity.MONTH); }
        case DAY -> { return isoDuration(n * 24, Granularity.HOUR); }
        case HOUR -> { return isoDuration(n * 60, Granularity.MINUTE); }
        case MINUTE -> { return isoDuration(n * 60, Granularity.SECOND); }
        case WEEK -> { return isoDuration(n * 7, Granularity.DAY); }
        default -> { }
      }
    }
    String num = n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    return switch (u) {
      case CENTURY -> "P" + (long) (n * 100) + "Y";
      case DECADE -> "P" + (long) (n * 10) + "Y";
      case YEAR -> "P" + num + "Y";
      case QUARTER -> "P" + (long) (n * 3) + "M";
      case MONTH -> "P" + num + "M";
      case WEEK -> "P" + num + "W";
      case DAY -> "P" + num + "D";
      case HOUR -> "PT" + num + "H";
      case MINUTE -> "PT" + num + "M";
      case SECOND -> "PT" + num + "S";
    };
  }

  private Res season(Parse p) {
    String s = seasonName((String) p.slot("season"));
    Integer dir = intSlot(p, "dir");
    Integer y = intSlot(p, "year");
    Integer yrel = intSlot(p, "yrel");
    if (y == null && doc == null) {
      return needDoc();
    }
    int[] sd = switch (s) {
      case "spring" -> new int[] {3, 21, 6, 20};
      case "summer" -> new int[] {6, 21, 9, 23};
      case "autumn" -> new int[] {9, 24, 12, 20};
      default -> new int[] {12, 21, 3, 20};
    };
    boolean winter = sd[0] == 12;
    int year;
    if (y != null || yrel != null) {
      year = y != null ? y : doc.start().getYear() + yrel;
      // "zima 2014" is the winter that ends in 2014... conventionally the one starting in it
    } else {
      LocalDate d = doc.start().toLocalDate();
      int dy = d.getYear();
      // candidate seasons starting in dy-1, dy, dy+1
      LocalDate best = null;
      int bestYear = dy;
      for (int cy = dy - 2; cy <= dy + 1; cy++) {
        LocalDate from = LocalDate.of(cy, sd[0], sd[1]);
        LocalDate to = LocalDate.of(winter ? cy + 1 : cy, sd[2], sd[3]);
        boolean contains = !d.isBefore(from) && !d.isAfter(to);
        int want = dir == null ? (future(p) ? 1 : -1) : dir;
        boolean ok = want == 0 ? contains || from.isAfter(d) && best == null
            : want > 0 ? from.isAfter(d) && best == null
            : !from.isAfter(d);
        if (want == 0 && contains) {
          bestYear = cy;
          best = from;
          break;
        }
        if (ok) {
          if (want < 0 || best == null) {
            best = from;
            bestYear = cy;
          }
        }
      }
      year = bestYear;
    }
    LocalDate from = LocalDate.of(year, sd[0], sd[1]);
    LocalDate to = LocalDate.of(winter ? year + 1 : year, sd[2], sd[3]);
    return Res.of(TimeRange.interval(TimeValue.of(from, Granularity.DAY),
        TimeValue.of(to, Granularity.DAY)), null, y != null ? "absolute" : "document");
  }

  private static String seasonName(String s) {
    String f = org.kronika.pl.number.PolishNumberParser.fold(s);
    return f.startsWith("wios") || f.equals("spring") ? "spring"
        : f.startsWith("lat") || f.startsWith("lec") || f.equals("summer") ? "summer"
        : f.startsWith("jesie") || f.equals("autumn") ? "autumn" : "winter";
  }

  /** Day parts as hour intervals: wieczór 18–24, poranek 4–12, weekend Fri 18 – Mon 0. */
  private Res period(Parse p) {
    String per = (String) p.slot("period");
    if (doc == null || !hasDay()) {
      return needDoc();
    }
    LocalDate d = doc.start().toLocalDate();
    Integer rel = intSlot(p, "relday");
    Integer wd = intSlot(p, "weekdayadj");
    if (rel != null) {
      d = d.plusDays(rel);
    } else if (intSlot(p, "dir") != null && per.equals("weekend")) {
      d = d.plusWeeks(intSlot(p, "dir"));
    } else if (wd != null) {
      d = future(p) ? d.with(TemporalAdjusters.next(DayOfWeek.of(wd)))
          : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)));
    }
    LocalDateTime from;
    LocalDateTime to;
    switch (per) {
      case "evening" -> { from = d.atTime(18, 0); to = d.atTime(23, 0); }
      case "morning" -> { from = d.atTime(4, 0); to = d.atTime(11, 0); }
      case "afternoon" -> { from = d.atTime(12, 0); to = d.atTime(18, 0); }
      default -> {
        LocalDate fri = d.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        from = fri.atTime(18, 0);
        to = fri.plusDays(2).atTime(23, 0);
      }
    }
    return Res.of(TimeRange.interval(TimeValue.of(from, Granularity.HOUR),
        TimeValue.of(to, Granularity.HOUR)), null, "document");
  }

  // ------------------------------------------------------------------ parts and composition

  private Res part(Parse p) {
    String part = (String) p.slot("part");
    Parse t = (Parse) p.slot("t");
    Res r = t != null ? resolve(t) : cur(p);
    if (r == null || r.invalid()) {
      return Res.INVALID;
    }
    return r.withMod(part);
  }

  private Res approx(Parse p) {
    Res r = resolve((Parse) p.slot("t"));
    return r.invalid() ? r : r.withMod("approx");
  }

  private Res sinceValue(TimeValue from, String anchor) {
    if (doc == null || !doc.start().isAfter(from.start())) {
      return Res.of(TimeRange.interval(from, null), null, anchor);
    }
    TimeValue to = doc.granularity().coarserThan(from.granularity()) ? doc
        : doc.truncate(from.granularity());
    if (to.compareTo(from) <= 0) {
      return Res.of(TimeRange.interval(from, null), null, anchor);
    }
    return Res.of(TimeRange.interval(from, to), null, "document");
  }

  private Res since(Parse p) {
    Res r = resolve((Parse) p.slot("t"));
    if (r.invalid() || !r.resolved() || r.range() == null) {
      return r;
    }
    return sinceValue(r.range().from(), r.anchor());
  }

  private Res openEnd(Parse p, boolean after) {
    Res r = resolveWithClock((Parse) p.slot("t"));
    if (r.invalid() || !r.resolved() || r.range() == null) {
      return r;
    }
    TimeValue v = after ? r.range().from() : r.range().to();
    return Res.of(after ? TimeRange.interval(v, null) : TimeRange.interval(null, v), null,
        r.anchor());
  }

  /** Resolves a clock time on the document's day when it stands alone. */
  private Res resolveWithClock(Parse t) {
    Res r = resolve(t);
    if (r.clock() != null && !r.resolved()) {
      return clockAlone(r);
    }
    return r;
  }

  private Res merge(Parse p) {
    Res date = null;
    Res weekday = null;
    Res time = null;
    Parse timeParse = null;
    for (String k : new String[] {"a", "b", "c"}) {
      Parse x = (Parse) p.slot(k);
      if (x == null) {
        continue;
      }
      switch (x.type()) {
        case 'C', 'K' -> { time = resolve(x); timeParse = x; }
        case 'W' -> weekday = resolve(x);
        default -> date = resolve(x);
      }
    }
    if (date == null) {
      date = weekday;
    }
    if (date == null || date.invalid()) {
      return Res.INVALID;
    }
    if (time == null) {
      return date;
    }
    if (time.invalid()) {
      return Res.INVALID;
    }
    if (!date.resolved() || date.range() == null || date.range().interval()
        || date.gran() != Granularity.DAY) {
      return date;
    }
    LocalDate day = date.range().from().start().toLocalDate();
    if (timeParse.type() == 'K') {
      Parse f = (Parse) timeParse.slot("from");
      Parse to = (Parse) timeParse.slot("to");
      LocalDateTime a = clockOn(resolve(f), day);
      LocalDateTime b = clockOn(resolve(to), day);
      if (b.isBefore(a)) {
        b = b.plusHours(12);
      }
      Granularity g = clockGran(resolve(f).clock());
      return Res.of(TimeRange.interval(TimeValue.of(a, g), TimeValue.of(b, clockGran(resolve(to)
          .clock()))), null, date.anchor());
    }
    LocalDateTime at = clockOn(time, day);
    return Res.of(TimeRange.point(TimeValue.of(at, clockGran(time.clock()))), time.mod(),
        date.anchor());
  }

  private Res interval(Parse p) {
    Parse f = (Parse) p.slot("from");
    Parse t = (Parse) p.slot("to");
    Res b = resolve(t);
    if (f.rule().action().equals("date") && f.slot("year") == null && f.slot("yrel") == null
        && b.resolved() && b.range() != null && b.range().to() != null
        && !"document".equals(b.anchor())) {
      // od stycznia do marca 2014: the start takes the year of the end
      java.util.Map<String, Object> slots = new java.util.HashMap<>(f.slots());
      slots.put("year", b.range().to().start().getYear());
      f = new Parse(f.rule(), slots, f.start(), f.end(), f.type(), f.firstTok(), f.lastTok());
    }
    Res a = resolveWithClock(f);
    if (a.invalid() || b.invalid()) {
      return Res.INVALID;
    }
    if (b.clock() != null && !b.resolved() && a.resolved() && a.range() != null) {
      LocalDateTime from = a.range().from().start();
      LocalDateTime to = clockOn(b, from.toLocalDate());
      if (to.isBefore(from)) {
        to = to.plusHours(12);
      }
      return Res.of(TimeRange.interval(a.range().from(), TimeValue.of(to, clockGran(b.clock()))),
          null, a.anchor());
    }
    if (b.clock() != null && !b.resolved()) {
      b = clockAlone(b);
    }
    if (!a.resolved() || !b.resolved() || a.range() == null || b.range() == null) {
      return Res.unresolved("date", null);
    }
    TimeValue from = a.range().from();
    TimeValue to = b.range().interval() ? b.range().to() : b.range().from();
    if (from == null || to == null || to.start().isBefore(from.start())) {
      return Res.INVALID;
    }
    return Res.of(TimeRange.interval(from, to), null, a.anchor());
  }

  // ------------------------------------------------------------------ clock times

  private static final int AM = 1;
  private static final int PM = 2;
  private static final int NIGHT = 3;

  /** Endings of ordinal words that cannot name an hour (hours are feminine: trzecia, trzeciej, trzecią). */
  private static final java.util.regex.Pattern NOT_HOUR = java.util.regex.Pattern.compile(
      ".*(ym|im|ego|emu|e|i|y|ch)$");

  private Res clock(Parse p) {
    if (p.slot("clock") == null) {
      // o pierwszym uczuciu, jeden po drugim, o drugą szarlotkę: an ordinal that is not an hour
      for (int i = p.firstTok(); i <= p.lastTok(); i++) {
        Tok t = toks.get(i);
        if (t.kind() == 'w' && NOT_HOUR.matcher(t.lower()).matches()
            && org.kronika.pl.number.PolishNumberParser.polish().ordinal(t.lower()) != null) {
          return Res.INVALID;
        }
        if (i > p.firstTok() && t.lower().endsWith("ą") && toks.get(p.firstTok()).lower().equals("o")) {
          return Res.INVALID; // o drugą: "o" takes the locative for an hour (o drugiej)
        }
      }
    }
    int h;
    int m = 0;
    int s = -1;
    boolean minutes = false;
    int[] c = (int[]) p.slot("clock");
    if (c != null) {
      h = c[0];
      m = c[1];
      s = c[2];
      minutes = true;
    } else {
      Integer hh = intSlot(p, "hour");
      if (hh == null) {
        hh = intSlot(p, "ord");
      }
      if (hh == null) {
        hh = 0; // set by the mode (północ, kwadrans przed południem)
      }
      h = hh;
      Integer mm = intSlot(p, "minute");
      if (mm != null) {
        m = mm;
        minutes = true;
      }
    }
    String mode = p.rule().arg();
    if (mode != null) {
      switch (mode) {
        case "past" -> { // kwadrans po 3: minute slot holds minutes past
          minutes = true;
        }
        case "quarterpast" -> { m = 15; minutes = true; }
        case "quarternoon" -> { h = 11; m = 45; minutes = true; }
        case "halfto" -> { h = h - 1; m = 30; minutes = true; }
        case "quarterto" -> { h = h - 1; m = 45; minutes = true; }
        case "halfpast" -> { m = 30; minutes = true; }
        case "noon" -> { h = 12; }
        case "midnight" -> { h = 0; }
        default -> { }
      }
    }
    if (h < 0) {
      h += 24;
    }
    if (h > 24 || m > 59) {
      return Res.INVALID;
    }
    int dp = 0;
    Object daypart = p.slot("daypart");
    if (daypart != null) {
      dp = switch ((String) daypart) {
        case "am" -> AM;
        case "pm" -> PM;
        default -> NIGHT;
      };
    }
    int[] clock = {h, minutes ? m : -1, s, dp};
    return new Res("time", null, null, clockGran(clock), null, null, clock, false);
  }

  private static Granularity clockGran(int[] c) {
    return c[2] >= 0 ? Granularity.SECOND : c[1] >= 0 ? Granularity.MINUTE : Granularity.HOUR;
  }

  /** Hours the clock reading may mean, in order of preference. */
  private static int[] hours(int[] c) {
    int h = c[0];
    switch (c[3]) {
      case AM -> { return new int[] {h == 12 ? 0 : h}; }
      case PM -> { return new int[] {h < 12 ? h + 12 : h}; }
      case NIGHT -> { return new int[] {h >= 6 && h < 12 ? h + 12 : h == 12 ? 0 : h}; }
      default -> {
        if (h == 24) {
          return new int[] {0};
        }
        return h >= 1 && h < 12 ? new int[] {h, h + 12} : new int[] {h};
      }
    }
  }

  private static LocalDateTime clockOn(Res time, LocalDate day) {
    int[] c = time.clock();
    int h = hours(c)[0];
    return day.atTime(h, Math.max(c[1], 0), Math.max(c[2], 0));
  }

  /** A clock time with no day of its own: on the document's day (next occurrence if timed). */
  private Res clockAlone(Res r) {
    int[] c = r.clock();
    Granularity g = clockGran(c);
    int m = Math.max(c[1], 0);
    int s = Math.max(c[2], 0);
    if (doc == null || !hasDay()) {
      String iso = g == Granularity.SECOND ? String.format("T%02d:%02d:%02d", hours(c)[0], m, s)
          : String.format("T%02d:%02d", hours(c)[0], m);
      return new Res("time", null, iso, g, r.mod(), "absolute", c, false);
    }
    LocalDate day = doc.start().toLocalDate();
    LocalDateTime at;
    if (hasTime()) {
      LocalDateTime now = doc.start();
      at = null;
      for (int k = 0; k < 2 && at == null; k++) {
        for (int h : hours(c)) {
          LocalDateTime cand = day.plusDays(k).atTime(h, m, s);
          if (!cand.isBefore(now) && (at == null || cand.isBefore(at))) {
            at = cand;
          }
        }
      }
    } else {
      at = day.atTime(hours(c)[0], m, s);
    }
    Res out = Res.of(TimeRange.point(TimeValue.of(at, g)), r.mod(), "document");
    return new Res("time", out.range(), out.iso(), out.gran(), out.mod(), out.anchor(), c, false);
  }
}
