package org.kronika.train.time;

import java.util.regex.Pattern;
import org.kronika.api.TimeExpression;

/**
 * Projects our time expressions onto NKJP's {@code date} / {@code time} categories (draft).
 */
public final class NkjpProjection {
  private NkjpProjection() {}

  static final Pattern NAMED = PolEvalTimeEval.NAMED;

  /** NKJP type our expression is scored as, or null when NKJP does not annotate its kind. */
  public static String type(TimeExpression t) {
    if ("duration".equals(t.kind()) || "set".equals(t.kind())) {
      return null;
    }
    if ("time".equals(t.kind())) {
      return "time";
    }
    return NAMED.matcher(t.text()).matches() ? "date" : null;
  }
}
