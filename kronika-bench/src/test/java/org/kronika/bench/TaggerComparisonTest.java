package org.kronika.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerComparisonTest {
  /** Two sentences; a range line and an empty node that the reader must skip. */
  static final String CONLLU =
      String.join(
          "\n",
          "# sent_id = t1",
          "# text = Mężczyzna w czapce kuca.",
          "1\tMężczyzna\tmężczyzna\tNOUN\tsubst:sg:nom:m1\t_\t4\tnsubj\t_\t_",
          "2\tw\tw\tADP\tprep:loc:nwok\t_\t3\tcase\t_\t_",
          "3\tczapce\tczapka\tNOUN\tsubst:sg:loc:f\t_\t1\tnmod\t_\t_",
          "4\tkuca\tkucać\tVERB\tfin:sg:ter:imperf\t_\t0\troot\t_\tSpaceAfter=No",
          "5\t.\t.\tPUNCT\tinterp\t_\t4\tpunct\t_\t_",
          "",
          "# sent_id = t2",
          "1-2\tZrobiłem\t_\t_\t_\t_\t_\t_\t_\t_",
          "1\tZrobił\tzrobić\tVERB\tpraet:sg:m1:perf\t_\t0\troot\t_\t_",
          "2\tem\tbyć\tAUX\taglt:sg:pri:perf:wok\t_\t1\taux\t_\t_",
          "2.1\tcoś\tcoś\tPRON\tsubst:sg:acc:n\t_\t_\t_\t1:obj\t_",
          "3\tto\tto\tPRON\tsubst:sg:acc:n\t_\t1\tobj\t_\t_",
          "",
          "");

  @Test
  void readerKeepsSyntacticWordsOnly() throws IOException {
    List<GoldCorpus.GoldSentence> sentences = GoldCorpus.read(new StringReader(CONLLU));
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).id()).isEqualTo("t1");
    assertThat(sentences.get(1).forms()).containsExactly("Zrobił", "em", "to");
  }

  @Test
  void baselineRunsThroughTheHarnessAndReports() throws IOException {
    List<GoldCorpus.GoldSentence> sentences = GoldCorpus.read(new StringReader(CONLLU));
    TaggerComparison.Contender baseline =
        TaggerComparison.start(TaggerComparison.BASELINE, MorfologikFirstReadingTagger::new);
    TaggerComparison.Contender missing =
        new TaggerComparison.Contender(TaggerComparison.KRONIKA, null, Double.NaN, "not on the class path");
    TaggerComparison.Result r =
        TaggerComparison.compare(
            List.of(new TaggerComparison.TestSet("tiny", sentences)), List.of(missing, baseline), 1, 1);

    TaggerComparison.Scores s = r.scores().get(TaggerComparison.BASELINE).get("tiny");
    assertThat(s.words()).isEqualTo(8);
    assertThat(s.misaligned()).isZero();
    // mężczyzna, w, czapka, "." (fallback), zrobić, to are unambiguous enough for a first reading
    assertThat(s.lemma()).isGreaterThanOrEqualTo(5);
    assertThat(s.upos()).isGreaterThanOrEqualTo(4);
    assertThat(s.xposCompatible()).isGreaterThanOrEqualTo(s.xpos());
    assertThat(r.speeds().get(TaggerComparison.BASELINE).tokensPerSecond()).isPositive();

    String md = TaggerComparison.markdown(r, "test");
    assertThat(md)
        .contains("| tiny | " + TaggerComparison.BASELINE + " |")
        .contains("not available: not on the class path")
        .contains("Kronika / LanguageTool speed ratio: n/a");
  }

  @Test
  void missingKronikaTaggerIsReportedNotThrown() {
    KronikaTaggerLoader.Loaded l = KronikaTaggerLoader.load("org.kronika.pl.morph.NoSuchTagger");
    assertThat(l.tagger()).isNull();
    assertThat(l.unavailableReason()).contains("not on the class path");
    KronikaTaggerLoader.Loaded wrong = KronikaTaggerLoader.load("java.lang.String");
    assertThat(wrong.unavailableReason()).contains("does not implement");
  }

  @Test
  void loaderUsesTheNoArgConstructor() {
    KronikaTaggerLoader.Loaded l = KronikaTaggerLoader.load(MorfologikFirstReadingTagger.class.getName());
    assertThat(l.tagger()).isInstanceOf(MorfologikFirstReadingTagger.class);
  }

  /** Stand-in for a tagger that exposes only a static {@code load()} factory. */
  public static final class FactoryOnlyTagger implements org.kronika.pl.morph.WordTagger {
    private FactoryOnlyTagger() {}

    public static FactoryOnlyTagger load() {
      return new FactoryOnlyTagger();
    }

    @Override
    public List<org.kronika.pl.morph.Analysis> tagWords(List<String> words) {
      return List.of();
    }
  }

  @Test
  void loaderUsesAStaticLoadFactory() {
    KronikaTaggerLoader.Loaded l = KronikaTaggerLoader.load(FactoryOnlyTagger.class.getName());
    assertThat(l.tagger()).isInstanceOf(FactoryOnlyTagger.class);
  }
}
