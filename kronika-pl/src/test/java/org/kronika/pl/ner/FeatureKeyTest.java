package org.kronika.pl.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import morfologik.stemming.IStemmer;
import morfologik.stemming.polish.PolishStemmer;
import org.junit.jupiter.api.Test;

/**
 * The decoder scores features by keys computed from their parts; these must equal the keys of the
 * feature strings the model was trained on, or predictions would silently change.
 */
class FeatureKeyTest {
  static final IStemmer STEMMER = new PolishStemmer();

  @Test
  void keysOfPartsEqualKeysOfTheWholeString() {
    long h = FeatureKey.put(FeatureKey.put(FeatureKey.START, "Kra"), "ków");
    assertThat(FeatureKey.join(FeatureKey.name("w="), h)).isEqualTo(FeatureKey.of("w=Kraków"));
    assertThat(FeatureKey.join(FeatureKey.name("bias"), FeatureKey.START))
        .isEqualTo(FeatureKey.of("bias"));
    assertThat(FeatureKey.join(FeatureKey.name("w="), FeatureKey.put(FeatureKey.START, "=")))
        .isEqualTo(FeatureKey.of("w=="));
    assertThat(FeatureKey.put(FeatureKey.START, "xs3=", 1, 4))
        .isEqualTo(FeatureKey.put(FeatureKey.START, "s3="));
    for (String s : List.of("ŁÓDŹ", "Święty", "İstanbul", "ΣΟΦΟΣ", "a\uD835\uDC00B", "")) {
      assertThat(FeatureKey.putLower(FeatureKey.START, s)).as(s)
          .isEqualTo(FeatureKey.put(FeatureKey.START, s.toLowerCase(java.util.Locale.ROOT)));
    }
    assertThat(FeatureKey.of("w=ab")).isNotEqualTo(FeatureKey.of("w=ba"));
    assertThat(FeatureKey.of("w=a")).isNotEqualTo(FeatureKey.of("c=a"));
  }

  @Test
  void extractedKeysAreTheKeysOfTheExtractedStrings() {
    Gazetteer gaz = new Gazetteer(List.of(
        new Gazetteer.Entry("country", List.of(java.util.Set.of("korea"),
            java.util.Set.of("północna", "północnej")))));
    NerFeatures f = new NerFeatures(gaz);
    List<String> words = List.of("URSZULA", "Nowak-Jeziorańska", "pojechała", "do", "Korei",
        "Północnej", "z", "Bankiem", "Ochrony", "Środowiska", "(", "BOŚ", ")", "w", "2010", "r.");
    DocumentMemory m1 = new DocumentMemory();
    DocumentMemory m2 = new DocumentMemory();
    m1.add(words, List.of(new LabelCodec.TokenSpan(7, 10, "orgName")));
    m2.add(words, List.of(new LabelCodec.TokenSpan(7, 10, "orgName")));
    String[][] strings = f.extract(words, null, null, STEMMER, m1);
    NerFeatures.Keys keys = f.extractKeys(words, null, null, STEMMER, m2);
    assertThat(keys.starts()).hasSize(words.size() + 1);
    for (int i = 0; i < words.size(); i++) {
      assertThat(keys.starts()[i + 1] - keys.starts()[i]).isEqualTo(strings[i].length);
      for (int j = 0; j < strings[i].length; j++) {
        assertThat(keys.keys()[keys.starts()[i] + j]).as(strings[i][j])
            .isEqualTo(FeatureKey.of(strings[i][j]));
      }
    }
  }

