package org.kronika.pl.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Entity;
import org.kronika.api.Mention;

/**
 * The seed article with hand-made spans (the gold list, found by string search here only): names,
 * codes and linking. Skips when {@code ../shared/seed} is absent.
 */
class EntitySeedTest {
  private static final String SEED = "seed/000_283374f547e374f2.txt";
  private static final String HEADER = "date 2023-11 ";
  private static final String BYLINE = "Kresy.pl/Reuters";

  /** Gold mentions: surface|type (+adj = relational adjective), longest first per position. */
  private static final String[] GOLD = {
    "Antony Blinken|persName", "Blinken|persName", "Park Jin|persName", "Kim|persName",
    "Koreą Północną|placeName.country", "Korei Północnej|placeName.country", "Korea Północna|placeName.country",
    "Korei Płn.|placeName.country", "Korei Południowej|placeName.country",
    "Rosją|placeName.country", "Rosji|placeName.country", "Rosja|placeName.country", "USA|placeName.country",
    "Ukrainą|placeName.country", "Ukrainy|placeName.country", "Ukrainie|placeName.country", "Japonią|placeName.country",
    "południowokoreańskie|placeName.country+adj", "południowokoreańską|placeName.country+adj",
    "brytyjskie|placeName.country+adj", "brytyjskiego|placeName.country+adj", "rosyjskim|placeName.country+adj",
    "rosyjskiego|placeName.country+adj", "amerykańskich|placeName.country+adj",
    "Moskwa|placeName.settlement", "Waszyngton|placeName.settlement", "Seul|placeName.settlement",
    "Kraju Nadmorskiego|placeName.region", "Tichoriecku|placeName.settlement", "Kraju Krasnodarskim|placeName.region",
    "Reuters|orgName", "Yonhap|orgName", "CBS News|orgName", "Biały Dom|orgName", "Washington Post|orgName",
    "WaPo|orgName", "RUSI|orgName",
  };

  static EntityResolver resolver;

  @BeforeAll
  static void load() {
    resolver = EntityResolver.load();
  }

  static String seedText() throws IOException {
    String shared = System.getProperty("kronika.shared");
    Assumptions.assumeTrue(shared != null, "kronika.shared not set");
    Path p = Path.of(shared).resolve(SEED);
    Assumptions.assumeTrue(Files.isRegularFile(p), "seed absent: " + p);
    String raw = Files.readString(p, StandardCharsets.UTF_8);
    int from = raw.indexOf(HEADER);
    int to = raw.lastIndexOf(BYLINE);
    return raw.substring(from + HEADER.length(), to).strip();
  }

