package org.kronika.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kronika.api.Source;

class BylineParserTest {
  private final BylineParser parser = new BylineParser();

  private Source parse(String line) {
    Optional<Source> s = parser.parseLine(line);
    assertThat(s).as("'%s' should be a byline", line).isPresent();
    return s.get();
  }

  @Test
  void publisherSlashAgency() {
    assertThat(parse("Kresy.pl/Reuters")).isEqualTo(new Source("Kresy.pl", List.of("Reuters")));
    assertThat(parse("Kresy.pl / PAP")).isEqualTo(new Source("Kresy.pl", List.of("PAP")));
    assertThat(parse("  wPolityce.pl/PAP/Reuters ")).isEqualTo(new Source("wPolityce.pl", List.of("PAP", "Reuters")));
  }

  @Test
  void loneAgency() {
    assertThat(parse("PAP")).isEqualTo(new Source("PAP", List.of()));
    assertThat(parse("(PAP)")).isEqualTo(new Source("PAP", List.of()));
    assertThat(parse("Reuters")).isEqualTo(new Source("Reuters", List.of()));
    assertThat(parse("Kresy.pl")).isEqualTo(new Source("Kresy.pl", List.of()));
  }

  @Test
  void listsAndParentheses() {
    assertThat(parse("PAP, Reuters")).isEqualTo(new Source("PAP", List.of("Reuters")));
    assertThat(parse("Gazeta Testowa (PAP)")).isEqualTo(new Source("Gazeta Testowa", List.of("PAP")));
    assertThat(parse("Źródło: PAP")).isEqualTo(new Source("PAP", List.of()));
  }

  @Test
  void editorsAreRecognisedButAreNotOutlets() {
    assertThat(parse("oprac. XYZ")).isEqualTo(Source.UNKNOWN);
    assertThat(parse("oprac. mm")).isEqualTo(Source.UNKNOWN);
    assertThat(parse("PAP/oprac. J.K.")).isEqualTo(new Source("PAP", List.of()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "To jest ostatnie zdanie artykułu.",
        "Tak twierdzi PAP",
        "Koniec",
        "Reuters.",
        "Kresy.pl/Reuters.",
        "Czy to koniec?",
        "Warszawa, 10 listopada 2023",
        "Zobacz też: Rosja i Ukraina",
        "Agencja Reuters podała, że rozmowy trwają",
        "PAP \"cytat\"",
        "10/11/2023",
        "((PAP)",
        "Pierwsza Druga Trzecia Czwarta Piąta",
        "Bardzo Długa Nazwa Wydawcy / Jeszcze Dłuższa Nazwa Agencji Prasowej",
        "",
        "   "
      })
  void notBylines(String line) {
    assertThat(parser.parseLine(line)).as("'%s'", line).isEmpty();
  }

  @Test
  void splitsATrailingBylineFromTheBody() {
    String text = "Pierwszy akapit.\n\nDrugi akapit.\n\nKresy.pl/Reuters\n\n";
    BylineParser.Split split = parser.splitTrailing(text).orElseThrow();
    assertThat(text.substring(0, split.bodyEnd())).isEqualTo("Pierwszy akapit.\n\nDrugi akapit.");
    assertThat(split.byline()).isEqualTo("Kresy.pl/Reuters");
    assertThat(text.substring(split.bylineStart())).startsWith("Kresy.pl/Reuters");
    assertThat(split.source()).isEqualTo(new Source("Kresy.pl", List.of("Reuters")));
  }

  @Test
  void neverEatsTheOnlyLineOrANormalLastSentence() {
    assertThat(parser.splitTrailing("PAP")).isEmpty();
    assertThat(parser.splitTrailing("\n\n  PAP  \n")).isEmpty();
    assertThat(parser.splitTrailing("Akapit.\n\nTo ostatnie zdanie mówi PAP.")).isEmpty();
    assertThat(parser.splitTrailing("")).isEmpty();
  }

  @Test
  void sourceFieldsAreReadWithoutHeuristics() {
    assertThat(parser.parseSource("Kresy.pl/Reuters")).isEqualTo(new Source("Kresy.pl", List.of("Reuters")));
    assertThat(parser.parseSource("Gazeta codzienna")).isEqualTo(new Source("Gazeta codzienna", List.of()));
    assertThat(parser.parseSource(" ")).isEqualTo(Source.UNKNOWN);
  }
}
