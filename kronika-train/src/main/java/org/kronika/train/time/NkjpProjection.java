package org.kronika.train.time;

import java.util.regex.Pattern;
import org.kronika.api.TimeExpression;

/**
 * How our time expressions are scored against NKJP's {@code date} and {@code time} spans (NKJP-1M,
 * and PolEval 2018, which follows NKJP's scheme). The tagger emits every expression analysts need
 * (deictic ones included); this projection only decides what an NKJP-style evaluation scores.
 *
 * <p>Rule, read off NKJP-1M's training documents (never off PolEval):
 * <ol>
 *   <li>Score the <b>atomic parts</b> ({@link org.kronika.pl.time.TimeTagger#tagAtoms}): NKJP
 *       annotates each date and clock time of a composed expression on its own
 *       ({@code [21 lutego] o [godz. 14.20]}, {@code od [16.00] do [18.00]},
 *       {@code [1939]-[1941]}, {@code w połowie [października]}).</li>
 *   <li>Our kind {@code time} (a clock reading) is scored as {@code time}.</li>
 *   <li>Kinds {@code duration} and {@code set} are not scored (NKJP has no such category).</li>
 *   <li>A {@code date} is scored as {@code date} when it names a calendar position: its text has
 *       a digit, a month name, a Roman numeral, a decade ({@code lata siedemdziesiąte}) or a
 *       century in words ({@code dziewiętnastego wieku}) — unless it is a count of units from
 *       now ({@code 75 lat temu}, {@code po 33 dniach}, {@code za 4 tygodnie}). Otherwise it is
 *       deictic ({@code dziś}, {@code wczoraj}, {@code w sobotę}, {@code w tym roku}, seasons,
 *       holidays): NKJP-1M never labels these (0 of 479 {@code dziś}, 0 of 471
 *       {@code wczoraj}, 0 of the 600+ weekday tokens, 0 of the season and holiday words), so
 *       they are not scored.</li>
 * </ol>
 */
public final class NkjpProjection {
  private NkjpProjection() {}

  private static final Pattern NAMED = PolEvalTimeEval.NAMED;
  private static final Pattern WORD_DECADE = Pattern.compile(
      "(?iu).*\\blat[a-ząęóśłżźćń]*\\s+\\S*(dziest|dziesi)\\S*.*");
  private static final Pattern WORD_CENTURY = Pattern.compile(
      "(?iu).*\\S+\\s+(wieku|wiek|wiekiem|stulecia|stuleciu)\\b.*");
  /** A count of time units: a shift from the document date, deictic. */
  static final Pattern SHIFT = Pattern.compile("(?iu).*\\d[\\d,.]*\\s+((tys\\.?|tysiące?|tysięcy"
      + "|mln)\\s+)?(lat|laty|latach|lata|dni|dniach|dnia|tygodni|tygodnie|tygodniach|miesięcy"
      + "|miesiące|miesiącach|godzin|godziny|godzinach|minut|minuty|minutach|sekund|sekundy"
      + "|min\\.?)(\\s.*|$)");

  /** The NKJP type an atomic expression is scored as, or null when it is not scored. */
  public static String type(TimeExpression t) {
    if ("duration".equals(t.kind()) || "set".equals(t.kind())) {
      return null;
    }
    if ("time".equals(t.kind())) {
      return "time";
    }
    String s = t.text();
    if (SHIFT.matcher(s).matches()) {
      return null;
    }
    return NAMED.matcher(s).matches() || WORD_DECADE.matcher(s).matches()
        || WORD_CENTURY.matcher(s).matches() ? "date" : null;
  }
}
