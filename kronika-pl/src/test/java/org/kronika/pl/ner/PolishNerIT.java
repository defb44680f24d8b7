package org.kronika.pl.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Entity;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/** Needs the bundled model. */
class PolishNerIT {
  static final PolishNer NER = PolishNer.load();

  static AnnotatedDocument segmented(String text) {
    List<Token> toks = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{N}]+|\\S").matcher(text);
    while (m.find()) {
      toks.add(Token.of(m.start(), m.end()));
    }
    AnnotatedDocument d = AnnotatedDocument.of(new Document(null, "pl", null, null, null, null, null,
        text));
    return d.withSegmentation(List.of(new Sentence(0, text.length(), 0, toks.size())), toks);
  }

  @Test
  void findsNamesWithCharacterOffsets() {
    String text = "Prezydent Andrzej Duda spotkał się w Warszawie z przedstawicielami NATO"
        + " i rosyjskich władz.";
    AnnotatedDocument out = NER.annotate(segmented(text));
    List<Entity> es = out.entities();
    assertThat(es).extracting(Entity::name).contains("Andrzej Duda", "Warszawie", "rosyjskich");
    for (Entity e : es) {
      assertThat(e.mentions()).hasSize(1);
      assertThat(text.substring(e.mentions().get(0).start(), e.mentions().get(0).end()))
          .isEqualTo(e.mentions().get(0).text());
    }
    assertThat(es).filteredOn(e -> e.name().equals("rosyjskich")).first()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo("placeName.country");
          assertThat(e.mentions().get(0).form()).isEqualTo("adj");
        });
    assertThat(es.get(0).id()).isEqualTo("E1");
  }

  @Test
  void splitsAbbreviationPeriodsAsNkjpDoes() {
    assertThat(PolishNer.abbreviationPeriod("ul.")).isEqualTo(2);
    assertThat(PolishNer.abbreviationPeriod("A.")).isEqualTo(1);
    assertThat(PolishNer.abbreviationPeriod("ul")).isZero();
    assertThat(PolishNer.abbreviationPeriod("...")).isZero();
    assertThat(PolishNer.abbreviationPeriod(".")).isZero();
    // the project's segmenter keeps "ul." and "św." whole; the model was trained on NKJP's "ul" "."
    String text = "Mieszka przy ul. Chopina, obok kościoła św. Jakuba.";
    List<Token> toks = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("(ul|św)\\.|[\\p{L}\\p{N}]+|\\S").matcher(text);
    while (m.find()) {
      toks.add(Token.of(m.start(), m.end()));
    }
    AnnotatedDocument d = AnnotatedDocument.of(new Document(null, "pl", null, null, null, null, null,
        text)).withSegmentation(List.of(new Sentence(0, text.length(), 0, toks.size())), toks);
    assertThat(toks).extracting(t -> t.text(text)).contains("ul.", "św.");
    // (the old code found "ul. Chopina" here too, but read "św. Jakuba" as the person "Jakuba")
    List<Entity> es = NER.annotate(d).entities();
    assertThat(es).extracting(e -> e.mentions().get(0).text() + "|" + e.type())
        .contains("ul. Chopina|geogName")
        .isEqualTo(NER.annotate(segmented(text)).entities().stream()
            .map(e -> e.mentions().get(0).text() + "|" + e.type()).toList());
  }

  @Test
  void splitsCompoundAdjectivesAsNkjpDoes() {
    assertThat(PolishNer.compoundAdjectiveHyphen("polsko-niemiecka")).isEqualTo(6);
    assertThat(PolishNer.compoundAdjectiveHyphen("Rosyjsko-chińskie")).isEqualTo(8);
    assertThat(PolishNer.compoundAdjectiveHyphen("Bielsko-Biała")).isZero();
    assertThat(PolishNer.compoundAdjectiveHyphen("e-mail")).isZero();
    assertThat(PolishNer.compoundAdjectiveHyphen("PiS-u")).isZero();
    assertThat(PolishNer.compoundAdjectiveHyphen("polsko-niemiecko-czeski")).isZero();
    // the segmenter keeps "polsko-niemiecka" one token; NKJP names "polsko" and "niemiecka"
    org.kronika.core.Pipeline front = org.kronika.core.Pipeline.load("pl",
        List.of("segment", "morph"), Config.empty());
    String text = "Rozmowy polsko-niemieckie trwały długo.";
    AnnotatedDocument d = front.annotate(new Document(null, "pl", null, null, null, null, null, text));
    assertThat(d.tokens()).extracting(t -> t.text(text)).contains("polsko-niemieckie");
    assertThat(NER.annotate(d).entities()).extracting(e -> e.mentions().get(0).text() + "|" + e.type())
        .containsExactly("polsko|placeName.country", "niemieckie|placeName.country");
  }

  @Test
  void mentionsKeepToTheSegmentersTokens() {
    // "S.A." is one token of the segmenter; the model may end a name on its "S.A" half, and then
    // the mention takes the period
    org.kronika.core.Pipeline front = org.kronika.core.Pipeline.load("pl",
        List.of("segment", "morph"), Config.empty());
    for (String text : List.of("Wyniki ogłosił Bank Pekao S.A.",
        "Zarząd Orlen S.A. milczy, a św. Mikołaj przyniósł prezenty przy ul. Chopina.")) {
      AnnotatedDocument d = NER.annotate(front.annotate(new Document(null, "pl", null, null, null,
          null, null, text)));
      java.util.Set<Integer> starts = new java.util.HashSet<>();
      java.util.Set<Integer> ends = new java.util.HashSet<>();
      for (Token t : d.tokens()) {
        starts.add(t.start());
        ends.add(t.end());
      }
      assertThat(d.entities()).isNotEmpty();
      for (Entity e : d.entities()) {
        assertThat(starts).as("start of %s", e.name()).contains(e.mentions().get(0).start());
        assertThat(ends).as("end of %s", e.name()).contains(e.mentions().get(0).end());
      }
    }
  }

  @Test
  void readsTheMorphologyItWasTrainedOn() {
    // the bundled model was trained on dictionary reading sets: the tagger's choices (here
    // deliberately wrong) must not change what it finds
    assertThat(NER.taggerMorphology()).isFalse();
    String text = "Prezydent Andrzej Duda spotkał się w Warszawie z przedstawicielami NATO.";
    AnnotatedDocument plain = segmented(text);
    List<Token> tagged = new java.util.ArrayList<>();
    for (Token t : plain.tokens()) {
      tagged.add(t.withAnalysis("xyz", "conj", "CCONJ", List.of()));
    }
    AnnotatedDocument withMorph = plain.withMorphology(tagged);
    assertThat(NER.annotate(withMorph).entities()).isEqualTo(NER.annotate(plain).entities());
  }

  @Test
  void isThreadSafe() throws Exception {
    String text = "Minister Radosław Sikorski rozmawiał w Brukseli z szefem Komisji Europejskiej.";
    List<Entity> expected = NER.annotate(segmented(text)).entities();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Entity>>> fs = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        fs.add(pool.submit(() -> NER.annotate(segmented(text)).entities()));
      }
      for (Future<List<Entity>> f : fs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void registeredAsAService() {
    AnnotatorProvider p = ServiceLoader.load(AnnotatorProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(x -> x.name().equals("ner-model")).findFirst()
        .orElseThrow();
    assertThat(p.language()).isEqualTo("pl");
    assertThat(p.create(Config.empty()).name()).isEqualTo("ner-model");
  }
}
