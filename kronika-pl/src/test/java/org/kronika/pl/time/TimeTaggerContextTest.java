package org.kronika.pl.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.TimeExpression;

/** Rules whose match depends on the words around it, which rule examples cannot show. */
class TimeTaggerContextTest {
  private static List<String> found(String text) {
    return TimeTagger.polish().tag(text, "2013-02-12").stream()
        .map(t -> t.text() + "|" + t.kind() + "|" + t.value()).toList();
  }

  @Test
  void dayMonthWithItsDotBeforeALowercaseWord() {
    assertThat(found("12.09. władze sowieckie zatrzymały")).containsExactly("12.09.|date|2013-09-12");
    assertThat(found("z dniem 1.04. br. obowiązek")).first().asString().startsWith("1.04.|date|2013-04-01");
    // before a capital the dot may end a sentence on a clock reading
    assertThat(found("Spotkanie 12.09. Potem")).containsExactly("12.09|time|2013-02-12T12:09");
  }

  @Test
  void ordinalHourAfterAPrepositionWithoutO() {
    assertThat(found("musi wstać na siedemnastą trzydzieści")).containsExactly(
        "siedemnastą trzydzieści|time|2013-02-12T17:30");
    assertThat(found("pracuję do siódmej.")).hasSize(1);
    assertThat(found("przed drugą wojną")).isEmpty();
    assertThat(found("po drugiej stronie ulicy")).isEmpty();
    assertThat(found("z jednej dzielnicy do drugiej, gdzie")).isEmpty();
  }

  @Test
  void clockRangeEndingInABareHour() {
    assertThat(TimeTagger.polish().tagAtoms("czynne w godz. 10-17 (kasy)", "2013-02-12").stream()
        .map(TimeExpression::text).toList()).containsExactly("godz. 10", "17");
    assertThat(found("kwasy o 9-12 atomach węgla")).isEmpty();
  }
}
