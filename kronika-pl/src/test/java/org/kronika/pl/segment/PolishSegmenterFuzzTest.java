package org.kronika.pl.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Token;
import org.kronika.core.OffsetChecks;
import org.kronika.core.RandomText;

/** Any input: nothing throws, offsets are consistent, tokens are non-empty and free of spaces. */
class PolishSegmenterFuzzTest {
  private static final PolishSegmenter SEGMENTER = new PolishSegmenter();

  @Test
  void randomTextKeepsOffsetInvariants() {
    Random r = new Random(20231110L);
    for (int i = 0; i < 20_000; i++) {
      check(RandomText.next(r, 1 + r.nextInt(60)));
    }
  }

  @Property(tries = 2000)
  void arbitraryStringsKeepOffsetInvariants(@ForAll String text) {
    check(text);
  }

  private static void check(String text) {
    AnnotatedDocument ad = SEGMENTER.annotate(
        AnnotatedDocument.of(new Document("x", "pl", null, null, null, null, null, text)));
    assertThat(OffsetChecks.violations(ad)).as(escape(text)).isEmpty();
    for (Token t : ad.tokens()) {
      String s = t.text(text);
      if (s.isEmpty() || s.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
        fail("empty token or whitespace in token '%s' of %s", escape(s), escape(text));
      }
    }
    List<Token> direct = SEGMENTER.tokenize(text);
    assertThat(direct).as(escape(text)).isEqualTo(ad.tokens());
    if (!ad.tokens().isEmpty()) {
      assertThat(ad.sentences()).isNotEmpty();
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> {
      if (c < 32 || c > 126) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append((char) c);
      }
    });
    return sb.toString();
  }
}
