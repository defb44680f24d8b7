package org.kronika.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A calendar unit: the {@link Granularity} unit that starts at {@code start}. {@code 2023-11} is
 * the month of November 2023 (start 2023-11-01T00:00), {@code 2023-W45} an ISO week, {@code 199}
 * the 1990s, {@code 19} the 1900s. Immutable and language independent.
 *
 * <p>ISO forms written and read: {@code 19} (century), {@code 199} (decade), {@code 2023},
 * {@code 2023-Q4}, {@code 2023-11}, {@code 2023-W45}, {@code 2023-11-09}, {@code 2023-11-09T14},
 * {@code 2023-11-09T14:30}, {@code 2023-11-09T14:30:05} (the century and decade forms follow
 * TIMEX3; the others are ISO 8601 reduced precision).
 */
public record TimeValue(LocalDateTime start, Granularity granularity) implements Comparable<TimeValue> {

  public TimeValue {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(granularity, "granularity");
    start = granularity.truncate(start);
  }

  public static TimeValue of(LocalDateTime t, Granularity g) {
    return new TimeValue(t, g);
  }

  public static TimeValue of(LocalDate d, Granularity g) {
    return new TimeValue(d.atStartOfDay(), g);
  }

  public static TimeValue year(int y) {
    return new TimeValue(LocalDateTime.of(y, 1, 1, 0, 0), Granularity.YEAR);
  }

  public static TimeValue month(int y, int m) {
    return new TimeValue(LocalDateTime.of(y, m, 1, 0, 0), Granularity.MONTH);
  }

  public static TimeValue day(int y, int m, int d) {
    return new TimeValue(LocalDateTime.of(y, m, d, 0, 0), Granularity.DAY);
  }

  /**
   * Parses the ISO forms listed in the class comment. A trailing zone or fraction is ignored.
   *
   * @throws IllegalArgumentException when the text is none of them
   */
  public static TimeValue parse(String iso) {
    String s = iso.trim();
    try {
      int tpos = s.indexOf('T');
      if (tpos > 0) {
        LocalDate d = LocalDate.parse(s.substring(0, tpos));
        String t = s.substring(tpos + 1);
        int cut = firstOf(t, "+-Z.");
        if (cut >= 0) {
          t = t.substring(0, cut);
        }
        String[] p = t.split(":");
        int h = Integer.parseInt(p[0]);
        int mi = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        int se = p.length > 2 ? Integer.parseInt(p[2]) : 0;
        Granularity g = p.length == 1 ? Granularity.HOUR
            : p.length == 2 ? Granularity.MINUTE : Granularity.SECOND;
        return new TimeValue(d.atTime(h, mi, se), g);
      }
      if (s.matches("\\d{2}")) {
        return new TimeValue(LocalDateTime.of(Integer.parseInt(s) * 100, 1, 1, 0, 0), Granularity.CENTURY);
      }
      if (s.matches("\\d{3}")) {
        return new TimeValue(LocalDateTime.of(Integer.parseInt(s) * 10, 1, 1, 0, 0), Granularity.DECADE);
      }
      if (s.matches("-?\\d{4}")) {
        return year(Integer.parseInt(s));
      }
      if (s.matches("\\d{4}-Q[1-4]")) {
        int q = s.charAt(6) - '0';
        return new TimeValue(LocalDateTime.of(Integer.parseInt(s.substring(0, 4)), q * 3 - 2, 1, 0, 0),
            Granularity.QUARTER);
      }
      if (s.matches("\\d{4}-W\\d{2}")) {
        int y = Integer.parseInt(s.substring(0, 4));
        int w = Integer.parseInt(s.substring(6));
        LocalDate d = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
            .with(DayOfWeek.MONDAY);
        return of(d, Granularity.WEEK);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        return month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return of(LocalDate.parse(s), Granularity.DAY);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("not an ISO time value: '" + iso + "'", e);
    }
    throw new IllegalArgumentException("not an ISO time value: '" + iso + "'");
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The ISO text of this value (see the class comment). */
  public String iso() {
    LocalDateTime t = start;
    return switch (granularity) {
      case CENTURY -> String.format("%02d", Math.floorDiv(t.getYear(), 100));
      case DECADE -> String.format("%03d", Math.floorDiv(t.getYear(), 10));
      case YEAR -> String.format("%04d", t.getYear());
      case QUARTER -> String.format("%04d-Q%d", t.getYear(), (t.getMonthValue() - 1) / 3 + 1);
      case MONTH -> String.format("%04d-%02d", t.getYear(), t.getMonthValue());
      case WEEK -> String.format("%04d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR),
          t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case DAY -> t.toLocalDate().toString();
      case HOUR -> String.format("%sT%02d", t.toLocalDate(), t.getHour());
      case MINUTE -> String.format("%sT%02d:%02d", t.toLocalDate(), t.getHour(), t.getMinute());
      case SECOND -> String.format("%sT%02d:%02d:%02d", t.toLocalDate(), t.getHour(), t.getMinute(),
          t.getSecond());
    };
  }

  /** The first instant after this unit. */
  public LocalDateTime end() {
    return granularity.add(start, 1);
  }

  /** The same instant range seen at a coarser unit; a finer {@code g} is refused. */
  public TimeValue truncate(Granularity g) {
    if (g.finerThan(granularity) && !(granularity == Granularity.WEEK && g == Granularity.DAY)) {
      throw new IllegalArgumentException("cannot refine " + granularity + " to " + g);
    }
    return new TimeValue(start, g);
  }

  /** This unit moved by {@code n} units of {@code unit}, kept at this value's granularity. */
  public TimeValue plus(long n, Granularity unit) {
    return new TimeValue(unit.add(start, n), granularity);
  }

  /** The unit {@code n} steps away at this granularity (next month, previous year). */
  public TimeValue shift(long n) {
    return plus(n, granularity);
  }

  public boolean contains(LocalDateTime t) {
    return !t.isBefore(start) && t.isBefore(end());
  }

  public boolean contains(TimeValue other) {
    return !other.start.isBefore(start) && !other.end().isAfter(end());
  }

  @Override
  public int compareTo(TimeValue o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : granularity.compareTo(o.granularity);
  }

  @Override
  public String toString() {
    return iso();
  }
}
