package org.kronika.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
  @ParameterizedTest
  @ValueSource(strings = {"2023", "2023-11", "2023-11-09", "2024-02-29"})
  void acceptsPartialDates(String value) {
    assertThat(PartialDate.parse(value, false)).isEqualTo(value);
  }

  @Test
  void acceptsClockTimesOnlyWhereAllowed() {
    assertThat(PartialDate.parse("2013-02-12T04:30:00", true)).isEqualTo("2013-02-12T04:30:00");
    assertThat(PartialDate.parse("2013-02-12 04:30", true)).isEqualTo("2013-02-12T04:30");
    assertThat(PartialDate.parse("2013-02-12T04:30:00.5+01:00", true)).isEqualTo("2013-02-12T04:30:00.5+01:00");
    assertThatThrownBy(() -> PartialDate.parse("2013-02-12T04:30:00", false))
        .hasMessageContaining("clock time is not allowed");
  }

  @Test
  void rejectsNonsenseWithAReason() {
    assertThatThrownBy(() -> PartialDate.parse("2023-13", false)).hasMessageContaining("month 13");
    assertThatThrownBy(() -> PartialDate.parse("2023-00", false)).hasMessageContaining("month 00");
    assertThatThrownBy(() -> PartialDate.parse("2023-02-29", false)).hasMessageContaining("day 29");
    assertThatThrownBy(() -> PartialDate.parse("2023-04-31", false)).hasMessageContaining("day 31");
    assertThatThrownBy(() -> PartialDate.parse("2013-02-12T25:00", true)).hasMessageContaining("hour 25");
    assertThatThrownBy(() -> PartialDate.parse("12.02.2013", true)).hasMessageContaining("expected YYYY");
    assertThatThrownBy(() -> PartialDate.parse("2023-1", false)).hasMessageContaining("expected YYYY");
  }

  @Test
  void leadingDateKeepsTheDatePartAtItsPrecision() {
    assertThat(PartialDate.leadingDate("2024-05-17T08:15:00+02:00")).isEqualTo("2024-05-17");
    assertThat(PartialDate.leadingDate("2024-05")).isEqualTo("2024-05");
    assertThat(PartialDate.leadingDate(" 2024")).isEqualTo("2024");
    assertThat(PartialDate.leadingDate("2024-13-01")).isNull();
    assertThat(PartialDate.leadingDate("20240517")).isNull();
    assertThat(PartialDate.leadingDate("wczoraj")).isNull();
    assertThat(PartialDate.leadingDate(null)).isNull();
  }
}
