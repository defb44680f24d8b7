package org.kronika.formats.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kronika.api.Span;
import org.kronika.formats.corpus.PolEvalReader.Annotation;
import org.kronika.formats.corpus.PolEvalReader.PolEvalDocument;

class PolEvalReaderTest {
  @Test
  void convertsCodePointOffsetsToUtf16() {
    String text = "\uD83D\uDE00 Jan z Europy i Wschodniej";
    // code points: emoji=0, space=1, Jan=2..5
    List<Annotation> a = PolEvalReader.parseBrat(
        "T1\tpersName 2 5\tJan\nT2\tgeogName 8 14;17 27\tEuropy Wschodniej\n", text);
    assertThat(a.get(0).fragments()).containsExactly(new Span(3, 6));
    assertThat(a.get(0).fragments().get(0).of(text)).isEqualTo("Jan");
    assertThat(a.get(1).fragments()).hasSize(2);
    assertThat(a.get(1).fragments().get(1).of(text)).isEqualTo("Wschodniej");
  }

  @Test
  void readsDerivTypeAndNormalisesAddName() {
    String text = "rosyjskich Jan";
    List<Annotation> a = PolEvalReader.parseBrat(
        "T1\tplaceName_country 0 10\trosyjskich\nA1\tderivType_placeName_country T1 relAdj\n"
            + "T2\tpersName_addName 11 14\tJan", text);
    assertThat(a.get(0).derivType()).isEqualTo("relAdj");
    assertThat(a.get(0).kronikaType()).isEqualTo("placeName.country");
    assertThat(a.get(1).type()).isEqualTo("persName_addname");
    assertThat(a.get(1).isNamePart()).isTrue();
  }

  @Test
  void takesTheNewestAnswer() throws Exception {
    String json = "{\"questions\":[{\"id\":7,\"input\":{\"fileContent\":\"Ala w Paryżu\","
        + "\"fname\":\"x/1.txt\",\"default\":\"T1\\tpersName 0 3\\tAla\"},\"answers\":["
        + "{\"created\":\"2018-07-02T10:00:00\",\"data\":{\"brat\":\"T1\\torgName 0 3\\tAla\"}},"
        + "{\"created\":\"2018-07-03T10:00:00\",\"data\":{\"brat\":\"T1\\tpersName 0 3\\tAla\\n"
        + "T2\\tplaceName_settlement 6 12\\tParyżu\"}}]}],\"status\":{}}";
    List<PolEvalDocument> docs = PolEvalReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).collect(Collectors.toList());
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).annotations()).extracting(Annotation::type)
        .containsExactly("persName", "placeName_settlement");
  }
}
