package org.kronika.pl.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UposMapperTest {
  @Test
  void rulesFileExamplesHold() throws Exception {
    UposMapper m = new UposMapper(Map.of(), PolishTagger.loadRules());
    assertThat(m.upos("ten", MorphTag.parse("adj:sg:nom:m3:pos"))).isEqualTo("DET");
    assertThat(m.upos("się", MorphTag.parse("part"))).isEqualTo("PRON");
    assertThat(m.upos("być", MorphTag.parse("fin:sg:ter:imperf"))).isEqualTo("AUX");
    assertThat(m.upos("Warszawa", MorphTag.parse("subst:sg:nom:f"))).isEqualTo("PROPN");
    assertThat(m.upos("dom", MorphTag.parse("subst:sg:nom:m3"))).isEqualTo("NOUN");
    assertThat(m.upos("dobry", MorphTag.parse("adj:sg:nom:m3:pos"))).isEqualTo("ADJ");
    assertThat(m.upos("zrobić", MorphTag.parse("ppas:sg:nom:m3:perf:aff"))).isEqualTo("ADJ");
    assertThat(m.upos("1975", MorphTag.parse("dig"))).isEqualTo("X");
    assertThat(m.upos("mieć", MorphTag.parse("fin:sg:ter:imperf"))).isEqualTo("VERB");
    assertThat(m.upos("i", MorphTag.parse("conj"))).isEqualTo("CCONJ");
  }

  @Test
  void everyRuleLineHasFourColumnsAndAnExample() throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        PolishTagger.class.getResourceAsStream(PolishTagger.RULES_RESOURCE), StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l ->
          assertThat(l.split("\t")).as(l).hasSize(4).allMatch(c -> !c.isBlank()));
    }
  }

  @Test
  void learnedTableWins() {
    UposMapper m = new UposMapper(Map.of(UposMapper.key("być", "fin"), "VERB"), Map.of());
    assertThat(m.upos("być", MorphTag.parse("fin:sg:ter:imperf"))).isEqualTo("VERB");
  }
}