  @Test
  void tableSumsRowsAndRejectsCollidingKeys() {
    FeatureTable.Builder b = new FeatureTable.Builder();
    b.add(FeatureKey.of("a"), new int[] {0, 1, 2}, new double[] {1, 2, 3});
    b.add(FeatureKey.of("b"), new int[] {2, 0}, new double[] {0.5, 0.25});
    FeatureTable t = b.build();
    assertThat(t.scale()).isEqualTo(4);
    int[] s = new int[3];
    t.add(FeatureKey.of("a"), s);
    t.add(FeatureKey.of("b"), s);
    t.add(FeatureKey.of("c"), s);
    assertThat(s).containsExactly(5, 8, 14);
    assertThat(t.row(FeatureKey.of("c"))).isEqualTo(-1);
    FeatureTable.Builder real = new FeatureTable.Builder();
    real.add(1, new int[] {0}, new double[] {Math.PI});
    FeatureTable r = real.build();
    int[] pi = new int[1];
    r.add(1, pi);
    // no small exact fraction: 16-bit weights, each within half a unit of the classifier's
    assertThat(r.scale()).isEqualTo(8192);
    assertThat(pi[0] / r.scale()).isCloseTo(Math.PI, within(0.5 / r.scale()));
    FeatureTable.Builder wide = new FeatureTable.Builder();
    wide.add(FeatureKey.of("w"), new int[] {5, 0, 3, 1, 4, 2}, new double[] {6, 1, 4, 2, 5, 3});
    wide.add(FeatureKey.of("v"), new int[] {6}, new double[] {-1});
    FeatureTable wt = wide.build();
    int[] ws = new int[7];
    wt.add(FeatureKey.of("w"), ws);
    wt.add(FeatureKey.of("v"), ws);
    assertThat(ws).containsExactly(1, 2, 3, 4, 5, 6, -1);
    FeatureTable.Builder dup = new FeatureTable.Builder();
    dup.add(7, new int[] {0}, new double[] {1});
    dup.add(7, new int[] {0}, new double[] {1});
    assertThatThrownBy(dup::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void wordsKnownInAdvanceDecodeAsTheirFeaturesDo() {
    PolishNer ner = PolishNer.load();
    List<String> words = List.of("Wczoraj", "Xqzwyński", "z", "Ministerstwa", "Obrony",
        "Narodowej", "spotkał", "się", "w", "Krakowie", "z", "ul", ".", "Zbrojarzy", "i",
        "Kowalskim", ",", "a", "USA", "milczą", "(", "2010", ")", "...");
    String[][] strings = ner.features().extract(words, null, null, STEMMER,
        ner.newMemoryWhenReady());
    NerFeatures.Keys keys = ner.features().extractKeys(words, null, null, STEMMER,
        ner.newMemoryWhenReady());
    // the frequent words come with their own and window features summed, the invented surname's
    // own features are keys (its neighbours', known, are summed into its scores all the same)
    long bias = FeatureKey.of("bias");
    assertThat(keys.own()[0]).isNotNull();
    assertThat(keys.own()[2]).isNotNull();
    assertThat(keys.own()[1]).isNotNull();
    assertThat(ownKeys(keys, 0)).doesNotContain(bias);
    assertThat(ownKeys(keys, 1)).contains(bias);
    assertThat(ownKeys(keys, 2)).doesNotContain(bias);
    assertThat(keys.starts()[1] - keys.starts()[0]).isLessThan(strings[0].length);
    // Wczoraj's window features seen from "z" (two tokens on) are summed, Xqzwyński's are keys
    assertThat(ownKeys(keys, 2)).doesNotContain(FeatureKey.of("w-2=wczoraj"))
        .contains(FeatureKey.of("w-1=xqzwyński"));
    assertThat(strings[2]).contains("w-2=wczoraj", "w-1=xqzwyński");
    for (int i = 0; i < words.size(); i++) {
      long[] fromStrings = new long[strings[i].length];
      for (int j = 0; j < fromStrings.length; j++) {
        fromStrings[j] = FeatureKey.of(strings[i][j]);
      }
      int[] expected = ner.model().sum(fromStrings);
      int[] actual = ner.model().sum(java.util.Arrays.copyOfRange(keys.keys(), keys.starts()[i],
          keys.starts()[i + 1]));
      for (int o = 0; keys.own()[i] != null && o < actual.length; o++) {
        actual[o] += keys.own()[i][o];
      }
      assertThat(actual).as(words.get(i)).containsExactly(expected);
    }
    assertThat(ner.model().decode(keys)).containsExactly(ner.model().decode(strings));
  }

  private static List<Long> ownKeys(NerFeatures.Keys keys, int token) {
    return java.util.Arrays.stream(keys.keys(), keys.starts()[token], keys.starts()[token + 1])
        .boxed().toList();
  }

  @Test
  void bundledModelDecodesKeysAsItDecodesStrings() {
    PolishNer ner = PolishNer.load();
    List<String> words = List.of("Prezydent", "Andrzej", "Duda", "spotkał", "się", "w",
        "Warszawie", "z", "przedstawicielami", "Unii", "Europejskiej", "i", "NATO", ".");
    String[][] strings = ner.features().extract(words, null, null, STEMMER);
    NerFeatures.Keys keys = ner.features().extractKeys(words, null, null, STEMMER, null);
    String[] labels = ner.model().decode(strings);
    assertThat(ner.model().decode(keys)).containsExactly(labels);
    assertThat(labels[1]).isEqualTo("B-persName");
    assertThat(labels[6]).startsWith("B-placeName");
  }
}
