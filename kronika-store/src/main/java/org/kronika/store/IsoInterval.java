package org.kronika.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closed range of days {@code [first, last]} that a partial ISO 8601 value covers: {@code 2023}
 * is the whole year, {@code 2023-11} the month, {@code 2023-W45} the week, {@code 2023-Q3} the
 * quarter, {@code 2023-08/2023-11} August to November, {@code 2013-02-12T04:30:00} the day.
 * Durations ({@code P3D}), sets and anything unparseable give no interval ("unknown").
 */
public record IsoInterval(LocalDate first, LocalDate last) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-\\d)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");

  public IsoInterval {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("interval ends before it starts: " + first + "/" + last);
    }
  }

  /** The interval of a value, or empty when the value is null, a duration or not understood. */
  public static Optional<IsoInterval> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      int slash = v.indexOf('/');
      if (slash > 0) {
        Optional<IsoInterval> a = parse(v.substring(0, slash));
        Optional<IsoInterval> b = parse(v.substring(slash + 1));
        if (a.isEmpty() || b.isEmpty() || b.get().last.isBefore(a.get().first)) {
          return Optional.empty();
        }
        return Optional.of(new IsoInterval(a.get().first, b.get().last));
      }
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
        return Optional.of(new IsoInterval(d, d));
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
        return Optional.of(new IsoInterval(ym.atDay(1), ym.atEndOfMonth()));
      }
      if ((m = YEAR.matcher(v)).matches()) {
        int y = i(m, 1);
        return Optional.of(new IsoInterval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      }
      if ((m = WEEK.matcher(v)).matches()) {
        LocalDate monday = LocalDate.of(i(m, 1), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(new IsoInterval(monday, monday.plusDays(6)));
      }
      if ((m = QUARTER.matcher(v)).matches()) {
        YearMonth start = YearMonth.of(i(m, 1), (i(m, 2) - 1) * 3 + 1);
        return Optional.of(new IsoInterval(start.atDay(1), start.plusMonths(2).atEndOfMonth()));
      }
      if ((m = DECADE.matcher(v)).matches()) {
        int y = i(m, 1) * 10;
        return Optional.of(new IsoInterval(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  public boolean overlaps(IsoInterval o) {
    return !first.isAfter(o.last) && !o.first.isAfter(last);
  }

  /** The days both intervals cover, or empty when they do not overlap. */
  public Optional<IsoInterval> intersect(IsoInterval o) {
    if (!overlaps(o)) {
      return Optional.empty();
    }
    LocalDate f = first.isAfter(o.first) ? first : o.first;
    LocalDate l = last.isBefore(o.last) ? last : o.last;
    return Optional.of(new IsoInterval(f, l));
  }

  /** {@code yyyy-MM} of the first day, the month bucket of the timeline. */
  public static String month(LocalDate d) {
    return d.toString().substring(0, 7);
  }

  /** {@code yyyy-Www} (ISO week) of a day, the week bucket of the timeline. */
  public static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
