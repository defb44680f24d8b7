package org.kronika.pl.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Entity;
import org.kronika.api.Reading;
import org.kronika.pl.segment.PolishSegmenter;

/** Every curated resource row is valid and its example works. */
class EntityResourcesTest {
  static EntityResolver resolver;
  static GazetteerMentionFinder finder;
  static Morphology morph;

  @BeforeAll
  static void load() {
    resolver = EntityResolver.load();
    finder = new GazetteerMentionFinder(resolver.lexicons());
    morph = resolver.lexicons().morphology();
  }

  static AnnotatedDocument doc(String text) {
    return AnnotatedDocument.of(new Document(null, "pl", null, null, null, null, null, text));
  }

  static List<Entity> annotate(String text) {
    return new EntityAnnotator(resolver).annotate(doc(text)).entities();
  }

  @Test
  void everyCountryAdjectiveIsAPoliMorfAdjectiveAndItsExampleIsFound() {
    List<String[]> rows = EntityLexicons.rows("country-adjectives.tsv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
    for (String[] r : rows) {
      assertThat(morph.readings(r[0])).as("PoliMorf adjective %s", r[0])
          .anyMatch(x -> x.lemma().equals(r[0]) && Tags.isAdjective(x.tag()));
      assertThat(resolver.lexicons().countryName(r[1])).as("code %s", r[1]).isNotNull();
      assertThat(annotate(r[2])).as("example '%s'", r[2])
          .anyMatch(e -> r[1].equals(e.code()) && e.mentions().stream().anyMatch(m -> m.form().equals("adj")));
    }
  }

  @Test
  void everyPeopleNameIsAPoliMorfNounOfAKnownCountry() {
    List<String[]> rows = EntityLexicons.rows("country-people.tsv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
    for (String[] r : rows) {
      assertThat(morph.readings(r[0])).as("PoliMorf noun %s", r[0])
          .anyMatch(x -> x.lemma().equals(r[0]) && x.tag().startsWith("subst:"));
      assertThat(resolver.lexicons().countryName(r[1])).as("code %s", r[1]).isNotNull();
    }
  }

  @Test
  void everyCapitalExampleIsAMetonymOfItsCountry() {
    for (String[] r : EntityLexicons.rows("capitals.tsv")) {
      assertThat(resolver.lexicons().countryName(r[1])).as("code %s", r[1]).isNotNull();
      List<Entity> es = annotate(r[2]);
      assertThat(es).as("example '%s' → %s", r[2], es)
          .anyMatch(e -> r[1].equals(e.code()) && e.mentions().stream()
              .anyMatch(m -> m.form().equals("metonym") && r[2].startsWith(m.text())));
      // and as a place it stays a settlement
      String place = "Spotkanie odbyło się w " + r[0] + ".";
      assertThat(annotate(place)).noneMatch(e -> r[1].equals(e.code()));
    }
  }

  @Test
  void everyCountryShortNameExampleIsFound() {
    for (String[] r : EntityLexicons.rows("country-short-names.tsv")) {
      assertThat(annotate(r[2])).as("example '%s'", r[2]).anyMatch(e -> r[1 - 1].equals(e.code()));
    }
  }

  @Test
  void everyFormerStateHasItsOwnCodeAndItsExampleIsFound() {
    List<String[]> rows = EntityLexicons.rows("former-countries.tsv");
    assertThat(rows).isNotEmpty();
    for (String[] r : rows) {
      assertThat(r[0]).as("alpha-3 %s", r[0]).matches("[A-Z]{3}");
      assertThat(r[3]).as("ISO 3166-3 code of %s", r[0]).matches("[A-Z]{4}");
      assertThat(r[4]).as("existed, %s", r[0]).matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}");
      assertThat(resolver.lexicons().countryName(r[0])).isEqualTo(r[1]);
      assertThat(annotate(r[5])).as("example '%s'", r[5])
          .anyMatch(e -> r[0].equals(e.code()) && e.name().equals(r[1]));
    }
  }

  @Test
  void everyOrganisationExampleIsFound() {
    for (String[] r : EntityLexicons.rows("org-aliases.tsv")) {
      for (String ex : r[4].split("; ")) {
        assertThat(annotate(ex)).as("example '%s'", ex).anyMatch(e -> e.name().equals(r[0]));
      }
    }
  }

  @Test
  void everyRolePhraseOccursInItsExample() {
    PolishSegmenter seg = new PolishSegmenter();
    for (String[] r : EntityLexicons.rows("roles.tsv")) {
      List<org.kronika.api.Token> toks = seg.tokenize(r[2]);
      List<String> lemmas = List.of(r[0].split(" "));
      boolean found = false;
      for (int i = 0; i + lemmas.size() <= toks.size() && !found; i++) {
        boolean ok = true;
        for (int k = 0; k < lemmas.size() && ok; k++) {
          String w = toks.get(i + k).text(r[2]);
          String want = lemmas.get(k);
          ok = w.equalsIgnoreCase(want)
              || morph.readings(w).stream().map(Reading::lemma).anyMatch(l -> l.equalsIgnoreCase(want));
        }
        found = ok;
      }
      assertThat(found).as("role '%s' in '%s'", r[0], r[2]).isTrue();
    }
  }
}
