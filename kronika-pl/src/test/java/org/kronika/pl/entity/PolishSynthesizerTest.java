package org.kronika.pl.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolishSynthesizerTest {
  static final PolishSynthesizer SYNTH = PolishSynthesizer.load();

  @Test
  void synthesisesNominativesFromTheIndexAndTheRegularParadigm() {
    assertThat(SYNTH.forms("północny", "adj:sg:nom:f:pos")).containsExactly("północna");
    assertThat(SYNTH.forms("europejski", "adj:sg:nom:m3:pos")).containsExactly("europejski");
    assertThat(SYNTH.forms("nadmorski", "adj:pl:nom:m1:pos")).containsExactly("nadmorscy");
    assertThat(SYNTH.forms("stan", "subst:pl:nom:m3")).containsExactly("stany");
    assertThat(SYNTH.forms("parlament", "subst:sg:nom:m3")).containsExactly("parlament");
    assertThat(SYNTH.forms("ministerstwo", "subst:sg:nom:n2")).containsExactly("ministerstwo");
    // irregular comparatives are listed, not predicted
    assertThat(SYNTH.forms("dobry", "adj:sg:nom:m1:com")).containsExactly("lepszy");
  }

  @Test
  void tagsWithAlternativesCoverTheirAtomicTags() {
    assertThat(PolishSynthesizer.covers("adj:sg:nom:m1.m2.m3:pos", "adj:sg:nom:m2:pos")).isTrue();
    assertThat(PolishSynthesizer.covers("adj:sg:nom:m1.m2.m3:pos", "adj:sg:nom:f:pos")).isFalse();
    assertThat(Tags.expand("adj:sg:gen.dat:f:pos+subst:sg:nom:f"))
        .containsExactly("adj:sg:gen:f:pos", "adj:sg:dat:f:pos", "subst:sg:nom:f");
  }

  @Test
  void encodingRoundTrips() {
    for (String[] p : new String[][] {{"północny", "północna"}, {"człowiek", "ludzie"}, {"Korea", "Korea"}, {"a", "xyz"}}) {
      assertThat(PolishSynthesizer.decode(p[0], PolishSynthesizer.encode(p[0], p[1]))).isEqualTo(p[1]);
    }
  }

  @Test
  void predictsOnlyRegularForms() {
    assertThat(PolishSynthesizer.predict("wielki", "adj:sg:nom:f:pos")).isEqualTo("wielka");
    assertThat(PolishSynthesizer.predict("polski", "adj:sg:nom:n2:pos")).isEqualTo("polskie");
    assertThat(PolishSynthesizer.predict("polski", "adj:pl:nom:m1:pos")).isNull();
    assertThat(PolishSynthesizer.predict("stan", "subst:pl:nom:m3")).isNull();
    assertThat(PolishSynthesizer.predict("stan", "subst:sg:gen:m3")).isNull();
  }
}
