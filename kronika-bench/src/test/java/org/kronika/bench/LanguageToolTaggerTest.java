package org.kronika.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kronika.pl.morph.Analysis;

/** LanguageTool on gold-tokenised words: one start-up (about 1.5 s) shared by all checks. */
class LanguageToolTaggerTest {
  static LanguageToolTagger lt;

  @BeforeAll
  static void start() {
    lt = new LanguageToolTagger();
  }

  @Test
  void oneAnalysisPerWordWithDisambiguatedReadings() {
    List<String> words = List.of("Mężczyzna", "w", "czapce", "kuca", "na", "chodniku", ",", "Kronikaxyz", ".");
    List<Analysis> got = lt.tagWords(words);
    assertThat(got).hasSize(words.size());
    assertThat(got.get(0).lemma()).isEqualTo("mężczyzna");
    assertThat(NkjpTags.chosen(got.get(0).tag())).isEqualTo("subst:sg:nom:m1");
    // the disambiguator keeps only the locative reading of "w" before a locative noun
    assertThat(got.get(1).tag()).isEqualTo("prep:loc:nwok");
    assertThat(got.get(2).readings()).extracting(r -> r.tag()).containsExactly("subst:sg:loc:f");
    // unknown word: its own form as lemma, no tag
    assertThat(got.get(7).lemma()).isEqualTo("Kronikaxyz");
    assertThat(got.get(7).tag()).isNull();
    // SENT_END is a marker, not a reading
    assertThat(got.get(8).readings()).noneMatch(r -> r.tag().contains("SENT"));
  }

  @Test
  void survivesTheUnifierTrap() {
    // "Ala ma kota ." threw a NullPointerException in Unifier.isSatisfied without a JLanguageTool
    assertThat(lt.tagWords(List.of("Ala", "ma", "kota", "."))).hasSize(4);
    assertThat(lt.tagWords(List.of())).isEmpty();
  }
}
