package org.kronika.train.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.Span;

class SimpleTokenizerTest {
  @Test
  void keepsOffsetsAndSplitsPunctuation() {
    String text = "Prof. J. Kowalski z Bielsko-Białej, 3,5 mln zł.\nDrugi akapit!";
    List<Span> t = SimpleTokenizer.tokenize(text);
    assertThat(t).extracting(s -> s.of(text)).containsExactly("Prof", ".", "J", ".", "Kowalski",
        "z", "Bielsko", "-", "Białej", ",", "3", ",", "5", "mln", "zł", ".", "Drugi", "akapit", "!");
    List<int[]> s = SimpleTokenizer.sentences(text, t);
    assertThat(s).hasSize(2);
    assertThat(s.get(0)).containsExactly(0, 16);
  }

  @Test
  void splitsSentences() {
    String text = "Ala ma kota. Kot ma Alę, np. Olę. Dr. Nowak";
    List<Span> t = SimpleTokenizer.tokenize(text);
    assertThat(SimpleTokenizer.sentences(text, t)).hasSize(3); // no split after "np." or "Dr."
  }
}
