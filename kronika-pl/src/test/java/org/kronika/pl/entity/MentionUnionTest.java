package org.kronika.pl.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the statistical model's spans and the lexicon's spans are combined. */
class MentionUnionTest {
  @Test
  void aLexiconSpanReplacesTheModelSpansItCovers() {
    // model: "Korei" typed orgName; lexicon: "Korei Północnej" a country
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(10, 15, "orgName")), List.of(MentionSpan.of(10, 25, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(10, 25, "placeName.country"));
  }

  @Test
  void aWiderModelSpanWinsOverOneLexiconNameInside() {
    // model: "Ministerstwo Obrony Rosji"; lexicon: "Rosji"
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(0, 25, "orgName")), List.of(MentionSpan.of(20, 25, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(0, 25, "orgName"));
  }

  @Test
  void aModelSpanGluingTwoLexiconNamesIsSplitAtTheLexiconsBoundaries() {
    // model: "Reuters Rosja"; lexicon: "Reuters", "Rosja"
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(0, 13, "orgName")),
        List.of(MentionSpan.of(0, 7, "orgName"), MentionSpan.of(8, 13, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(0, 7, "orgName"), MentionSpan.of(8, 13, "placeName.country"));
  }

  @Test
  void modelSpansTheLexiconDoesNotKnowStay() {
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(0, 5, "persName")), List.of(MentionSpan.of(10, 15, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(0, 5, "persName"), MentionSpan.of(10, 15, "placeName.country"));
  }

  @Test
  void aPersonTheModelFoundIsNotRetypedByACountryOfTheSameName() {
    // "Kuba Wojewódzki", "Jordan" as a first name
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(0, 4, "persName")), List.of(MentionSpan.of(0, 4, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(0, 4, "persName"));
  }

