package org.kronika.pl.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kronika.api.Reading;
import org.kronika.pl.morph.SuffixGuesser.Rule;

class SuffixGuesserTest {
  private final SuffixGuesser guesser = new SuffixGuesser(
      Map.of("ski", new Rule[] {new Rule(0, "", "subst:sg:nom:m1", 10)}),
      Map.of(
          "owej", new Rule[] {new Rule(2, "y", "adj:sg:gen.dat:f:pos", 20)},
          "j", new Rule[] {new Rule(0, "", "interj", 1)}));

  @Test
  void longestSuffixWinsAndLemmaRuleApplies() {
    assertThat(guesser.guess("kwantowej", 5))
        .containsExactly(new Reading("kwantowy", "adj:sg:gen:f:pos"), new Reading("kwantowy", "adj:sg:dat:f:pos"));
  }

  @Test
  void capitalisedWordsUseProperNameTable() {
    assertThat(guesser.guess("Zabłowski", 5)).containsExactly(new Reading("Zabłowski", "subst:sg:nom:m1"));
  }

  @Test
  void shippedGuesserGuessesAdjectivesAndSurnames() throws Exception {
    SuffixGuesser shipped = PolishTagger.loadGuesser();
    assertThat(shipped.guess("bitcoinowej", 12)).contains(new Reading("bitcoinowy", "adj:sg:gen:f:pos"));
    assertThat(shipped.guess("Brzęczyszczykiewski", 12)).contains(new Reading("Brzęczyszczykiewski", "subst:sg:nom:m1"));
  }
}
