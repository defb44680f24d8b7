package org.kronika.pl.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the statistical model's spans and the lexicon's spans are combined. */
class MentionUnionTest {
  @Test
  void aLexiconSpanReplacesTheModelSpansItCovers() {
    // model: "Korei" typed orgName; lexicon: "Korei Północnej" a country
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(10, 15, "orgName")), List.of(MentionSpan.of(10, 25, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(10, 25, "placeName.country"));
  }

  @Test
  void aWiderModelSpanWinsOverOneLexiconNameInside() {
    // model: "Ministerstwo Obrony Rosji"; lexicon: "Rosji"
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(0, 25, "orgName")), List.of(MentionSpan.of(20, 25, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(0, 25, "orgName"));
  }

  @Test
  void aModelSpanGluingTwoLexiconNamesIsSplitAtTheLexiconsBoundaries() {
    // model: "Reuters Rosja"; lexicon: "Reuters", "Rosja"
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(0, 13, "orgName")),
        List.of(MentionSpan.of(0, 7, "orgName"), MentionSpan.of(8, 13, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(0, 7, "orgName"), MentionSpan.of(8, 13, "placeName.country"));
  }

  @Test
  void modelSpansTheLexiconDoesNotKnowStay() {
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(0, 5, "persName")), List.of(MentionSpan.of(10, 15, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(0, 5, "persName"), MentionSpan.of(10, 15, "placeName.country"));
  }

  @Test
  void aPersonTheModelFoundIsNotRetypedByACountryOfTheSameName() {
    // "Kuba Wojewódzki", "Jordan" as a first name
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(0, 4, "persName")), List.of(MentionSpan.of(0, 4, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(0, 4, "persName"));
  }
}
