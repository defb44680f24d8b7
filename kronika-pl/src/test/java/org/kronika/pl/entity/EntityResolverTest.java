package org.kronika.pl.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Entity;
import org.kronika.api.Mention;

/** Base forms, codes and within-document linking on hand-made spans. */
class EntityResolverTest {
  static EntityResolver resolver;

  @BeforeAll
  static void load() {
    resolver = EntityResolver.load();
  }

  static AnnotatedDocument doc(String text, String date) {
    return AnnotatedDocument.of(new Document(null, "pl", date, null, null, null, null, text));
  }

  /** Spans found by string search: each item "surface|type" (type ending in "+adj" = derived); repeated surfaces take the next occurrence. */
  static List<MentionSpan> spans(String text, String... items) {
    List<MentionSpan> out = new ArrayList<>();
    java.util.Map<String, Integer> from = new java.util.HashMap<>();
    for (String it : items) {
      String[] p = it.split("\\|");
      int at = text.indexOf(p[0], from.getOrDefault(p[0], 0));
      assertThat(at).as("'%s' in text", p[0]).isGreaterThanOrEqualTo(0);
      from.put(p[0], at + 1);
      boolean derived = p[1].endsWith("+adj");
      out.add(new MentionSpan(at, at + p[0].length(), p[1].replace("+adj", ""), derived));
    }
    return out;
  }

  static List<Entity> resolve(String text, String date, String... items) {
    return resolver.resolve(doc(text, date), spans(text, items));
  }

  static Entity byMention(List<Entity> es, String surface) {
    Optional<Entity> e = es.stream().filter(x -> x.mentions().stream().anyMatch(m -> m.text().equals(surface))).findFirst();
    assertThat(e).as("entity with mention '%s' in %s", surface, es).isPresent();
    return e.get();
  }

  static String form(Entity e, String surface) {
    return e.mentions().stream().filter(m -> m.text().equals(surface)).map(Mention::form).findFirst().orElseThrow();
  }

  /** The role and country of the entity with this mention. */
  static void assertRole(List<Entity> es, String surface, String role, String country) {
    assertThat(byMention(es, surface)).as(surface).extracting(Entity::role, Entity::country)
        .containsExactly(role, country);
  }

  static String name(String text, String surface, String type) {
    List<Entity> es = resolve(text, null, surface + "|" + type);
    assertThat(es).hasSize(1);
    return es.get(0).name();
  }

  @Test
  void baseFormsOfPlaces() {
    assertThat(name("Rozmowy z Koreą Północną trwają.", "Koreą Północną", "placeName.country")).isEqualTo("Korea Północna");
    assertThat(name("Dostawy do Korei Północnej rosną.", "Korei Północnej", "placeName.country")).isEqualTo("Korea Północna");
    assertThat(name("Statki płyną do Kraju Nadmorskiego.", "Kraju Nadmorskiego", "placeName.region")).isEqualTo("Kraj Nadmorski");
    assertThat(name("Magazyny w Kraju Krasnodarskim rosną.", "Kraju Krasnodarskim", "placeName.region")).isEqualTo("Kraj Krasnodarski");
    assertThat(name("Magazyny w Tichoriecku rosną.", "Tichoriecku", "placeName.settlement")).isEqualTo("Tichorieck");
    assertThat(name("Tichorieck leży na południu.", "Tichorieck", "placeName.settlement")).isEqualTo("Tichorieck");
  }

  @Test
  void krasnodarRegionInGenitive() {
    assertThat(name("Magazyny Kraju Krasnodarskiego rosną.", "Kraju Krasnodarskiego", "placeName.region")).isEqualTo("Kraj Krasnodarski");
  }

  @Test
  void baseFormsOfOrganisations() {
    assertThat(name("Debata w Parlamencie Europejskim trwała.", "Parlamencie Europejskim", "orgName")).isEqualTo("Parlament Europejski");
    assertThat(name("Rzecznik Białego Domu milczy.", "Białego Domu", "orgName")).isEqualTo("Biały Dom");
    assertThat(name("Podało to brytyjskie ministerstwo obrony.", "ministerstwo obrony", "orgName")).isEqualTo("ministerstwo obrony");
    assertThat(name("Rzecznik Ministerstwa Spraw Zagranicznych Chin milczy.", "Ministerstwa Spraw Zagranicznych Chin", "orgName"))
        .isEqualTo("Ministerstwo Spraw Zagranicznych Chin");
  }

