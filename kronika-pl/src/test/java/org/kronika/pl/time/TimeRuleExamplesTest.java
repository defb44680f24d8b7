package org.kronika.pl.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.TimeExpression;

/**
 * Runs every {@code #ex:} and {@code #no:} example of every time rule file through the whole
 * tagger: an example must come out as exactly one expression covering the whole text, with the
 * expected value, granularity and mod; a {@code #no:} example must give nothing.
 */
class TimeRuleExamplesTest {

  @Test
  void allRuleExamplesPass() {
    TimeTagger tagger = TimeTagger.polish();
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (TimeRule r : tagger.rules()) {
      for (TimeRule.Example ex : r.examples()) {
        count++;
        String f;
        try {
          f = check(tagger, ex);
        } catch (RuntimeException e) {
          f = e + " at " + e.getStackTrace()[0] + " / " + e.getStackTrace()[1];
        }
        if (f != null) {
          failures.add(ex.source() + " '" + ex.text() + "': " + f);
        }
      }
    }
    assertThat(count).isGreaterThan(150);
    assertThat(failures).as(failures.size() + " of " + count + " examples fail").isEmpty();
  }

  static String check(TimeTagger tagger, TimeRule.Example ex) {
    String text = ex.text();
    List<TimeExpression> got = tagger.tag(text, ex.anchor());
    if (ex.value() == null) {
      return got.isEmpty() ? null : "expected nothing, got " + got;
    }
    List<TimeExpression> main = got.stream()
        .filter(t -> t.start() == 0 && isTail(text.substring(t.end())))
        .toList();
    if (main.size() != 1) {
      return "expected one expression over the whole text, got " + got;
    }
    TimeExpression t = main.get(0);
    String value = t.value() == null ? "null" : t.value();
    if (!value.equals(ex.value())) {
      return "value " + value + " != " + ex.value() + " (" + t + ")";
    }
    if (ex.granularity() != null && !ex.granularity().equals(t.granularity())) {
      return "granularity " + t.granularity() + " != " + ex.granularity();
    }
    if (ex.mod() != null && !ex.mod().equals(t.mod()) || ex.mod() == null && ex.granularity() != null
        && t.mod() != null && !t.mod().equals("within") && !t.mod().equals("weekday")) {
      return "mod " + t.mod() + " != " + ex.mod();
    }
    return null;
  }

  /** Examples may carry a context word after the expression (a future cue). */
  private static boolean isTail(String rest) {
    return rest.isBlank() || rest.startsWith(" odbędzie");
  }
}
