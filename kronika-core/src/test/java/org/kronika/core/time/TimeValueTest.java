package org.kronika.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeValueTest {

  @Test
  void isoRoundTrip() {
    for (String s : new String[] {"19", "199", "2023", "2023-Q4", "2023-11", "2023-W45",
        "2023-11-09", "2023-11-09T14", "2023-11-09T14:30", "2023-11-09T14:30:05"}) {
      assertThat(TimeValue.parse(s).iso()).isEqualTo(s);
    }
    assertThat(TimeValue.parse("2013-02-12T04:30:00").granularity()).isEqualTo(Granularity.SECOND);
    assertThatThrownBy(() -> TimeValue.parse("listopad")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weeksAcrossYears() {
    assertThat(TimeValue.day(2021, 1, 1).truncate(Granularity.WEEK).iso()).isEqualTo("2020-W53");
    assertThat(TimeValue.parse("2020-W53").start().toLocalDate().toString()).isEqualTo("2020-12-28");
  }

  @Test
  void uncertainShiftKeepsTheAnchorGranularity() {
    TimeValue nov = TimeValue.month(2023, 11);
    TimeRange lastWeek = TimeRange.shiftUncertain(nov, Granularity.WEEK, t -> t.minusWeeks(1));
    assertThat(lastWeek.iso()).isEqualTo("2023-10/2023-11");
    assertThat(lastWeek.within()).isTrue();
    TimeRange lastYear = TimeRange.shiftUncertain(nov, Granularity.YEAR, t -> t.minusYears(1));
    assertThat(lastYear.iso()).isEqualTo("2022");
    TimeRange exact = TimeRange.shiftUncertain(TimeValue.day(2023, 11, 9), Granularity.DAY,
        t -> t.minusDays(1));
    assertThat(exact.iso()).isEqualTo("2023-11-08");
  }

  @Test
  void intervalsAndShifts() {
    assertThat(TimeRange.interval(TimeValue.month(2023, 8), TimeValue.month(2023, 11)).iso())
        .isEqualTo("2023-08/2023-11");
    assertThat(TimeRange.interval(null, TimeValue.year(2022)).iso()).isEqualTo("../2022");
    assertThat(TimeValue.month(2023, 1).shift(-1).iso()).isEqualTo("2022-12");
    assertThat(TimeValue.month(2023, 1).end().toString()).isEqualTo("2023-02-01T00:00");
  }
}