  static List<MentionSpan> goldSpans(String text) {
    List<MentionSpan> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (String g : GOLD) {
      String[] p = g.split("\\|");
      String s = p[0];
      for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
        int end = at + s.length();
        boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
        boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end)) || s.endsWith(".");
        boolean free = true;
        for (int k = at; k < end; k++) {
          free &= !taken[k];
        }
        if (wordStart && wordEnd && free) {
          for (int k = at; k < end; k++) {
            taken[k] = true;
          }
          out.add(new MentionSpan(at, end, p[1].replace("+adj", ""), p[1].endsWith("+adj")));
        }
      }
    }
    return out;
  }

  static AnnotatedDocument doc(String text) {
    return AnnotatedDocument.of(new Document(null, "pl", "2023-11", null, null, null, null, text));
  }

  static Entity withMention(List<Entity> es, String surface) {
    return es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(surface)))
        .findFirst().orElseThrow(() -> new AssertionError("no entity mentions '" + surface + "': " + es));
  }

  static Entity byCode(List<Entity> es, String code) {
    return es.stream().filter(e -> code.equals(e.code())).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + code + ": " + es));
  }

  static List<String> forms(Entity e, String surface) {
    return e.mentions().stream().filter(m -> m.text().equals(surface)).map(Mention::form).distinct().toList();
  }

  @Test
  void goldSpansResolveToTheGoldEntities() throws IOException {
    String text = seedText();
    List<Entity> es = resolver.resolve(doc(text), goldSpans(text));

    Entity blinken = withMention(es, "Antony Blinken");
    assertThat(blinken.name()).isEqualTo("Antony Blinken");
    assertThat(blinken.type()).isEqualTo("persName");
    assertThat(blinken.role()).isEqualTo("Secretary of State");
    assertThat(blinken.country()).isEqualTo("USA");
    assertThat(blinken.mentions()).extracting(Mention::text).contains("Blinken").hasSize(5);
    Entity park = withMention(es, "Park Jin");
    assertThat(park.role()).isEqualTo("Foreign Minister");
    assertThat(park.country()).isEqualTo("KOR");
    assertThat(withMention(es, "Kim").name()).isEqualTo("Kim");
    assertThat(withMention(es, "Kim")).isNotEqualTo(park);

    Entity prk = byCode(es, "PRK");
    assertThat(prk.name()).isEqualTo("Korea Północna");
    assertThat(prk.type()).isEqualTo("placeName.country");
    assertThat(prk.mentions()).extracting(Mention::text)
        .contains("Koreą Północną", "Korei Północnej", "Korea Północna", "Korei Płn.");
    Entity kor = byCode(es, "KOR");
    assertThat(kor.name()).isEqualTo("Korea Południowa");
    assertThat(forms(kor, "południowokoreańskie")).containsExactly("adj");
    assertThat(forms(kor, "Seul")).containsExactly("metonym");
    Entity rus = byCode(es, "RUS");
    assertThat(rus.name()).isEqualTo("Rosja");
    assertThat(forms(rus, "rosyjskim")).containsExactly("adj");
    assertThat(forms(rus, "Moskwa")).containsExactly("metonym");
    Entity usa = byCode(es, "USA");
    assertThat(forms(usa, "amerykańskich")).containsExactly("adj");
    assertThat(forms(usa, "Waszyngton")).containsExactly("metonym");
    assertThat(usa.mentions()).extracting(Mention::text).contains("USA");
    assertThat(forms(byCode(es, "GBR"), "brytyjskie")).containsExactly("adj");
    assertThat(byCode(es, "UKR").name()).isEqualTo("Ukraina");
    assertThat(byCode(es, "JPN").name()).isEqualTo("Japonia");

    assertThat(withMention(es, "Kraju Nadmorskiego").name()).isEqualTo("Kraj Nadmorski");
    assertThat(withMention(es, "Tichoriecku").name()).isEqualTo("Tichorieck");
    assertThat(withMention(es, "Kraju Krasnodarskim").name()).isEqualTo("Kraj Krasnodarski");

    Entity wapo = withMention(es, "WaPo");
    assertThat(wapo.name()).isEqualTo("Washington Post");
    assertThat(wapo.mentions()).extracting(Mention::text).containsExactly("Washington Post", "WaPo");
    assertThat(withMention(es, "Biały Dom").name()).isEqualTo("Biały Dom");
    assertThat(withMention(es, "RUSI").mentions()).hasSize(2);
    for (String org : List.of("Reuters", "Yonhap", "CBS News", "RUSI")) {
      assertThat(withMention(es, org).name()).isEqualTo(org);
      assertThat(withMention(es, org).type()).isEqualTo("orgName");
    }
    // one entity per real-world thing, ids in order of first mention, offsets exact
    assertThat(es.stream().filter(e -> e.code() != null).map(Entity::code).distinct().count())
        .isEqualTo(es.stream().filter(e -> e.code() != null).count());
    for (int i = 0; i < es.size(); i++) {
      assertThat(es.get(i).id()).isEqualTo("E" + (i + 1));
      for (Mention m : es.get(i).mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void gazetteerAloneFindsTheCountryMentionsAndNotZachodni() throws IOException {
    String text = seedText();
    GazetteerMentionFinder finder = new GazetteerMentionFinder(resolver.lexicons());
    List<MentionSpan> spans = finder.find(doc(text));
    List<String> surfaces = spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    assertThat(surfaces).contains("USA", "południowokoreańskie", "Koreą Północną", "Rosją", "Korei Płn.",
        "Moskwa", "Waszyngton", "Seul", "rosyjskim", "amerykańskich", "brytyjskie", "Japonią", "Ukrainą",
        "Reuters", "Yonhap", "CBS News", "Biały Dom", "Washington Post", "WaPo", "RUSI");
    assertThat(surfaces).doesNotContain("zachodni", "Korea");
    // found by the general region-name pattern (capitalised "Kraj" + capitalised adjective), no lexicon entry
    assertThat(surfaces).contains("Kraju Nadmorskiego");
    List<Entity> es = new EntityAnnotator(resolver).annotate(doc(text)).entities();
    assertThat(forms(byCode(es, "RUS"), "Moskwa")).containsExactly("metonym");
    assertThat(forms(byCode(es, "USA"), "Waszyngton")).containsExactly("metonym");
    assertThat(es).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("zachodni")));
  }
}
