package org.kronika.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kronika.formats.TestInputs.failed;
import static org.kronika.formats.TestInputs.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.api.Source;

class SeedFormatTest {
  private final SeedFormat seed = new SeedFormat(new BylineParser());
  private final Origin origin = Origin.of("in/a.txt");

  @Test
  void readsHeaderTitleBodyAndByline() {
    String file = "\n  date 2023-11 Tytuł artykułu tutaj\n\nPierwszy akapit.\n\nDrugi akapit.\n\nKresy.pl/Reuters\n";
    Document d = ok(seed.parse(file, origin));
    assertThat(d.date()).isEqualTo("2023-11");
    assertThat(d.title()).isEqualTo("Tytuł artykułu tutaj");
    assertThat(d.text()).isEqualTo("Tytuł artykułu tutaj\n\nPierwszy akapit.\n\nDrugi akapit.");
    assertThat(d.source()).isEqualTo(new Source("Kresy.pl", List.of("Reuters")));
    assertThat(d.origin()).isEqualTo(origin);
    assertThat(d.lang()).isNull();
    assertThat(d.id()).isEqualTo(Document.contentHash(d.text()));
  }

  @Test
  void textIsAnExactSliceOfTheFile() {
    String file = " date 2023-11-09   Tytuł  \r\n\r\nAkapit z  dwiema spacjami.\r\n";
    Document d = ok(seed.parse(file, origin));
    assertThat(d.title()).isEqualTo("Tytuł");
    assertThat(file).contains(d.text());
    assertThat(d.text()).isEqualTo("Tytuł  \r\n\r\nAkapit z  dwiema spacjami.");
  }

  @Test
  void dateUnknownGivesNoDate() {
    Document d = ok(seed.parse("date unknown Tytuł\nTreść.", origin));
    assertThat(d.date()).isNull();
    assertThat(d.text()).isEqualTo("Tytuł\nTreść.");
  }

  @Test
  void lastSentenceIsKeptWhenThereIsNoByline() {
    Document d = ok(seed.parse("date 2023 Tytuł\n\nTreść.\n\nTo jest ostatnie zdanie.\n", origin));
    assertThat(d.text()).endsWith("To jest ostatnie zdanie.");
    assertThat(d.source()).isEqualTo(Source.UNKNOWN);
  }

  @Test
  void headerWithoutTitleStartsTheTextAtTheBody() {
    Document d = ok(seed.parse("date 2023-11\n\nSama treść.\n", origin));
    assertThat(d.title()).isNull();
    assertThat(d.text()).isEqualTo("Sama treść.");
  }

  @Test
  void nonsenseDatesFailWithAClearMessage() {
    ReadResult.Failed f = failed(seed.parse("date 2023-13 Tytuł\nTreść.", origin));
    assertThat(f.where()).isEqualTo("in/a.txt");
    assertThat(f.message()).contains("bad 'date' header").contains("2023-13").contains("month 13");
    assertThat(failed(seed.parse("date 2023-02-30 T\nx", origin)).message()).contains("day 30");
    assertThat(failed(seed.parse("date 11.2023 T\nx", origin)).message()).contains("expected YYYY");
  }

  @Test
  void missingHeaderOrBodyFails() {
    assertThat(failed(seed.parse("Tytuł bez nagłówka\nTreść.", origin)).message()).contains("not in seed format");
    assertThat(failed(seed.parse("  date 2023-11   \n  \n", origin)).message()).contains("no text after");
  }
}