  @Test
  void aPersonFoundAfterARoleDoesNotRetypeWhatTheModelTypedOtherwise() {
    // "rzecznik KRRiT", "prezydenta Opola": the role rule proposes a person, the model read an
    // organisation or a place
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(9, 14, "orgName")), List.of(MentionSpan.of(9, 14, "persName")));
    assertThat(u).containsExactly(MentionSpan.of(9, 14, "orgName"));
  }

  @Test
  void aModelPersonThatIsALexiconNameOfSeveralOrUnknownWordsTakesTheLexiconsType() {
    EntityResolver resolver = EntityResolver.load();
    String text = "WaPo pisał, że Jordan odwiedził Jordanię i Kraj Nadmorski.";
    DocView dv = resolver.view(EntityResolverTest.doc(text, null));
    List<MentionSpan> lexicon = new GazetteerMentionFinder(resolver.lexicons()).find(dv);
    int jordan = text.indexOf("Jordan ");
    int kraj = text.indexOf("Kraj ");
    List<MentionSpan> model = List.of(MentionSpan.of(0, 4, "persName"),
        MentionSpan.of(jordan, jordan + 6, "persName"), MentionSpan.of(kraj, kraj + 14, "persName"));
    // "WaPo" (no dictionary word, an alias of Washington Post) becomes the organisation; "Jordan"
    // (one word the dictionary knows) stays the person the model found; "Kraj Nadmorski" (two
    // words, a region of the lexicons) is the region
    assertThat(new GazetteerMentionFinder(resolver.lexicons()).retypeLexiconNames(model, lexicon, dv))
        .containsExactly(MentionSpan.of(0, 4, "orgName"), MentionSpan.of(jordan, jordan + 6, "persName"),
            MentionSpan.of(kraj, kraj + 14, "placeName.region"));
  }

  @Test
  void aOneWordNameIsNotFoundThroughAnotherWordsLemma() {
    // "Mali" is also a form of "mały" and of the surname "Mały": "Małą Fatrę" and a sentence-initial
    // "Mały" mention no Mali, while inflected one-word countries ("Polski", "Emiratów": lemma
    // "emirat") still read as their countries
    EntityResolver resolver = EntityResolver.load();
    String text = "Mały chłopiec pojechał na Małą Fatrę, a potem do Polski, Mali i Emiratów.";
    DocView dv = resolver.view(EntityResolverTest.doc(text, null));
    List<String> found = new GazetteerMentionFinder(resolver.lexicons()).find(dv).stream()
        .map(m -> text.substring(m.start(), m.end()) + "|" + m.type()).toList();
    assertThat(found).containsExactly("Polski|placeName.country", "Mali|placeName.country",
        "Emiratów|placeName.country");
  }

  @Test
  void aGeographicalNameIsNotTakenForTheCountryOfTheSameName() {
    // "wybrzeży Australii": the model read a continent (geogName), the lexicon knows a country
    List<MentionSpan> u = GazetteerMentionFinder.union(
        List.of(MentionSpan.of(9, 18, "geogName")), List.of(MentionSpan.of(9, 18, "placeName.country")));
    assertThat(u).containsExactly(MentionSpan.of(9, 18, "geogName"));
    EntityResolver resolver = EntityResolver.load();
    String text = "Łódź zatonęła u wybrzeży Australii.";
    int at = text.indexOf("Australii");
    List<org.kronika.api.Entity> es = resolver.resolve(EntityResolverTest.doc(text, null),
        List.of(MentionSpan.of(at, at + 9, "geogName")));
    assertThat(es).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("geogName");
      assertThat(e.code()).isNull();
    });
    // the same word typed as a place is still the country
    es = resolver.resolve(EntityResolverTest.doc(text, null),
        List.of(MentionSpan.of(at, at + 9, "placeName")));
    assertThat(es).singleElement().extracting(org.kronika.api.Entity::code).isEqualTo("AUS");
  }

  @Test
  void quotationMarksAroundANameBelongToItsSpan() {
    // NKJP annotates „Gazeta Wyborcza” with its quotation marks; a span the model opened or closed
    // on one mark takes its partner or loses the mark
    String text = "Pisała „Gazeta Wyborcza”, a \"Super Express\" przedrukował.";
    int g = text.indexOf('„');
    int gEnd = text.indexOf('”') + 1;
    assertThat(QuotationMarks.balance(text, g, gEnd)).containsExactly(g, gEnd);
    assertThat(QuotationMarks.balance(text, g, gEnd - 1)).containsExactly(g, gEnd);
    assertThat(QuotationMarks.balance(text, g + 1, gEnd)).containsExactly(g, gEnd);
    int s = text.indexOf("\"Super");
    assertThat(QuotationMarks.balance(text, s, s + 14)).containsExactly(s, s + 15);
    // an unpaired mark goes: "przedrukował" is followed by no closing quotation mark
    int p = text.indexOf("przedrukował");
    assertThat(QuotationMarks.balance(text, p - 2, p + 12)).containsExactly(p, p + 12);
    // a mark that closes one opened inside the span stays
    String f = "Fundacja „Wola” organizuje ligę.";
    assertThat(QuotationMarks.balance(f, 0, f.indexOf('”') + 1))
        .containsExactly(0, f.indexOf('”') + 1);
    // an apostrophe between letters is no quotation mark: the lone opening mark goes
    String h = "Czytał „Harry’ego Pottera w pociągu.";
    int hq = h.indexOf('„');
    int hEnd = h.indexOf(" w pociągu");
    assertThat(QuotationMarks.balance(h, hq, hEnd)).containsExactly(hq + 1, hEnd);
    // the entity's name has no quotation marks
    EntityResolver resolver = EntityResolver.load();
    List<org.kronika.api.Entity> es = resolver.resolve(EntityResolverTest.doc(text, null),
        List.of(MentionSpan.of(g, gEnd, "orgName")));
    assertThat(es).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Gazeta Wyborcza");
      assertThat(e.mentions().get(0).text()).isEqualTo("„Gazeta Wyborcza”");
    });
  }

  @Test
  void aModelPersonThatIsACapitalOfUnknownWordsIsTheSettlementWhereverItStands() {
    EntityResolver resolver = EntityResolver.load();
    String text = "Minister obrony odwiedził Pjongjang w czwartek.";
    DocView dv = resolver.view(EntityResolverTest.doc(text, null));
    GazetteerMentionFinder finder = new GazetteerMentionFinder(resolver.lexicons());
    int at = text.indexOf("Pjongjang");
    assertThat(finder.retypeLexiconNames(List.of(MentionSpan.of(at, at + 9, "persName")),
        finder.find(dv), dv)).containsExactly(MentionSpan.of(at, at + 9, "placeName.settlement"));
  }

  @Test
  void aQuotedModelPersonIsRetypedByTheLexiconNameInsideTheQuotes() {
    EntityResolver resolver = EntityResolver.load();
    String text = "Jak pisał „WaPo”, sankcje działają.";
    DocView dv = resolver.view(EntityResolverTest.doc(text, null));
    List<MentionSpan> lexicon = new GazetteerMentionFinder(resolver.lexicons()).find(dv);
    int q = text.indexOf('„');
    assertThat(new GazetteerMentionFinder(resolver.lexicons()).retypeLexiconNames(
        List.of(MentionSpan.of(q, q + 6, "persName")), lexicon, dv))
        .containsExactly(MentionSpan.of(q, q + 6, "orgName"));
  }
}
