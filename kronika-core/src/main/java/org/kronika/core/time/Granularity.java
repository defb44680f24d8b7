package org.kronika.core.time;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The unit a time value is known to, from coarse to fine. Language independent.
 *
 * <p>{@link #truncate} floors a date-time to the start of the unit that contains it; {@link #add}
 * moves a date-time by whole units.
 */
public enum Granularity {
  CENTURY, DECADE, YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND;

  /** The lower-case name used in the JSON contract ({@code month}, {@code week}, ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Granularity of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  /** True when this unit is strictly coarser than {@code other} (a year is coarser than a day). */
  public boolean coarserThan(Granularity other) {
    return ordinal() < other.ordinal();
  }

  public boolean finerThan(Granularity other) {
    return ordinal() > other.ordinal();
  }

  /** The next finer unit, skipping quarter and week, which do not nest (year → month → day). */
  public Granularity finer() {
    return switch (this) {
      case CENTURY -> DECADE;
      case DECADE -> YEAR;
      case YEAR -> MONTH;
      case QUARTER, MONTH, WEEK -> DAY;
      case DAY -> HOUR;
      case HOUR -> MINUTE;
      case MINUTE, SECOND -> SECOND;
    };
  }

  public static Granularity coarser(Granularity a, Granularity b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  public LocalDateTime truncate(LocalDateTime t) {
    return switch (this) {
      case CENTURY -> LocalDateTime.of(Math.floorDiv(t.getYear(), 100) * 100, 1, 1, 0, 0);
      case DECADE -> LocalDateTime.of(Math.floorDiv(t.getYear(), 10) * 10, 1, 1, 0, 0);
      case YEAR -> LocalDateTime.of(t.getYear(), 1, 1, 0, 0);
      case QUARTER -> LocalDateTime.of(t.getYear(), (t.getMonthValue() - 1) / 3 * 3 + 1, 1, 0, 0);
      case MONTH -> LocalDateTime.of(t.getYear(), t.getMonthValue(), 1, 0, 0);
      case WEEK -> t.truncatedTo(ChronoUnit.DAYS)
          .minusDays(t.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
      case DAY -> t.truncatedTo(ChronoUnit.DAYS);
      case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
      case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
      case SECOND -> t.truncatedTo(ChronoUnit.SECONDS);
    };
  }

  public LocalDateTime add(LocalDateTime t, long n) {
    return switch (this) {
      case CENTURY -> t.plusYears(100 * n);
      case DECADE -> t.plusYears(10 * n);
      case YEAR -> t.plusYears(n);
      case QUARTER -> t.plusMonths(3 * n);
      case MONTH -> t.plusMonths(n);
      case WEEK -> t.plusWeeks(n);
      case DAY -> t.plusDays(n);
      case HOUR -> t.plusHours(n);
      case MINUTE -> t.plusMinutes(n);
      case SECOND -> t.plusSeconds(n);
    };
  }
}
