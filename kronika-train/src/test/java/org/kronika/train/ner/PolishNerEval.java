package org.kronika.train.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.pl.ner.PolishNer;

/**
 * Pins the bundled model's PolEval 2018 scores (top-level names, see {@link NerEvaluator}), on
 * the stand-in tokenisation and as shipped (pipeline on raw text, the {@code ner} annotator). Skips
 * when ../shared/data is absent; the gold file is pinned by checksum.
 */
class PolishNerEval {
  static final String POLEVAL_SHA256_PREFIX = "1ae39aa589a55b40";
  static final double EXACT_F1 = 0.808;
  static final double OVERLAP_F1 = 0.844;
  /** The shipped system: segment + morph + ner (model ∪ gazetteer, resolved) on the raw text. */
  static final double SHIPPED_EXACT_F1 = 0.812;
  static final double SHIPPED_OVERLAP_F1 = 0.844;

  @Test
  void polEval2018() throws Exception {
    Path shared = Path.of(System.getProperty("kronika.shared", "../../shared"));
    Path gold = shared.resolve("data/ner/poleval2018-ner-gold.json.gz");
    assumeTrue(Files.exists(gold), "PolEval gold absent: " + gold);
    assertThat(sha256(gold)).startsWith(POLEVAL_SHA256_PREFIX);
    List<NerEvaluator.Unit> units = NerEvaluator.polEvalUnits(gold);
    PolishNer ner = PolishNer.load();
    SpanScores s = NerEvaluator.score(NerEvaluator.memoryRecognizer(ner), units, true, new long[1]);
    System.out.print(s.table("PolEval 2018"));
    assertThat(s.f1(null, true)).isCloseTo(EXACT_F1, within(0.005));
    assertThat(s.f1(null, false)).isCloseTo(OVERLAP_F1, within(0.005));
  }

  @Test
  void polEval2018ShippedAnnotator() throws Exception {
    Path shared = Path.of(System.getProperty("kronika.shared", "../../shared"));
    Path gold = shared.resolve("data/ner/poleval2018-ner-gold.json.gz");
    assumeTrue(Files.exists(gold), "PolEval gold absent: " + gold);
    assertThat(sha256(gold)).startsWith(POLEVAL_SHA256_PREFIX);
    org.kronika.core.Pipeline p = org.kronika.core.Pipeline.load("pl",
        List.of("segment", "morph", "ner"), org.kronika.core.Config.empty());
    SpanScores s = NerEvaluator.scoreDocs(
        t -> p.annotate(new org.kronika.api.Document(null, "pl", null, null, null, null, null, t)),
        NerEvaluator.polEvalDocs(gold), new long[1]);
    System.out.print(s.table("PolEval 2018, shipped annotator"));
    assertThat(s.f1(null, true)).isCloseTo(SHIPPED_EXACT_F1, within(0.005));
    assertThat(s.f1(null, false)).isCloseTo(SHIPPED_OVERLAP_F1, within(0.005));
  }

  static String sha256(Path p) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(p)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
