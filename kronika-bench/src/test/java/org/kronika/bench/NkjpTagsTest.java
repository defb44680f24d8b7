package org.kronika.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NkjpTagsTest {
  @Test
  void languageToolVerbTagsBecomeNkjp() {
    assertThat(NkjpTags.chosen("verb:fin:sg:ter:imperf:nonrefl")).isEqualTo("fin:sg:ter:imperf");
    assertThat(NkjpTags.chosen("verb:praet:sg:n1.n2:ter:imperf:refl.nonrefl")).isEqualTo("praet:sg:n:imperf");
    assertThat(NkjpTags.chosen("verb:inf:imperf:nonrefl")).isEqualTo("inf:imperf");
    assertThat(NkjpTags.chosen("ger:sg:nom.acc:n2:imperf:aff:refl.nonrefl")).isEqualTo("ger:sg:nom:n:imperf:aff");
  }

  @Test
  void firstAlternativeAndGenders() {
    assertThat(NkjpTags.chosen("adj:sg:nom.voc:m1.m2.m3:pos")).isEqualTo("adj:sg:nom:m1:pos");
    assertThat(NkjpTags.chosen("subst:pl:nom:p2+subst:pl:acc:p2")).isEqualTo("subst:pl:nom:n");
    assertThat(NkjpTags.chosen("subst:pl:gen:p1")).isEqualTo("subst:pl:gen:m1");
    assertThat(NkjpTags.chosen(null)).isNull();
  }

  @Test
  void expansionCoversEveryConcreteTag() {
    assertThat(NkjpTags.expand("adj:sg:nom.voc:m1.m2:pos"))
        .containsExactlyInAnyOrder("adj:sg:nom:m1:pos", "adj:sg:nom:m2:pos", "adj:sg:voc:m1:pos", "adj:sg:voc:m2:pos");
    assertThat(NkjpTags.expand("subst:sg:nom:n1.n2+qub")).containsExactly("subst:sg:nom:n");
    assertThat(NkjpTags.harmonise("subst:pl:gen:n:ncol")).isEqualTo("subst:pl:gen:n");
    assertThat(NkjpTags.harmonise("qub")).isEqualTo("part");
    assertThat(NkjpTags.chosen("interp:comma")).isEqualTo("interp");
  }

  @Test
  void uposTable() {
    assertThat(NkjpTags.upos("subst:sg:nom:f", "Warszawa")).isEqualTo("PROPN");
    assertThat(NkjpTags.upos("subst:sg:nom:f", "kobieta")).isEqualTo("NOUN");
    assertThat(NkjpTags.upos("fin:sg:ter:imperf", "być")).isEqualTo("AUX");
    assertThat(NkjpTags.upos("adj:sg:nom:m1:pos", "ten")).isEqualTo("DET");
    assertThat(NkjpTags.upos("qub", "się")).isEqualTo("PRON");
    assertThat(NkjpTags.upos("interp", ",")).isEqualTo("PUNCT");
    assertThat(NkjpTags.fallbackTag("„")).isEqualTo("interp");
    assertThat(NkjpTags.fallbackTag("569")).isEqualTo("dig");
    assertThat(NkjpTags.fallbackTag("3,5")).isEqualTo("dig");
    assertThat(NkjpTags.fallbackTag("XYZQ")).isEqualTo("ign");
  }
}