  @Test
  void baseFormsOfForeignPersons() {
    String t = "Spotkanie z Antony'ego Blinkena zaplanowano. Blinken przyjechał.";
    List<Entity> es = resolve(t, null, "Antony'ego Blinkena|persName", "Blinken|persName");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).name()).isEqualTo("Antony Blinken");
    assertThat(es.get(0).mentions()).hasSize(2);
  }

  @Test
  void pluraliaTantumArePlacesInTheNominativePlural() {
    // the lemma of a plurale tantum noun is its nominative; such a reading ranks first ("Tatry":
    // not the genitive of "tatra"), with dictionary readings (p2/p3) and the tagger's (n:pt)
    String t = "Prezydent Katowic przyjechał. Wypadek w Katowicach. Byli w Tatry i w Górach"
        + " Świętokrzyskich, potem w Suwałk okolicach.";
    String[] items = {"Katowic|placeName.settlement", "Katowicach|placeName.settlement",
        "Tatry|geogName", "Górach Świętokrzyskich|geogName", "Suwałk|placeName.settlement"};
    org.kronika.core.Pipeline morph = org.kronika.core.Pipeline.load("pl",
        List.of("segment", "morph"), org.kronika.core.Config.empty());
    for (AnnotatedDocument d : List.of(doc(t, null), morph.annotate(
        new Document(null, "pl", null, null, null, null, null, t)))) {
      List<Entity> es = resolver.resolve(d, spans(t, items));
      assertThat(es).extracting(Entity::name)
          .containsExactly("Katowice", "Tatry", "Góry Świętokrzyskie", "Suwałki");
      assertThat(byMention(es, "Katowic").mentions()).hasSize(2);
    }
  }

  @Test
  void hyphenatedNamesInflectPartByPart() {
    // the parts share a case: "Bielsku" is Bielsko (dative/locative like "Białej"), not Bielsk;
    // "Skarżyska" the genitive of Skarżysko, not a nominative plural
    assertThat(name("Protest odbył się w Bielsku-Białej.", "Bielsku-Białej", "placeName.settlement"))
        .isEqualTo("Bielsko-Biała");
    // one known part shows no shared case: "Ust" is not the genitive plural of "usta" here
    assertThat(name("Statek wypłynął z Ust-Ługi.", "Ust-Ługi", "placeName.settlement"))
        .isEqualTo("Ust-Ługi");
    assertThat(name("Port Ust-Ługa jest duży.", "Ust-Ługa", "placeName.settlement"))
        .isEqualTo("Ust-Ługa");
    assertThat(name("Pociąg do Skarżyska-Kamiennej.", "Skarżyska-Kamiennej", "placeName.settlement"))
        .isEqualTo("Skarżysko-Kamienna");
    assertThat(name("Rozmawiał z Anną Kowalską-Nowak.", "Anną Kowalską-Nowak", "persName"))
        .isEqualTo("Anna Kowalska-Nowak");
    assertThat(name("Rozmawiał z Anną Kowalską-Jabłońską.", "Anną Kowalską-Jabłońską", "persName"))
        .isEqualTo("Anna Kowalska-Jabłońska");
    // parts in no common case are not one inflected name: left as written
    assertThat(name("Zamach przygotowano w Al-Kaidzie.", "Al-Kaidzie", "orgName"))
        .isEqualTo("Al-Kaidzie");
  }

  @Test
  void surnamesDeclinedLikeAdjectivesThatTheDictionaryLacks() {
    // "Zełenskim" is not in PoliMorf; its ending shows the name is inflected, so the first name
    // loses its ending too
    assertThat(name("Spotkał się z prezydentem Wołodymyrem Zełenskim.", "Wołodymyrem Zełenskim",
        "persName")).isEqualTo("Wołodymyr Zełenski");
    assertThat(NameNormalizer.adjectivalSurname("Zełenskiego")).isEqualTo("Zełenski");
    assertThat(NameNormalizer.adjectivalSurname("Zełenską")).isEqualTo("Zełenska");
    assertThat(NameNormalizer.adjectivalSurname("Zełenski")).isNull();
    assertThat(NameNormalizer.adjectivalSurname("Kim")).isNull();
    assertThat(NameNormalizer.adjectivalSurname("Gardzkim")).isEqualTo("Gardzki");
    // an -a surname in the instrumental: the first name is inflected too
    assertThat(name("Rozmawiał z Dmitrijem Kułebą, szefem MSZ.", "Dmitrijem Kułebą", "persName"))
        .isEqualTo("Dmitrij Kułeba");
  }

  private static final java.util.function.Predicate<String> NOTHING_ATTESTED = w -> false;

  @Test
  void epithetsAndForeignNamesDeclinedLikeAdjectives() {
    // an epithet or surname the dictionary knows only as a common adjective
    assertThat(name("Za panowania Iwana Groźnego Moskwa rosła.", "Iwana Groźnego", "persName"))
        .isEqualTo("Iwan Groźny");
    assertThat(name("Zwycięstwo Adama Kościelnego ucieszyło kibiców.", "Adama Kościelnego",
        "persName")).isEqualTo("Adam Kościelny");
    assertThat(name("Rozmawiał z Anną Kościelną o wyborach.", "Anną Kościelną", "persName"))
        .isEqualTo("Anna Kościelna");
    assertThat(name("Jan Groźny przemawiał.", "Jan Groźny", "persName")).isEqualTo("Jan Groźny");
    // foreign names in -i, -y and Georgian -dze take the adjectival -ego
    assertThat(name("Wideo Aymana al-Zawahiriego pojawiło się w sieci.", "Aymana al-Zawahiriego",
        "persName")).isEqualTo("Ayman al-Zawahiri");
    assertThat(name("Śmierć Georgija Gongadzego wstrząsnęła Ukrainą.", "Georgija Gongadzego",
        "persName")).isEqualTo("Georgij Gongadze");
    assertThat(NameNormalizer.foreignAdjectival("Lugossyego", NOTHING_ATTESTED))
        .isEqualTo("Lugossy");
    // the epithet's case and gender decide a first name that is also a woman's nominative
    assertThat(name("Za Bolesława Chrobrego Polska rosła.", "Bolesława Chrobrego", "persName"))
        .isEqualTo("Bolesław Chrobry");
    assertThat(name("Muzyka Zenona Remiego brzmi.", "Zenona Remiego", "persName"))
        .isEqualTo("Zenon Remi");
    assertThat(NameNormalizer.foreignAdjectival("Verdiemu", NOTHING_ATTESTED)).isEqualTo("Verdi");
    assertThat(NameNormalizer.foreignAdjectival("Verdi", NOTHING_ATTESTED)).isNull();
    assertThat(NameNormalizer.foreignAdjectival("al-zawahiriego", NOTHING_ATTESTED)).isNull();
    assertThat(NameNormalizer.foreignAdjectival("Kowal-", NOTHING_ATTESTED)).isNull();
    assertThat(NameNormalizer.foreignAdjectival("Steviego", "Stevie"::equals)).isEqualTo("Stevie");
    // a nominative adjective is no sign that the rest of the name is inflected
    assertThat(name("Królowa Śniegu porwała Kaja.", "Królowa Śniegu", "persName"))
        .isEqualTo("Królowa Śniegu");
    assertThat(NameNormalizer.foreignAdjectival("-", NOTHING_ATTESTED)).isNull();
    assertThat(NameNormalizer.foreignAdjectival("", NOTHING_ATTESTED)).isNull();
  }

  @Test
  void personNamesTakeTheCaseAndGenderAllTheirWordsShare() {
    // each row: text, mention, base form; checked on dictionary readings and on the tagger's
    String[][] rows = {
      // "Jana" is also a woman's name, "lecha" a common noun: only the genitive fits every word
      {"Wczoraj spotkałem Jana Nowaka w Warszawie.", "Jana Nowaka", "Jan Nowak"},
      {"Rozmowa Lecha Wałęsy z premierem trwała.", "Lecha Wałęsy", "Lech Wałęsa"},
      {"List od Józefa Srebrzyńskiego nadszedł.", "Józefa Srebrzyńskiego", "Józef Srebrzyński"},
      // of the men's names the dictionary offers for one form, the usual one (NKJP person names)
      {"Wczoraj spotkałem Marka Nowaka w Warszawie.", "Marka Nowaka", "Marek Nowak"},
      {"Rozmawiał z Jackiem Kuroniem długo.", "Jackiem Kuroniem", "Jacek Kuroń"},
      // a common noun in a name takes the case its epithet shows
      {"Modlili się do Matki Boskiej Fatimskiej.", "Matki Boskiej Fatimskiej", "Matka Boska Fatimska"},
      {"Bajka o przygodach Czerwonego Kapturka jest stara.", "Czerwonego Kapturka", "Czerwony Kapturek"},
      // already nominative: "Boska" is also the surname Bosek's genitive, "Zielińska" a town's
      // genitive, and a woman's surname that is a noun ("Twaróg", "Kuta") does not decline
      {"Matka Boska Fatimska jest czczona.", "Matka Boska Fatimska", "Matka Boska Fatimska"},
      {"Przyszła Janina Zielińska z mężem.", "Janina Zielińska", "Janina Zielińska"},
      {"Wiceburmistrzem została Krystyna Twaróg.", "Krystyna Twaróg", "Krystyna Twaróg"},
      {"Dziesiąte miejsce zajęła Krystyna Kuta.", "Krystyna Kuta", "Krystyna Kuta"},
      // a foreign nominative that is also a Polish vocative (of Maria, Renata) stays as written
      {"Prezes EBC Mario Draghi zabrał głos.", "Mario Draghi", "Mario Draghi"},
      {"Wystąpił Renato Kehl z zespołem.", "Renato Kehl", "Renato Kehl"},
      // a capitalised word the dictionary knows only as a common noun is no evidence of case
      {"Wygrał Tony Polstera zespół.", "Tony Polstera", "Tony Polstera"},
    };
    org.kronika.core.Pipeline tagger = org.kronika.core.Pipeline.load("pl",
        List.of("segment", "morph"), org.kronika.core.Config.empty());
    for (String[] r : rows) {
      for (AnnotatedDocument d : List.of(doc(r[0], null), tagger.annotate(
          new Document(null, "pl", null, null, null, null, null, r[0])))) {
        List<Entity> es = resolver.resolve(d, spans(r[0], r[1] + "|persName"));
        assertThat(es).as("%s (tagged: %s)", r[1], !d.tokens().isEmpty()).extracting(Entity::name)
            .containsExactly(r[2]);
      }
    }
  }

  @Test
  void aTwoLetterForeignNameLosesItsEndingWhenAttested() {
    // PETRARCH's KIM_JONG_UN attests "Un"
    assertThat(name("Putin spotkał się z Kim Dzong Unem.", "Kim Dzong Unem", "persName"))
        .isEqualTo("Kim Dzong Un");
    assertThat(NameNormalizer.shortStem("Unem", false, "Un"::equals)).isEqualTo("Un");
    // "-a" alone is no sign of a case (a name may end in it) unless the name is inflected
    assertThat(NameNormalizer.shortStem("Una", false, "Un"::equals)).isEqualTo("Una");
    assertThat(NameNormalizer.shortStem("Una", true, "Un"::equals)).isEqualTo("Un");
    // a vowel before the ending: not a consonant stem
    assertThat(NameNormalizer.shortStem("Lia", true, "Li"::equals)).isEqualTo("Lia");
    assertThat(NameNormalizer.shortStem("Unem", false, NOTHING_ATTESTED)).isEqualTo("Unem");
  }

  @Test
  void theInstrumentalIemOnlyAfterAVelar() {
    assertThat(NameNormalizer.strippedCandidates("Stoltenbergiem", new String[] {"iem"}))
        .containsExactly("Stoltenberg");
    assertThat(NameNormalizer.strippedCandidates("Jasiem", new String[] {"iem"})).isEmpty();
  }

  @Test
  void foreignSurnameOfAVelarStemInTheInstrumental() {
    // -iem after k/g: "Stoltenbergiem" → Stoltenberg (the first name shows the name is inflected)
    assertThat(name("Rozmawiał z Jensem Stoltenbergiem.", "Jensem Stoltenbergiem", "persName"))
        .isEqualTo("Jens Stoltenberg");
  }

  @Test
  void unverifiedForeignWordKeepsItsForm() {
    assertThat(name("Przyjechała Sanna Marin.", "Sanna Marin", "persName")).isEqualTo("Sanna Marin");
  }

  @Test
  void countriesGetCodesAndLinkAcrossForms() {
    String t = "Korea Północna wysłała broń. Dostawy z Korei Płn. dla Rosji trwają, a KRLD zaprzecza.";
    List<Entity> es = resolve(t, null, "Korea Północna|placeName.country", "Korei Płn.|placeName.country",
        "Rosji|placeName.country", "KRLD|placeName.country");
    Entity prk = byMention(es, "Korei Płn.");
    assertThat(prk.code()).isEqualTo("PRK");
    assertThat(prk.name()).isEqualTo("Korea Północna");
    assertThat(prk.mentions()).extracting(Mention::text).containsExactly("Korea Północna", "Korei Płn.", "KRLD");
    assertThat(form(prk, "KRLD")).isEqualTo("alias");
    assertThat(byMention(es, "Rosji").code()).isEqualTo("RUS");
    assertThat(byMention(es, "Rosji").name()).isEqualTo("Rosja");
  }

  @Test
  void kosovoGetsTheUserAssignedCodeInTextAndFromPetrarch() {
    // ISO 3166-1 has no code for Kosovo: XKX (user-assigned, EU and World Bank), never the UN's
    // "UNK", and PETRARCH's KSV rulers carry the same country
    List<Entity> es = resolve("Hashim Thaci odwiedził Kosowo.", "2012-03",
        "Hashim Thaci|persName", "Kosowo|placeName.country");
    assertThat(byMention(es, "Kosowo").code()).isEqualTo("XKX");
    assertRole(es, "Hashim Thaci", "Government", "XKX");
  }

  @Test
  void partsOfACompoundAdjectiveAreTheirCountries() {
    // the recogniser names "polsko" inside the one token "polsko-niemieckie", as NKJP does
    String t = "Rozmowy polsko-niemieckie trwały.";
    List<MentionSpan> spans = List.of(new MentionSpan(8, 14, "placeName.country", true),
        new MentionSpan(15, 25, "placeName.country", true));
    List<Entity> es = resolver.resolve(doc(t, null), spans);
    assertThat(es).extracting(Entity::code).containsExactly("POL", "DEU");
    assertThat(es.get(0).mentions().get(0).text()).isEqualTo("polsko");
    assertThat(es.get(0).mentions().get(0).form()).isEqualTo("adj");
  }

  @Test
  void otherRelationalAdjectivesAreNamedByTheirLemma() {
    String t = "Władze warszawskiej gminy i warszawskiego powiatu spierają się z warszawskimi radnymi.";
    List<Entity> es = resolve(t, null, "warszawskiej|placeName.settlement+adj",
        "warszawskiego|placeName.settlement+adj", "warszawskimi|placeName.settlement+adj");
    assertThat(es).extracting(Entity::name).containsExactly("warszawski");
    assertThat(es.get(0).mentions()).hasSize(3).allMatch(m -> m.form().equals("adj"));
  }

  @Test
  void anEntityIsNamedAsTheTextWritesItRatherThanInCapitals() {
    String t = "ROZPORZĄDZENIE RADY MINISTRÓW. Rada Ministrów przyjęła projekt.";
    List<Entity> es = resolve(t, null, "RADY MINISTRÓW|orgName", "Rada Ministrów|orgName");
    assertThat(es).extracting(Entity::name).containsExactly("Rada Ministrów");
    // an acronym stays one, whatever a capitalised word of the same letters says
    assertThat(resolve("Kontrola PIP. Pip przyszedł.", null, "PIP|orgName", "Pip|orgName").get(0).name())
        .isEqualTo("PIP");
  }

  @Test
  void formerStatesKeepTheCodesTheyHeld() {
    // ISO 3166-3 keeps the alpha-3 codes of states that no longer exist (SUN, DDR, YUG, CSK), and
    // PETRARCH codes their leaders with them; the adjective joins its state
    String text = "Erich Honecker rozmawiał z przywódcami ZSRR, a radzieckie wojska stały w NRD.";
    List<Entity> es = resolve(text, "1980-05", "Erich Honecker|persName", "ZSRR|placeName.country",
        "radzieckie|placeName.country+adj", "NRD|placeName.country");
    Entity sun = byMention(es, "ZSRR");
    assertThat(sun.code()).isEqualTo("SUN");
    assertThat(sun.name()).isEqualTo("Związek Radziecki");
    assertThat(byMention(es, "radzieckie")).isSameAs(sun);
    assertThat(form(sun, "radzieckie")).isEqualTo("adj");
    assertThat(byMention(es, "NRD").code()).isEqualTo("DDR");
    assertRole(es, "Erich Honecker", "Government", "DDR");
    assertThat(EntityLexicons.rows("countries-pl.tsv")).extracting(r -> r[0])
        .doesNotContainAnyElementsOf(EntityLexicons.rows("former-countries.tsv").stream().map(r -> r[0]).toList());
  }

  /** As {@link #resolve}, plus the last occurrence of {@code last} as a country mention. */
  static List<Entity> resolveWithLast(String text, String last, String... items) {
    List<MentionSpan> spans = spans(text, items);
    int at = text.lastIndexOf(last);
    spans.add(new MentionSpan(at, at + last.length(), "placeName.country", false));
    return resolver.resolve(doc(text, null), spans);
  }

  @Test
  void aShortCountryNameIsTheCountryOfThatNameMentionedLast() {
    String t = "Korea Północna wysłała broń do Rosji. Nie wiadomo, co Korea otrzymuje w zamian.";
    List<Entity> es = resolveWithLast(t, "Korea", "Korea Północna|placeName.country",
        "Rosji|placeName.country");
    Entity prk = byMention(es, "Korea");
    assertThat(prk.code()).isEqualTo("PRK");
    assertThat(prk.mentions()).extracting(Mention::text).containsExactly("Korea Północna", "Korea");
    assertThat(form(prk, "Korea")).isEqualTo("short");
    // the last one mentioned wins
    String both = "Korea Północna grozi, Korea Południowa odpowiada. Korea ogłosiła manewry.";
    List<Entity> es2 = resolveWithLast(both, "Korea", "Korea Północna|placeName.country",
        "Korea Południowa|placeName.country");
    assertThat(byMention(es2, "Korea").code()).isEqualTo("KOR");
    // none mentioned before: no code rather than a guess
    String alone = "Korea ogłosiła manewry. Korea Północna milczy.";
    List<Entity> es3 = resolve(alone, null, "Korea|placeName.country",
        "Korea Północna|placeName.country");
    assertThat(byMention(es3, "Korea").code()).isNull();
    assertThat(es3).hasSize(2);
  }

  @Test
  void aCountrysPeopleAreMentionsOfTheCountry() {
    String t = "Rosjanie ostrzelali port, a Polacy protestowali przed ambasadą Rosji. Gen. Turek milczał.";
    List<Entity> es = resolve(t, null, "Rosjanie|placeName.country", "Polacy|placeName.country",
        "Rosji|placeName.country", "Turek|persName");
    Entity rus = byMention(es, "Rosjanie");
    assertThat(rus.code()).isEqualTo("RUS");
    assertThat(rus.mentions()).extracting(Mention::text).containsExactly("Rosjanie", "Rosji");
    assertThat(form(rus, "Rosjanie")).isEqualTo("people");
    assertThat(byMention(es, "Polacy").code()).isEqualTo("POL");
    // a surname that is also a people's name stays a person when the recogniser says so
    assertThat(byMention(es, "Turek").type()).isEqualTo("persName");
    assertThat(byMention(es, "Turek").code()).isNull();
  }

  @Test
  void relationalAdjectivesAreMentionsOfTheirCountry() {
    String t = "Rosja wysłała rosyjskim kontenerowcem broń, a południowokoreańskie i brytyjskie służby oraz amerykańskich analityków to niepokoi.";
    List<Entity> es = resolve(t, null, "Rosja|placeName.country", "rosyjskim|placeName.country+adj",
        "południowokoreańskie|placeName.country+adj", "brytyjskie|placeName.country+adj", "amerykańskich|placeName.country+adj");
    Entity rus = byMention(es, "rosyjskim");
    assertThat(rus.mentions()).extracting(Mention::text).containsExactly("Rosja", "rosyjskim");
    assertThat(form(rus, "rosyjskim")).isEqualTo("adj");
    assertThat(byMention(es, "południowokoreańskie").code()).isEqualTo("KOR");
    assertThat(byMention(es, "południowokoreańskie").name()).isEqualTo("Korea Południowa");
    assertThat(byMention(es, "brytyjskie").code()).isEqualTo("GBR");
    assertThat(byMention(es, "amerykańskich").code()).isEqualTo("USA");
  }

  @Test
  void capitalActingAsStateIsAMetonymButAsAPlaceStaysASettlement() {
    String t = "Rosja pomaga. Moskwa zobowiązała się do dostaw. Spotkanie odbyło się w Moskwie.";
    List<Entity> es = resolve(t, null, "Rosja|placeName.country", "Moskwa|placeName.settlement", "Moskwie|placeName.settlement");
    Entity rus = byMention(es, "Moskwa");
    assertThat(rus.code()).isEqualTo("RUS");
    assertThat(form(rus, "Moskwa")).isEqualTo("metonym");
    Entity city = byMention(es, "Moskwie");
    assertThat(city.type()).isEqualTo("placeName.settlement");
    assertThat(city.name()).isEqualTo("Moskwa");
    assertThat(city.code()).isNull();
  }

  @Test
  void capitalsAsSubjectsInCoordinationAndAfterTheVerb() {
    String t = "Waszyngton i Seul ostrzegły Pjongjang. Dostawy są większe, niż ujawnił Waszyngton.";
    List<Entity> es = resolve(t, null, "Waszyngton|placeName.settlement", "Seul|placeName.settlement", "Waszyngton|placeName.settlement");
    assertThat(byMention(es, "Seul").code()).isEqualTo("KOR");
    Entity usa = byMention(es, "Waszyngton");
    assertThat(usa.code()).isEqualTo("USA");
    assertThat(usa.mentions()).hasSize(2).allMatch(m -> m.form().equals("metonym"));
  }

  @Test
  void pressAliasesAndAcronymsLink() {
    String t = "Dziennik „Washington Post” informował o tym. WaPo pisał dalej. Inspektorzy Międzynarodowej Agencji Badań Kosmicznych (MABK) potwierdzili.";
    List<Entity> es = resolve(t, null, "Washington Post|orgName", "WaPo|orgName",
        "Międzynarodowej Agencji Badań Kosmicznych|orgName", "MABK|orgName");
    Entity wapo = byMention(es, "WaPo");
    assertThat(wapo.name()).isEqualTo("Washington Post");
    assertThat(wapo.mentions()).extracting(Mention::text).containsExactly("Washington Post", "WaPo");
    assertThat(form(wapo, "WaPo")).isEqualTo("alias");
    Entity agency = byMention(es, "MABK");
    assertThat(agency.name()).isEqualTo("Międzynarodowa Agencja Badań Kosmicznych");
    assertThat(agency.mentions()).hasSize(2);
  }

  @Test
  void anAcronymTwoOrganisationsCouldSpellStaysApart() {
    String t = "Polska Akademia Nauk i Polska Agencja Nieruchomości podpisały umowę. PAN nie "
        + "skomentowała. Najwyższa Izba Kontroli ją zbada, NIK zapowiedziała raport.";
    List<Entity> es = resolve(t, null, "Polska Akademia Nauk|orgName",
        "Polska Agencja Nieruchomości|orgName", "PAN|orgName", "Najwyższa Izba Kontroli|orgName",
        "NIK|orgName");
    assertThat(byMention(es, "PAN").mentions()).extracting(Mention::text).containsExactly("PAN");
    assertThat(byMention(es, "NIK").mentions()).extracting(Mention::text)
        .containsExactly("Najwyższa Izba Kontroli", "NIK");
    assertThat(form(byMention(es, "NIK"), "NIK")).isEqualTo("alias");
  }

  @Test
  void personsGetRoleAndCountryFromTheText() {
    String t = "Sekretarz stanu USA Antony Blinken i minister spraw zagranicznych Korei Południowej Park Jin oświadczyli, że Blinken przyjedzie.";
    List<Entity> es = resolve(t, null, "USA|placeName.country", "Antony Blinken|persName",
        "Korei Południowej|placeName.country", "Park Jin|persName", "Blinken|persName");
    Entity blinken = byMention(es, "Antony Blinken");
    assertThat(blinken.role()).isEqualTo("Secretary of State");
    assertThat(blinken.country()).isEqualTo("USA");
    assertThat(blinken.mentions()).hasSize(2);
    Entity park = byMention(es, "Park Jin");
    assertThat(park.name()).isEqualTo("Park Jin");
    assertThat(park.role()).isEqualTo("Foreign Minister");
    assertThat(park.country()).isEqualTo("KOR");
  }

  @Test
  void quotationMarksInsideANameAreNotInItsBaseForm() {
    String t = "Tygodnik ujawnił, że Fundacja „Otwarty Dialog” dostała dotację.";
    assertThat(name(t, "Fundacja „Otwarty Dialog”", "orgName")).isEqualTo("Fundacja Otwarty Dialog");
  }

  @Test
  void aRelationalAdjectiveOfAnUnknownPlaceIsStillAnAdjective() {
    String t = "Wojewoda małopolski zwołał sztab.";
    List<Entity> es = resolve(t, null, "małopolski|placeName.region+adj");
    assertThat(es).singleElement().satisfies(e -> {
      assertThat(e.code()).isNull();
      assertThat(e.mentions().get(0).form()).isEqualTo("adj");
    });
  }

  @Test
  void anOrganisationMayStandBetweenRoleAndPerson() {
    // its lexicon country stands in when no country is named: Kreml → RUS, CIA → USA
    String t = "Rzecznik Kremla Dmitrij Pieskow i rzeczniczka MSZ Rosji Maria Zacharowa, a także"
        + " dyrektor CIA William Burns.";
    List<Entity> es = resolve(t, null, "Kremla|orgName", "Dmitrij Pieskow|persName", "MSZ|orgName",
        "Rosji|placeName.country", "Maria Zacharowa|persName", "CIA|orgName",
        "William Burns|persName");
    assertRole(es, "Dmitrij Pieskow", "Spokesperson", "RUS");
    assertRole(es, "Maria Zacharowa", "Spokesperson", "RUS");
    assertRole(es, "William Burns", "Director", "USA");
  }

  @Test
  void aRoleEndingInTheOrganisationWinsAndMentionsMustBeAdjacent() {
    // "szef MSZ" is itself a role; a country adjective before the role beats the organisation's
    // country; a person nested in an organisation's name gets no role
    String t = "Szef MSZ Rosji Siergiej Ławrow i polski rzecznik Reutersa Jan Kowalski oraz dyrektor"
        + " Instytutu Pileckiego Wojciech Nowak.";
    List<Entity> es = resolve(t, null, "MSZ|orgName", "Rosji|placeName.country",
        "Siergiej Ławrow|persName", "polski|placeName.country+adj", "Reutersa|orgName",
        "Jan Kowalski|persName", "Instytutu Pileckiego|orgName", "Pileckiego|persName",
        "Wojciech Nowak|persName");
    assertRole(es, "Siergiej Ławrow", "Foreign Minister", "RUS");
    assertRole(es, "Jan Kowalski", "Spokesperson", "POL");
    assertThat(byMention(es, "Pileckiego").role()).isNull();
    assertThat(byMention(es, "Wojciech Nowak").role()).isEqualTo("Director");
  }

  @Test
  void petrarchRolesOnlyForTheDatesTheyCover() {
    String t = "Władimir Putin przemawiał.";
    String en = "Vladimir Putin przemawiał.";
    List<Entity> in2010 = resolve(en, "2010-05", "Vladimir Putin|persName");
    assertThat(in2010.get(0).country()).isEqualTo("RUS");
    assertThat(in2010.get(0).role()).isEqualTo("Government");
    List<Entity> in1985 = resolve(en, "1985", "Vladimir Putin|persName");
    assertThat(in1985.get(0).role()).isEqualTo("Elite");
    List<Entity> undated = resolve(en, null, "Vladimir Putin|persName");
    assertThat(undated.get(0).role()).isNull();
    assertThat(undated.get(0).country()).isEqualTo("RUS");
    // PETRARCH spells him VLADIMIR_PUTIN: the Polish spelling is romanised to find him
    assertRole(resolve(t, "2010", "Władimir Putin|persName"), "Władimir Putin", "Government", "RUS");
    // "RUSGOV since 2008-05-08" is what the dictionaries knew when they were last updated: for a
    // later document the role is unknown, the country stays
    assertThat(resolver.lexicons().actorsKnownUntil()).isEqualTo("2015-02-17");
    assertRole(resolve(en, "2015-02", "Vladimir Putin|persName"), "Vladimir Putin", "Government", "RUS");
    assertRole(resolve(en, "2023-11-02", "Vladimir Putin|persName"), "Vladimir Putin", null, "RUS");
    // a person whose dated codes all name one country keeps it whatever the date
    assertRole(resolve("Siergiej Ławrow przemawiał.", "2023-11-02", "Siergiej Ławrow|persName"),
        "Siergiej Ławrow", null, "RUS");
    assertRole(resolve("Siergiej Ławrow przemawiał.", null, "Siergiej Ławrow|persName"),
        "Siergiej Ławrow", null, "RUS");
  }

  @Test
  void polishSpellingsOfForeignNamesAreRomanisedForTheActorDictionaries() {
    assertThat(PolishRomanization.keys("Siergiej Ławrow")).contains("SERGEY_LAVROV", "SERGEI_LAVROV");
    assertThat(PolishRomanization.keys("Dmitrij Pieskow")).contains("DMITRY_PESKOV", "DMITRIY_PESKOV");
    assertThat(PolishRomanization.keys("Kim Dzong Un")).contains("KIM_JONG_UN");
    assertThat(PolishRomanization.keys("Benjamin Netanjahu")).contains("BENJAMIN_NETANYAHU");
    assertThat(PolishRomanization.keys("Siergiej Szojgu")).contains("SERGEY_SHOYGU");
    assertThat(PolishRomanization.keys("Michaił Chodorkowski")).contains("MIKHAIL_KHODORKOVSKY");
    assertThat(PolishRomanization.keys("Władimir Putin")).first().isEqualTo("VLADIMIR_PUTIN");
    assertThat(PolishRomanization.keys("Putin")).doesNotContain("PUTIN");
    assertThat(PolishRomanization.keys("Władimir Putin")).hasSizeLessThanOrEqualTo(PolishRomanization.MAX_KEYS);
    List<Entity> es = resolve("Siergiej Ławrow i Benjamin Netanjahu rozmawiali.", "2010-05",
        "Siergiej Ławrow|persName", "Benjamin Netanjahu|persName");
    assertRole(es, "Siergiej Ławrow", "Government", "RUS");
    assertRole(es, "Benjamin Netanjahu", "Government", "ISR");
  }

  @Test
  void idsFollowFirstMentionAndOffsetsAreExact() {
    String t = "Blinken spotkał się w Seulu z Park Jinem.";
    List<Entity> es = resolve(t, null, "Blinken|persName", "Seulu|placeName.settlement", "Park Jinem|persName");
    assertThat(es).extracting(Entity::id).containsExactly("E1", "E2", "E3");
    for (Entity e : es) {
      for (Mention m : e.mentions()) {
        assertThat(t.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    assertThat(es.get(1).name()).isEqualTo("Seul");
    assertThat(es.get(1).type()).isEqualTo("placeName.settlement");
  }
}
