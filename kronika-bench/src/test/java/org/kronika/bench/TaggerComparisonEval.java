package org.kronika.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins LanguageTool's and the baseline's scores on the first 300 sentences of UD PDB test, so a change
 * to the harness's normalisation (or a dependency bump) that moves them shows up. Skips when
 * {@code ../shared/data} is absent.
 */
class TaggerComparisonEval {
  static final String PDB_SHA256 = "211224e475c692aed0984ddf5fbd73e0ec7943219c029b958ff81bfa7e17b698";
  static final double TOLERANCE = 0.5; // percentage points

  @Test
  void pdbHeadScoresArePinned() throws Exception {
    Path shared = Path.of(System.getProperty("kronika.shared", "../shared"));
    Path pdb = shared.resolve("data/ud/pl_pdb-ud-test.conllu.gz");
    assumeTrue(Files.isRegularFile(pdb), "no " + pdb);
    assertThat(sha256(pdb)).as("pinned data changed").isEqualTo(PDB_SHA256);
    List<GoldCorpus.GoldSentence> head = GoldCorpus.read(pdb).subList(0, 300);

    TaggerComparison.Scores lt = TaggerComparison.score(new LanguageToolTagger(), head);
    TaggerComparison.Scores base = TaggerComparison.score(new MorfologikFirstReadingTagger(), head);
    assertThat(lt.words()).isEqualTo(3317);
    assertThat(lt.misaligned()).isZero();

    assertThat(lt.pct(lt.lemma())).isCloseTo(95.33, within(TOLERANCE));
    assertThat(lt.pct(lt.upos())).isCloseTo(96.38, within(TOLERANCE));
    assertThat(lt.pct(lt.xpos())).isCloseTo(75.40, within(TOLERANCE));
    assertThat(lt.pct(lt.xposHarmonised())).isCloseTo(80.92, within(TOLERANCE));
    assertThat(lt.pct(lt.xposCompatible())).isCloseTo(86.98, within(TOLERANCE));

    assertThat(base.pct(base.lemma())).isCloseTo(90.84, within(TOLERANCE));
    assertThat(base.pct(base.upos())).isCloseTo(86.64, within(TOLERANCE));
    assertThat(base.pct(base.xpos())).isCloseTo(48.54, within(TOLERANCE));
    assertThat(base.pct(base.xposHarmonised())).isCloseTo(52.40, within(TOLERANCE));
  }

  static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
