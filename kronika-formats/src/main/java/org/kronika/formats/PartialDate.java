package org.kronika.formats;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates partial ISO-8601 dates whose length is their granularity: {@code 2023}, {@code 2023-11},
 * {@code 2023-11-09}, and, where a format allows it, a clock time {@code 2013-02-12T04:30:00} with
 * an optional zone ({@code Z}, {@code +01:00}). Values are returned as given, except that a space
 * between date and time becomes {@code T}.
 */
final class PartialDate {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
              + "(Z|[+-](\\d{2}):?(\\d{2}))?");
  private static final Pattern LEADING_DATE =
      Pattern.compile("\\s*(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?![\\d])");

  private PartialDate() {}

  /**
   * Checks a date and returns it in canonical form.
   *
   * @param allowTime whether a clock time may follow a full date
   * @throws IllegalArgumentException with a one-line reason when the value is not a valid date
   */
  static String parse(String raw, boolean allowTime) {
    String value = raw.strip();
    Matcher d = DATE.matcher(value);
    if (d.matches()) {
      check(value, d.group(1), d.group(2), d.group(3));
      return value;
    }
    Matcher t = DATE_TIME.matcher(value);
    if (t.matches()) {
      if (!allowTime) {
        throw new IllegalArgumentException(
            "invalid date '" + value + "': a clock time is not allowed here, use YYYY[-MM[-DD]]");
      }
      check(value, t.group(1), t.group(2), t.group(3));
      range(value, "hour", t.group(4), 0, 23);
      range(value, "minute", t.group(5), 0, 59);
      range(value, "second", t.group(6), 0, 59);
      range(value, "zone hour", t.group(8), 0, 18);
      range(value, "zone minute", t.group(9), 0, 59);
      return value.replace(' ', 'T');
    }
    throw new IllegalArgumentException(
        "invalid date '"
            + value
            + "': expected YYYY, YYYY-MM or YYYY-MM-DD"
            + (allowTime ? " optionally followed by Thh:mm[:ss]" : ""));
  }

  /**
   * The date part at the start of a timestamp such as {@code 2023-11-09T10:00:00+01:00}, at the
   * precision given, or null when there is none or it is not a valid date.
   */
  static String leadingDate(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = LEADING_DATE.matcher(raw);
    if (!m.lookingAt()) {
      return null;
    }
    try {
      return parse(m.group(1), false);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void check(String value, String year, String month, String day) {
    if (month == null) {
      return;
    }
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) {
      throw new IllegalArgumentException("invalid date '" + value + "': month " + month + " is not 01-12");
    }
    if (day == null) {
      return;
    }
    int d = Integer.parseInt(day);
    YearMonth ym = YearMonth.of(Integer.parseInt(year), m);
    if (!ym.isValidDay(d)) {
      throw new IllegalArgumentException(
          "invalid date '" + value + "': day " + day + " does not exist in " + ym);
    }
  }

  private static void range(String value, String what, String digits, int min, int max) {
    if (digits == null) {
      return;
    }
    int n = Integer.parseInt(digits);
    if (n < min || n > max) {
      throw new IllegalArgumentException(
          "invalid date '" + value + "': " + what + " " + digits + " is out of range");
    }
  }
}
