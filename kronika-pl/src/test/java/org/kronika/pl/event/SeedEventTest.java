package org.kronika.pl.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Event;

/**
 * The seed article with entities from the test gazetteer: exactly the events an analyst sees,
 * with type, participants, factuality, time and attribution chain. Skips when the seed is absent.
 */
class SeedEventTest {

  @Test
  void seedArticle() throws IOException {
    Path seed = Path.of(System.getProperty("kronika.shared", "../shared"), "seed",
        "000_283374f547e374f2.txt");
    assumeThat(seed).exists();
    String raw = Files.readString(seed, StandardCharsets.UTF_8).stripLeading();
    int sp = raw.indexOf(' ', 5);
    AnnotatedDocument ad = EventTestPipeline.get().annotate(raw.substring(sp + 1), raw.substring(5, sp));
    List<String> got = ad.events().stream().map(e -> show(ad, e)).toList();
    assertThat(got).containsExactly(
        "SUPPORT/null Antony Blinken -> KOR | fact | 2023-11 | [Reuters > Antony Blinken] | podziela",
        "CONSULT/null Antony Blinken+Park Jin -> - | fact | 2023-11 | [Antony Blinken i Park Jin] | omawiali",
        "AID/military PRK -> RUS | fact | 2023-11 | [Antony Blinken] | dostarcza",
        "AID/null RUS -> PRK | fact | 2023-11 | [Antony Blinken] | zapewnia",
        "AGREE/null RUS -> PRK | fact | 2023-10/2023-11 | [brytyjskie ministerstwo obrony] | zaoferowała",
        "AGREE/null RUS -> - | probable | 2023-10/2023-11 | [brytyjskie ministerstwo obrony] | zobowiązać",
        "AGREE/null RUS -> - | fact | 2023-10/2023-11 | [brytyjskie ministerstwo obrony] | Obiecała",
        "OTHER/launch PRK -> - | possible | 2023-11 | [Yonhap > południowokoreańska służba wywiadowcza] | wystrzelenia",
        "AID/military PRK -> RUS | fact | 2023-10 | [CBS News] | transfer",
        "AID/military RUS -> Kim Dzong Un | possible | 2023-10 | [Jeden z wyższych urzędników z Korei Południowej > Korea Południowa] | pozyskać",
        "OTHER/disclose USA -> - | fact | 2023-10 | [] | odtajnił",
        "AID/military PRK -> RUS | fact | 2023-09 | [Biały Dom] | wysłała",
        "AID/military PRK -> RUS | possible | 2023-10 | [Washington Post > RUSI] | dostawy",
        "AID/military - -> RUS | probable | 2023-08/2023-11 | [Washington Post] | przewoziły");
    Event first = ad.events().get(0);
    assertThat(first.evidence()).hasSize(2); // lead and body state it: one event
    Event containers = ad.events().get(11);
    assertThat(containers.quantities()).hasSize(1);
    assertThat(ad.quantities().get(containers.quantities().get(0)).unit()).isEqualTo("kontener");
    Event ships = ad.events().get(13);
    assertThat(ships.quantities()).hasSize(2);
    for (Event e : ad.events()) {
      assertThat(e.explanation()).anyMatch(x -> x.startsWith("trigger:"));
      assertThat(e.explanation()).anyMatch(x -> x.startsWith("time:"));
      assertThat(ad.text().substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
      assertThat(e.attribution()).noneMatch(a -> a.name().equals("Kresy.pl"));
    }
  }

  static String show(AnnotatedDocument ad, Event e) {
    return e.type() + "/" + e.mode() + " " + EventMatch.set(ad, e.actors()) + " -> "
        + EventMatch.set(ad, e.recipients()) + " | " + e.factuality() + " | " + e.time() + " | "
        + EventMatch.chain(e) + " | " + e.trigger().text();
  }
}
