package org.kronika.pl.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Layer;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/** Needs the shipped model (classpath resources). */
class PolishTaggerIT {
  static PolishTagger tagger;

  @BeforeAll
  static void load() {
    tagger = PolishTagger.load();
  }

  @Test
  void tagsASentence() {
    List<Analysis> as = tagger.tagWords(List.of("Dziewczynki", "w", "kolorowych", "strojach", "stoją", "w", "dużej", "grupie", "."));
    assertThat(as).extracting(Analysis::lemma)
        .containsExactly("dziewczynka", "w", "kolorowy", "strój", "stać", "w", "duży", "grupa", ".");
    assertThat(as).extracting(Analysis::upos)
        .containsExactly("NOUN", "ADP", "ADJ", "NOUN", "VERB", "ADP", "ADJ", "NOUN", "PUNCT");
    assertThat(as.get(1).tag()).isEqualTo("prep:loc:nwok");
    assertThat(as.get(1).readings()).hasSizeGreaterThan(1);
  }

  @Test
  void unknownWordsDigitsAndNamesGetGuesses() {
    List<Analysis> as = tagger.tagWords(List.of("Brzęczyszczykiewicz", "kupił", "3", "bitcoinowe", "portfele", "!"));
    assertThat(as.get(0).upos()).isEqualTo("PROPN");
    assertThat(as.get(2).upos()).isIn("X", "NUM");
    assertThat(as.get(2).lemma()).isEqualTo("3");
    assertThat(as.get(3).lemma()).isEqualTo("bitcoinowy");
    assertThat(as.get(5).upos()).isEqualTo("PUNCT");
  }

  @Test
  void neverThrowsOnArbitraryStrings() {
    Random rnd = new Random(42);
    String[] pool = {"", " ", "\uD83D\uDE00", "\uD800", "\uDC00x", "żółć", "ŻÓŁĆ", "a\u0000b", "X", "--", "…", "1,5", "Ω", "\t", "ǅ", "ﬁ"};
    for (int round = 0; round < 500; round++) {
      List<String> words = new ArrayList<>();
      int n = rnd.nextInt(8);
      for (int i = 0; i < n; i++) {
        if (rnd.nextBoolean()) {
          words.add(pool[rnd.nextInt(pool.length)]);
        } else {
          StringBuilder sb = new StringBuilder();
          int len = rnd.nextInt(12);
          for (int k = 0; k < len; k++) {
            sb.append((char) rnd.nextInt(rnd.nextBoolean() ? 0x250 : 0x10000));
          }
          words.add(sb.toString());
        }
      }
      List<Analysis> as = tagger.tagWords(words);
      assertThat(as).hasSize(words.size());
      for (Analysis a : as) {
        assertThat(a.lemma()).isNotNull();
        assertThat(a.tag()).isNotBlank();
        assertThat(a.upos()).isNotBlank();
      }
    }
  }

  @Test
  void annotatesDocumentsAndIsThreadSafe() throws Exception {
    String text = "Ala ma kota. Kot ma Alę.";
    List<Token> tokens = List.of(Token.of(0, 3), Token.of(4, 6), Token.of(7, 11), Token.of(11, 12),
        Token.of(13, 16), Token.of(17, 19), Token.of(20, 23), Token.of(23, 24));
    List<Sentence> sents = List.of(new Sentence(0, 12, 0, 4), new Sentence(13, 24, 4, 8));
    AnnotatedDocument doc = AnnotatedDocument.of(new Document(null, "pl", null, null, null, null, null, text)).withSegmentation(sents, tokens);
    AnnotatedDocument out = tagger.annotate(doc);
    assertThat(out.has(Layer.MORPHOLOGY)).isTrue();
    assertThat(out.tokens()).allMatch(t -> t.lemma() != null && t.upos() != null && !t.readings().isEmpty());
    assertThat(out.tokens().get(2).lemma()).isEqualTo("kot");

    List<String> s = List.of("Wczoraj", "prezydent", "podpisał", "ustawę", "o", "podatkach", ".");
    List<Analysis> expected = tagger.tagWords(s);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> fs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        fs.add(pool.submit(() -> tagger.tagWords(s).equals(expected)));
      }
      for (Future<Boolean> f : fs) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void providerIsRegistered() {
    boolean found = false;
    for (AnnotatorProvider p : java.util.ServiceLoader.load(AnnotatorProvider.class)) {
      if (p.name().equals("morph") && p.language().equals("pl")) {
        found = true;
        assertThat(p.create(Config.empty()).produces()).containsExactly(Layer.MORPHOLOGY);
      }
    }
    assertThat(found).isTrue();
  }
}
