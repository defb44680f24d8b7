package org.kronika.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  private InputFormat detect(String name, String head) {
    return detector.detect(name, head, false);
  }

  @Test
  void seedHeaderWinsWhateverTheName() {
    assertThat(detect("a.txt", " date 2023-11 Tytuł\nTreść")).isEqualTo(InputFormat.SEED);
    assertThat(detect("a.html", "\n\n\tdate unknown Tytuł")).isEqualTo(InputFormat.SEED);
    assertThat(detect(null, "date 2023-13 zły miesiąc, ale to nadal nagłówek")).isEqualTo(InputFormat.SEED);
    assertThat(detect(null, "\uFEFFdate 2023 T")).isEqualTo(InputFormat.SEED);
    assertThat(detect(null, "date of the meeting was set")).isEqualTo(InputFormat.TXT);
    assertThat(detect(null, "dates 2023 T")).isEqualTo(InputFormat.TXT);
  }

  @Test
  void jsonLines() {
    assertThat(detect("x.txt", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n")).isEqualTo(InputFormat.JSONL);
    assertThat(detect(null, "  {\"text\":\"a\"}")).isEqualTo(InputFormat.JSONL);
    assertThat(detect(null, "{broken\n{\"text\":\"b\"}\n")).as("one good line is enough").isEqualTo(InputFormat.JSONL);
    assertThat(detect(null, "{ to nie jest JSON }\nzwykły tekst")).isEqualTo(InputFormat.TXT);
    assertThat(detector.detect(null, "{\"text\":\"bardzo długa linia bez końca", true)).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void html() {
    assertThat(detect("a.txt", "<!DOCTYPE html><html><body>x</body></html>")).isEqualTo(InputFormat.HTML);
    assertThat(detect(null, "  <html lang='pl'>")).isEqualTo(InputFormat.HTML);
    assertThat(detect(null, "<div><p>a</p><p>b</p></div>")).isEqualTo(InputFormat.HTML);
    assertThat(detect(null, "Tekst o znaczniku <p> w HTML.")).isEqualTo(InputFormat.TXT);
  }

  @Test
  void extensionOnlyBreaksTies() {
    assertThat(detect("page.HTM", "tylko tekst")).isEqualTo(InputFormat.HTML);
    assertThat(detect("d.jsonl", "nie JSON")).isEqualTo(InputFormat.JSONL);
    assertThat(detect("notes.txt", "Zwykły tekst.\nDruga linia.")).isEqualTo(InputFormat.TXT);
  }

  @Test
  void formatNamesParse() {
    assertThat(InputFormat.parse("JsonL")).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.parse(" auto ")).isEqualTo(InputFormat.AUTO);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputFormat.parse("pdf"))
        .hasMessageContaining("seed, txt, html, jsonl");
    assertThat(InputFormat.SEED.id()).isEqualTo("seed");
  }
}
