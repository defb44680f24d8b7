package org.kronika.core.time;

import java.time.LocalDateTime;

/**
 * A point or an interval of calendar units, the result of resolving a time expression.
 *
 * <p>An interval {@code from/to} includes both ends at their granularity ({@code 2023-08/2023-11}
 * is August to November inclusive); a null end is open and written {@code ..}. {@code within}
 * marks an interval that says where an uncertain point lies, not a stretch of time it covers.
 *
 * <p>{@link #shiftUncertain} does the arithmetic for anchors coarser than the unit: "a week ago"
 * from a document dated only {@code 2023-11} lies somewhere in {@code 2023-10/2023-11}.
 */
public record TimeRange(TimeValue from, TimeValue to, boolean interval, boolean within) {

  public static TimeRange point(TimeValue v) {
    return new TimeRange(v, v, false, false);
  }

  public static TimeRange interval(TimeValue from, TimeValue to) {
    if (from != null && to != null && from.equals(to)) {
      return point(from);
    }
    return new TimeRange(from, to, true, false);
  }

  public static TimeRange within(TimeValue from, TimeValue to) {
    if (from.equals(to)) {
      return point(from);
    }
    return new TimeRange(from, to, true, true);
  }

  public TimeValue value() {
    return from;
  }

  public String iso() {
    if (!interval) {
      return from.iso();
    }
    return (from == null ? ".." : from.iso()) + "/" + (to == null ? ".." : to.iso());
  }

  /** The granularity of the ends (the finer one when they differ). */
  public Granularity granularity() {
    if (from == null) {
      return to.granularity();
    }
    if (to == null) {
      return from.granularity();
    }
    return from.granularity().finerThan(to.granularity()) ? from.granularity() : to.granularity();
  }

  /**
   * Applies {@code f} (a shift of the anchor's instant to the unit of {@code target}) to an anchor
   * that may be coarser than {@code target}. When the anchor is at least as fine as the target the
   * result is exact. Otherwise the earliest and latest possible results are seen at the anchor's
   * granularity: one unit gives a point, several give a {@linkplain #within within} interval.
   */
  public static TimeRange shiftUncertain(TimeValue anchor, Granularity target,
      java.util.function.UnaryOperator<LocalDateTime> f) {
    if (!anchor.granularity().coarserThan(target)
        || anchor.granularity() == Granularity.WEEK && target == Granularity.DAY) {
      return point(TimeValue.of(f.apply(anchor.start()), target));
    }
    LocalDateTime first = target.truncate(f.apply(anchor.start()));
    LocalDateTime last = target.truncate(f.apply(anchor.end().minusSeconds(1)));
    Granularity g = anchor.granularity();
    TimeValue a = TimeValue.of(first, g);
    TimeValue b = TimeValue.of(last, g);
    return a.compareTo(b) <= 0 ? within(a, b) : within(b, a);
  }
}
