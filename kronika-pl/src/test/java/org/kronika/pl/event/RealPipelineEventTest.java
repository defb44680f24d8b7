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
import org.kronika.api.Attribution;
import org.kronika.api.Event;

/**
 * Precision on the real entity layer ({@code ner}: model + gazetteer + linking): roles come only
 * from the trigger's own clause and phrase; names the layer misses leave a role empty instead of
 * pulling in an entity from elsewhere.
 */
class RealPipelineEventTest {
  private static AnnotatedDocument real(String text) {
    return EventTestPipeline.real().annotate(text, "2024-03");
  }

  private static List<String> cores(AnnotatedDocument ad) {
    return ad.events().stream().map(e -> EventMatch.core(ad, e)).toList();
  }

  @Test
  void overtSubjectThatIsNoEntityBlocksTheOuterClause() {
    // "Kim" read by the dictionary as kto:inst; the outer clause's "Tokio" must not become the recipient
    AnnotatedDocument ad = real("Tokio obawia się, iż Kim może chcieć kupić od Rosji nowoczesne rakiety.");
    for (Event e : ad.events()) {
      assertThat(EventMatch.set(ad, e.recipients())).doesNotContain("JPN", "Tokio");
      assertThat(EventMatch.set(ad, e.actors())).doesNotContain("JPN", "Tokio");
    }
    // a common-noun subject does the same
    AnnotatedDocument ad2 = real("Ukraina obawia się, że reżim może otrzymać od Iranu kolejne drony.");
    for (Event e : ad2.events()) {
      assertThat(EventMatch.set(ad2, e.recipients())).doesNotContain("UKR");
    }
  }

  @Test
  void droppedSubjectIsThePreviousSubjectNotAnEntityInAPhrase() {
    AnnotatedDocument ad = real("Agencja podała, że na trasie z Iranu do Syrii pływały trzy tankowce, które "
        + "od marca odbyły cztery rejsy. Prawdopodobnie przewoziły broń.");
    for (Event e : ad.events()) {
      assertThat(EventMatch.set(ad, e.actors())).doesNotContain("IRN");
    }
  }

  @Test
  void nominalTriggerTakesNoRoleFromASiblingPhrase() {
    for (String text : List.of(
        "Rząd przeznaczy środki na sprzęt do ochrony przed atakami oraz poprawę współpracy z NATO.",
        "Plan zakłada wykorzystanie sił do ochrony przed atakami oraz poprawę współpracy z Japonią.",
        "Ministrowie rozmawiali o przeciwdziałaniu atakom oraz o współpracy z Niemcami.")) {
      AnnotatedDocument ad = real(text);
      assertThat(ad.events()).as(text).noneMatch(e -> e.type().equals("ASSAULT"));
    }
    // its own complement still counts
    AnnotatedDocument ad = real("Rosja przeprowadziła zmasowany atak na Ukrainę.");
    assertThat(cores(ad)).anyMatch(c -> c.startsWith("ASSAULT RUS"));
  }

  @Test
  void coSpeakersAreOneLink() {
    AnnotatedDocument ad = real("Premier Polski Donald Tusk i kanclerz Niemiec Olaf Scholz oświadczyli, "
        + "że Niemcy przekażą Ukrainie kolejne czołgi.");
    Event e = ad.events().stream().filter(x -> x.trigger().text().equals("przekażą")).findFirst().orElseThrow();
    assertThat(e.attribution()).hasSize(1);
    Attribution a = e.attribution().get(0);
    assertThat(a.name()).contains(" i ");
    assertThat(a.with()).hasSize(1);
    assertThat(a.with()).doesNotContain(a.entity());
  }

  @Test
  void aidWithAClearObjectNeedsNoRecipient() {
    AnnotatedDocument ad = real("Chiny z kolei zapewniają wsparcie techniczne, aby pomóc Południu w rozwoju.");
    assertThat(cores(ad)).contains("AID CHN -> -");
  }

  @Test
  void militaryGoodsSentToNobodyAreNotAid() {
    // a deployment or a transport: no recipient is named, so no AID event
    for (String text : List.of("Marynarka Wojenna wysłała okręt w rejon awarii.",
        "Francja wysłała na Bałtyk dwa okręty wojenne.")) {
      assertThat(cores(real(text))).noneMatch(c -> c.startsWith("AID"));
    }
  }

  @Test
  void seedArticleOnTheRealPipeline() throws IOException {
    Path seed = Path.of(System.getProperty("kronika.shared", "../shared"), "seed", "000_283374f547e374f2.txt");
    assumeThat(seed).exists();
    String raw = Files.readString(seed, StandardCharsets.UTF_8).stripLeading();
    int sp = raw.indexOf(' ', 5);
    AnnotatedDocument ad = EventTestPipeline.real().annotate(raw.substring(sp + 1), raw.substring(5, sp));
    assertThat(ad.events().stream().map(e -> SeedEventTest.show(ad, e)).toList()).containsExactly(
        "SUPPORT/null Antony Blinken -> KOR | fact | 2023-11 | [Reuters > Antony Blinken] | podziela",
        "CONSULT/null Antony Blinken+Park Jin -> - | fact | 2023-11 | [Antony Blinken i Park Jin] | omawiali",
        "AID/military PRK -> RUS | fact | 2023-11 | [Antony Blinken] | dostarcza",
        "AID/null RUS -> - | fact | 2023-11 | [Antony Blinken] | zapewnia",
        "AGREE/null RUS -> PRK | fact | 2023-10/2023-11 | [brytyjskie ministerstwo obrony] | zaoferowała",
        "AGREE/null RUS -> - | probable | 2023-10/2023-11 | [brytyjskie ministerstwo obrony] | zobowiązać",
        "AGREE/null RUS -> - | fact | 2023-10/2023-11 | [brytyjskie ministerstwo obrony] | Obiecała",
        "OTHER/launch PRK -> - | possible | 2023-11 | [Yonhap > południowokoreańska służba wywiadowcza] | wystrzelenia",
        "AID/military PRK -> RUS | fact | 2023-10 | [CBS News] | transfer",
        "AID/military RUS -> Kim | possible | 2023-10 | [Jeden z wyższych urzędników z Korei Południowej > Korea Południowa] | pozyskać",
        "OTHER/disclose USA -> - | fact | 2023-10 | [] | odtajnił",
        "AID/military PRK -> RUS | fact | 2023-09 | [Biały Dom] | wysłała",
        "AID/military PRK -> RUS | possible | 2023-10 | [Washington Post > RUSI] | dostawy",
        "AID/military - -> Kraj Nadmorski | probable | 2023-08/2023-11 | [Washington Post] | przewoziły");
    assertThat(ad.events()).noneMatch(e -> e.type().equals("ASSAULT"));
    Event consult = ad.events().get(1);
    assertThat(consult.attribution()).hasSize(1);
  }
}
