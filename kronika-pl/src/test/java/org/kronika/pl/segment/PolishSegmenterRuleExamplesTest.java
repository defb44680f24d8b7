package org.kronika.pl.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kronika.api.Sentence;

/** Runs every {@code #ex:} example of every segmentation resource file. */
class PolishSegmenterRuleExamplesTest {
  private static final PolishSegmenter SEGMENTER = new PolishSegmenter();

  @Test
  void everyResourceFileCarriesExamples() {
    for (String file : SegmentationRules.resourceFiles()) {
      assertThat(RuleFile.read(file).examples()).as(file).isNotEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> examples() {
    return SegmentationRules.resourceFiles().stream()
        .flatMap(f -> RuleFile.read(f).examples().stream())
        .map(ex -> DynamicTest.dynamicTest(ex.toString(), () -> check(ex)));
  }

  private static void check(RuleFile.Example ex) {
    Segmentation s = SEGMENTER.segment(ex.text());
    List<String> actual = new ArrayList<>();
    for (Sentence sent : s.sentences()) {
      actual.add(ex.text().substring(sent.start(), sent.end()));
    }
    if (ex.sentences().isEmpty()) {
      assertThat(actual).as(ex.toString()).hasSize(ex.sentenceCount());
    } else {
      assertThat(actual).as(ex.toString()).containsExactlyElementsOf(ex.sentences());
    }
  }
}
