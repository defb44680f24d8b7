package org.kronika.pl.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolishNumberParserTest {
  private final PolishNumberParser p = PolishNumberParser.polish();

  @Test
  void digitsAndWords() {
    assertThat(p.parse("1,5")).isEqualTo(1.5);
    assertThat(p.parse("1.5")).isEqualTo(1.5);
    assertThat(p.parse("1 000")).isEqualTo(1000.0);
    assertThat(p.parse("1,5 mln")).isEqualTo(1_500_000.0);
    assertThat(p.parse("2 tys.")).isEqualTo(2000.0);
    assertThat(p.parse("3 mld")).isEqualTo(3e9);
    assertThat(p.parse("tysiąc")).isEqualTo(1000.0);
    assertThat(p.parse("dwóch")).isEqualTo(2.0);
    assertThat(p.parse("pięciu")).isEqualTo(5.0);
    assertThat(p.parse("trzydzieści")).isEqualTo(30.0);
    assertThat(p.parse("sto dwadzieścia trzy")).isEqualTo(123.0);
    assertThat(p.parse("półtora")).isEqualTo(1.5);
    assertThat(p.parse("dwa i pół")).isEqualTo(2.5);
    assertThat(p.parse("dwudziestego pierwszego")).isEqualTo(21.0);
    assertThat(p.parse("trzeciego")).isEqualTo(3.0);
    assertThat(p.parse("dwa trzy")).isNull();
    assertThat(p.parse("próba")).isNull();
  }

  @Test
  void ordinals() {
    assertThat(p.ordinal("trzecia")).isEqualTo(3);
    assertThat(p.ordinal("18tego")).isEqualTo(18);
    assertThat(p.ordinal("dwudziestejtrzeciej")).isEqualTo(23);
    assertThat(p.ordinal("dom")).isNull();
  }

  /** Every row of Duckling's Polish numeral and ordinal corpora. */
  @Test
  void ducklingCorpora() throws IOException {
    Path dir = Path.of(System.getProperty("kronika.shared", "../shared"), "data", "time");
    assumeThat(dir.resolve("duckling-pl-numeral.tsv")).exists();
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (String f : List.of("duckling-pl-numeral.tsv", "duckling-pl-ordinal.tsv")) {
      List<String> lines = Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t");
        n++;
        Double got = p.parse(c[0]);
        double want = Double.parseDouble(c[1]);
        if (got == null || Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want))) {
          failures.add(c[0] + " -> " + got + " (want " + want + ")");
        }
      }
    }
    assertThat(n).isEqualTo(66);
    assertThat(failures).isEmpty();
  }
}
