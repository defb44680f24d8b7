package org.kronika.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Layer;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static Annotator fake(String name, Set<Layer> req, Set<Layer> prod) {
    return new Annotator() {
      public String name() { return name; }
      public Set<Layer> requires() { return req; }
      public Set<Layer> produces() { return prod; }
      public AnnotatedDocument annotate(AnnotatedDocument d) {
        int n = d.text().length();
        return d.withSegmentation(List.of(new Sentence(0, n, 0, 1)), List.of(Token.of(0, n)));
      }
    };
  }

  @Test
  void rejectsAnnotatorWhoseInputIsNotProducedBeforeIt() {
    Annotator morph = fake("morph", Set.of(Layer.TOKENS), Set.of(Layer.MORPHOLOGY));
    assertThatThrownBy(() -> new Pipeline("pl", List.of(morph)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("morph")
        .hasMessageContaining("TOKENS");
  }

  @Test
  void runsAnnotatorsInOrderAndRecordsLayers() {
    Annotator seg = fake("segment", Set.of(), Set.of(Layer.SENTENCES, Layer.TOKENS));
    Pipeline p = new Pipeline("pl", List.of(seg));
    AnnotatedDocument ad = p.annotate(new Document(null, null, null, null, null, null, null, "Ala"));
    assertThat(ad.has(Layer.TOKENS)).isTrue();
    assertThat(ad.document().lang()).isEqualTo("pl");
    assertThat(OffsetChecks.violations(ad)).isEmpty();
  }

  @Test
  void offsetChecksReportTokensOutsideTheText() {
    Document doc = new Document("x", "pl", null, null, null, null, null, "ab");
    AnnotatedDocument bad = AnnotatedDocument.of(doc)
        .withSegmentation(List.of(new Sentence(0, 2, 0, 1)), List.of(Token.of(1, 5)));
    assertThat(OffsetChecks.violations(bad)).isNotEmpty();
  }

  @Test
  void configScopesOptionsByAnnotatorName() {
    Config c = Config.empty().with("ner.model", "a.bin").with("morph.beam", "3");
    assertThat(c.scoped("ner").asMap()).containsEntry("model", "a.bin").hasSize(1);
    assertThat(c.scoped("morph").getInt("beam", 1)).isEqualTo(3);
  }
}
