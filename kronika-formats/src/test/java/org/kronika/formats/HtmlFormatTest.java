package org.kronika.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kronika.formats.TestInputs.failed;
import static org.kronika.formats.TestInputs.ok;
import static org.kronika.formats.TestInputs.sample;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.kronika.api.Document;
import org.kronika.api.Origin;

class HtmlFormatTest {
  private final HtmlFormat html = new HtmlFormat();
  private final Origin origin = Origin.of("page.html");

  @Test
  void articlePageKeepsOnlyTheArticle() throws IOException {
    Document d = ok(html.parse(Files.readString(sample("article.html")), origin));
    assertThat(d.title()).isEqualTo("Nowa linia tramwajowa otwarta");
    assertThat(d.date()).isEqualTo("2024-05-17");
    assertThat(d.url()).isEqualTo("https://example.org/tramwaj");
    assertThat(d.text())
        .isEqualTo(
            "Nowa linia tramwajowa otwarta\n\n"
                + "W piątek rano pierwszy tramwaj przejechał nową trasą przez dzielnicę.\n\n"
                + "Linia ma siedem kilometrów i dwanaście przystanków, a jej budowa trwała trzy lata.");
    assertThat(d.text()).doesNotContain("tracking", "Reklama", "prawa zastrzeżone", "Kraj", "Czytaj też");
  }

  @Test
  void withoutArticleTheDensestParagraphBlockWins() throws IOException {
    Document d = ok(html.parse(Files.readString(sample("no-article.html")), origin));
    assertThat(d.title()).isEqualTo("Powódź na południu");
    assertThat(d.date()).as("from JSON-LD @graph").isEqualTo("2024-09-15");
    assertThat(d.url()).isEqualTo("https://example.org/powodz");
    assertThat(d.text()).startsWith("Woda w rzece").endsWith("w tym tygodniu.");
    assertThat(d.text().split("\n\n")).hasSize(3);
    assertThat(d.text()).doesNotContain("Start", "Najnowsze", "Kontakt");
  }

  @Test
  void titleAndDateFallBacks() {
    Document d =
        ok(html.parse(
            "<html><body><h1>Nagłówek strony</h1><time datetime='2021-07'>lipiec</time>"
                + "<p>Treść akapitu, wystarczająco długa, by się liczyć.</p></body></html>",
            origin));
    assertThat(d.title()).isEqualTo("Nagłówek strony");
    assertThat(d.date()).isEqualTo("2021-07");
    assertThat(d.url()).isNull();
  }

  @Test
  void invalidMetadataDatesAreIgnored() {
    Document d =
        ok(html.parse(
            "<meta property='article:published_time' content='2024-13-45'>"
                + "<script type='application/ld+json'>{broken json</script><p>Tekst.</p>",
            origin));
    assertThat(d.date()).isNull();
    assertThat(d.text()).isEqualTo("Tekst.");
  }

  @Test
  void malformedHtmlDoesNotThrow() {
    String[] pages = {
      "<html><body><p>Niezamknięty akapit<div><p>Drugi <b>pogrubiony <i>tekst</p></div>",
      "<<<>>><p>a</p></html></html><body>",
      "<html><head><title>Tylko tytuł</title></head></html>",
      "<" + "div>".repeat(5000) + "głęboko",
      "&#xD800; &bogus; <p>tekst"
    };
    for (String page : pages) {
      ReadResult r = html.parse(page, origin);
      assertThat(r).isNotNull();
    }
    assertThat(ok(html.parse(pages[0], origin)).text()).contains("Niezamknięty akapit").contains("pogrubiony tekst");
  }

  @Test
  void aPageWithoutTextFails() {
    ReadResult.Failed f = failed(html.parse("<html><head><title>T</title></head><body><nav>menu</nav></body></html>", origin));
    assertThat(f.toString()).isEqualTo("page.html: no article text found in the HTML");
  }
}
