package org.kronika.pl.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Layer;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;

class PolishSegmenterTest {
  private static final PolishSegmenter SEG = new PolishSegmenter();

  private static List<String> tokens(String text) {
    return SEG.tokenize(text).stream().map(t -> t.text(text)).toList();
  }

  private static List<String> sentences(String text) {
    return SEG.segment(text).sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void abbreviationKeepsItsPeriodAndSentenceFinalPeriodIsNotDuplicated() {
    assertThat(tokens("we wrześniu br. Korea")).containsExactly("we", "wrześniu", "br.", "Korea");
    assertThat(tokens("m.in. Rosja, ub.r. i tzw. sojusz")).containsExactly(
        "m.in.", "Rosja", ",", "ub.r.", "i", "tzw.", "sojusz");
    assertThat(tokens("Było to w 2022 r.")).containsExactly("Było", "to", "w", "2022", "r.");
    assertThat(sentences("Było to w 2022 r. Potem nic.")).containsExactly("Było to w 2022 r.", "Potem nic.");
    assertThat(tokens("Np. tak.")).containsExactly("Np.", "tak", ".");
  }

  @Test
  void titlesAndCompassAbbreviationsDoNotEndSentences() {
    assertThat(sentences("Przyjechał gen. Nowak z Korei Płn. Rosja milczy.")).hasSize(1);
    assertThat(sentences("Mówił o tym prof. Kowalski. Potem dr Nowak.")).hasSize(2);
  }

  @Test
  void unknownWordPeriodIsSeparateAndEndsSentenceBeforeCapital() {
    assertThat(tokens("Koniec. Start")).containsExactly("Koniec", ".", "Start");
    assertThat(sentences("Koniec. Start.")).containsExactly("Koniec.", "Start.");
  }

  @Test
  void ellipsisInsideQuoteDoesNotSplit() {
    String text = "„Pracujemy nad… zidentyfikowaniem, ujawnieniem”. Potem tak.";
    assertThat(sentences(text)).containsExactly(
        "„Pracujemy nad… zidentyfikowaniem, ujawnieniem”.", "Potem tak.");
    assertThat(tokens("nad… zid... tak")).containsExactly("nad", "…", "zid", "...", "tak");
  }

  @Test
  void closingQuoteThenDashAndLowerCaseContinues() {
    assertThat(sentences("„Mamy obawy.” – powiedział Blinken. Tak.")).containsExactly(
        "„Mamy obawy.” – powiedział Blinken.", "Tak.");
    assertThat(sentences("„Mamy obawy.” Blinken wyszedł.")).containsExactly(
        "„Mamy obawy.”", "Blinken wyszedł.");
    assertThat(tokens("«tak» \"nie\"")).containsExactly("«", "tak", "»", "\"", "nie", "\"");
  }

  @Test
  void dashesAreTokensHyphenatedWordsAreNot() {
    assertThat(tokens("północno-koreański – i — nie - tak")).containsExactly(
        "północno-koreański", "–", "i", "—", "nie", "-", "tak");
  }

  @Test
  void domainsUrlsAndEmails() {
    assertThat(tokens("Kresy.pl i WaPo.com.")).containsExactly("Kresy.pl", "i", "WaPo.com", ".");
    assertThat(tokens("(https://example.com/a_b?x=1&y=(2)), www.kresy.pl/x.")).containsExactly(
        "(", "https://example.com/a_b?x=1&y=(2)", ")", ",", "www.kresy.pl/x", ".");
    assertThat(tokens("pisz: jan.kowalski@example.pl.")).containsExactly(
        "pisz", ":", "jan.kowalski@example.pl", ".");
  }

  @Test
  void numbers() {
    assertThat(tokens("1,5 mln, 12.11.2023 r., 14.30, 1 000, 300 km, 14:30")).containsExactly(
        "1,5", "mln", ",", "12.11.2023", "r.", ",", "14.30", ",", "1", "000", ",", "300", "km", ",",
        "14:30");
    assertThat(tokens("w latach 90. ubiegłego")).containsExactly("w", "latach", "90", ".", "ubiegłego");
    assertThat(sentences("W latach 90. ubiegłego wieku tak było.")).hasSize(1);
  }

  @Test
  void apostrophesAndInitials() {
    assertThat(tokens("Antony'ego O’Briena")).containsExactly("Antony'ego", "O’Briena");
    assertThat(tokens("J. Kowalski")).containsExactly("J.", "Kowalski");
    assertThat(sentences("Mówił J. Kowalski. Potem A. Nowak.")).hasSize(2);
  }

  @Test
  void blankLineAlwaysEndsSentenceAndTitleLineIsItsOwn() {
    String text = "Tytuł artykułu\n\nPierwsze zdanie m.in.\r\n\r\nprzed akapitem";
    assertThat(sentences(text)).containsExactly("Tytuł artykułu", "Pierwsze zdanie m.in.", "przed akapitem");
  }

  @Test
  void sentencesAreTrimmedAndCoverTheirTokens() {
    String text = "  Ala ma kota.  Kot ma Alę.  ";
    Segmentation s = SEG.segment(text);
    assertThat(s.sentences()).containsExactly(new Sentence(2, 14, 0, 4), new Sentence(16, 27, 4, 8));
    assertThat(SEG.segment("").sentences()).isEmpty();
    assertThat(SEG.segment(" \n\n ").tokens()).isEmpty();
  }

  @Test
  void tokenizeSpanUsesDocumentOffsetsAndStaysInsideTheSpan() {
    String text = "Ala ma kota-abc";
    List<Token> ts = SEG.tokenize(text, 4, 12);
    assertThat(ts).extracting(t -> t.text(text)).containsExactly("ma", "kota", "-");
    assertThat(ts.get(0).start()).isEqualTo(4);
  }

  @Test
  void annotatorContractAndServiceRegistration() {
    assertThat(SEG.name()).isEqualTo("segment");
    assertThat(SEG.requires()).isEmpty();
    assertThat(SEG.produces()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS);
    Pipeline p = Pipeline.load("pl", List.of("segment"), Config.empty());
    AnnotatedDocument ad = p.annotate(new Document(null, "pl", null, null, null, null, null, "Tak. Nie."));
    assertThat(ad.has(Layer.SENTENCES)).isTrue();
    assertThat(ad.sentences()).hasSize(2);
    assertThat(ad.tokens()).hasSize(4);
  }

  @Test
  void textWithoutSentenceEndsIsCutIntoBoundedSentences() {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 2600; k++) {
      sb.append(k % 700 == 650 ? "dom, " : "dom ");
    }
    String text = sb.toString().trim();
    Segmentation seg = SEG.segment(text);
    List<Sentence> ss = seg.sentences();
    assertThat(ss).hasSizeGreaterThan(2);
    int expectedFirst = 0;
    for (Sentence s : ss) {
      assertThat(s.firstToken()).isEqualTo(expectedFirst);
      assertThat(s.endToken() - s.firstToken()).isLessThanOrEqualTo(PolishSegmenter.MAX_SENTENCE_TOKENS);
      expectedFirst = s.endToken();
    }
    assertThat(expectedFirst).isEqualTo(seg.tokens().size());
    // the first cut falls after the comma of the run's second half, not at the limit
    Sentence first = ss.get(0);
    assertThat(text.substring(first.start(), first.end())).endsWith("dom,");
    assertThat(first.endToken() - first.firstToken()).isLessThan(PolishSegmenter.MAX_SENTENCE_TOKENS);
  }
}
