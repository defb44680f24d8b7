package org.kronika.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench input as the report describes it; skips when {@code ../shared} is absent. */
class BenchCorpusEval {
  @Test
  void seedFirstThenEveryPolEvalDocument() throws Exception {
    Path shared = Path.of(System.getProperty("kronika.shared", "../shared"));
    assumeTrue(BenchCorpus.available(shared), "no " + shared);
    BenchCorpus c = BenchCorpus.load(shared, 0);
    assertThat(c.documents()).hasSize(1 + 1828);
    assertThat(c.documents().get(0).date()).isEqualTo("2023-11");
    assertThat(c.documents().get(1).date()).isEqualTo(BenchCorpus.POLEVAL_DATE);
    assertThat(c.chars()).isBetween(3_000_000L, 3_200_000L);
    assertThat(c.head(10).documents()).hasSize(10);
  }
}
