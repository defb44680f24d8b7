package org.kronika.pl.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagExpanderTest {
  @Test
  void expandsAlternativesAndPlus() {
    assertThat(TagExpander.expand("prep:acc:nwok+prep:loc:nwok")).containsExactly("prep:acc:nwok", "prep:loc:nwok");
    assertThat(TagExpander.expand("adj:sg:nom.voc:m1.m2:pos"))
        .containsExactly("adj:sg:nom:m1:pos", "adj:sg:nom:m2:pos", "adj:sg:voc:m1:pos", "adj:sg:voc:m2:pos");
  }

  @Test
  void verbsLoseVerbPrefixPersonOfPraetAndReflexivity() {
    assertThat(TagExpander.expand("verb:fin:sg:ter:imperf:refl.nonrefl")).containsExactly("fin:sg:ter:imperf");
    assertThat(TagExpander.expand("verb:praet:sg:m1:ter:perf:nonrefl")).containsExactly("praet:sg:m1:perf");
    assertThat(TagExpander.expand("verb:impt:sg:sec:perf:refl")).containsExactly("impt:sg:sec:perf");
    assertThat(TagExpander.expand("ger:sg:nom.acc:n2:perf:aff:refl.nonrefl"))
        .containsExactly("ger:sg:nom:n:perf:aff", "ger:sg:acc:n:perf:aff");
  }

  @Test
  void nounGendersFollowUdPdb() {
    assertThat(TagExpander.expand("subst:pl:inst:p2")).containsExactly("subst:pl:inst:n:pt");
    assertThat(TagExpander.expand("subst:sg:nom:n1")).containsExactly("subst:sg:nom:n:col");
    assertThat(TagExpander.expand("subst:sg:gen:n2")).containsExactly("subst:sg:gen:n:ncol");
    assertThat(TagExpander.expand("adj:pl:nom:m1.p1:pos")).containsExactly("adj:pl:nom:m1:pos");
    assertThat(TagExpander.expand("num:pl:nom.acc:f:congr")).containsExactly("num:pl:nom:f:congr:ncol", "num:pl:acc:f:congr:ncol");
  }

  @Test
  void particlesAndPronouns() {
    assertThat(TagExpander.expand("qub+siebie:acc:nakc")).containsExactly("part", "siebie:acc");
    assertThat(TagExpander.expand("ppron3:sg:gen:m1:ter:akc:praep")).containsExactly("ppron3:sg:gen:m1:ter:akc:praep");
  }

  @Test
  void parsesAttributesByValue() {
    MorphTag t = MorphTag.parse("ppas:pl:inst:n:perf:aff");
    assertThat(t.pos()).isEqualTo("ppas");
    assertThat(t.number()).isEqualTo("pl");
    assertThat(t.kase()).isEqualTo("inst");
    assertThat(t.gender()).isEqualTo("n");
    assertThat(t.aspect()).isEqualTo("perf");
    assertThat(MorphTag.parse("interp").kase()).isEmpty();
  }
}
