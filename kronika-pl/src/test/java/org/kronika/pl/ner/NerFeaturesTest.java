package org.kronika.pl.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import morfologik.stemming.IStemmer;
import morfologik.stemming.polish.PolishStemmer;
import org.junit.jupiter.api.Test;
import org.kronika.pl.ner.LabelCodec.TokenSpan;

class NerFeaturesTest {
  static final IStemmer STEMMER = new PolishStemmer();

  @Test
  void shapesAndCapitalisation() {
    assertThat(NerFeatures.shape("Kowalski")).isEqualTo("Xx");
    assertThat(NerFeatures.shape("COVID-19")).isEqualTo("X-d");
    assertThat(NerFeatures.capClass("Kowalski")).isEqualTo("init");
    assertThat(NerFeatures.capClass("PZU")).isEqualTo("allcap");
    assertThat(NerFeatures.capClass("rosyjskich")).isEqualTo("lower");
    assertThat(NerFeatures.capClass("2010")).isEqualTo("digit");
    assertThat(NerFeatures.capClass(",")).isEqualTo("punct");
  }

  @Test
  void parsesMorfologikTags() {
    TreeSet<String> pos = new TreeSet<>();
    TreeSet<String> cases = new TreeSet<>();
    MorphInfo.addTag("subst:sg:gen.dat.loc:f+adj:pl:nom.voc:m1:pos|verb:fin", pos, cases);
    assertThat(pos).containsExactly("adj", "subst", "verb");
    assertThat(cases).containsExactly("dat", "gen", "loc", "nom", "voc");
  }

  @Test
  void morphologyFromTheDictionary() {
    MorphInfo korei = MorphInfo.lookup(STEMMER, "Korei");
    assertThat(korei.known()).isTrue();
    assertThat(korei.properLemma()).isTrue();
    assertThat(korei.lemmas()).contains("Korea");
    MorphInfo dom = MorphInfo.lookup(STEMMER, "Dom");
    assertThat(dom.knownLower() || dom.known()).isTrue();
    assertThat(MorphInfo.lookup(STEMMER, "Xqzwy").known()).isFalse();
    MorphInfo chosen = MorphInfo.ofChosen(korei, "Korea", "subst:sg:gen:f");
    assertThat(chosen.lemmas()).containsExactly("Korea");
    assertThat(chosen.cases()).isEqualTo("gen");
  }

  @Test
  void gazetteerMatchesInflectedForms() {
    Gazetteer g = new Gazetteer(List.of(
        new Gazetteer.Entry("country", List.of(Set.of("korea"), Set.of("północna", "północny"))),
        new Gazetteer.Entry("country", List.of(Set.of("polska", "polski"))),
        new Gazetteer.Entry("person", List.of(Set.of("barack"), Set.of("obama")))));
    List<String> words = List.of("Korei", "Północnej", "i", "Polski", "oraz", "Baracka", "Obamy");
    List<Set<String>> keys = new ArrayList<>();
    for (String w : words) {
      keys.add(Gazetteer.keys(w, MorphInfo.lookup(STEMMER, w).lemmas()));
    }
    List<List<String>> m = g.match(words, keys);
    assertThat(m.get(0)).containsExactly("B|country");
    assertThat(m.get(1)).containsExactly("I|country");
    assertThat(m.get(2)).isEmpty();
    assertThat(m.get(3)).containsExactly("B|country");
    assertThat(m.get(5)).containsExactly("B|person");
    assertThat(m.get(6)).containsExactly("I|person");
  }

  @Test
  void extractsStaticAndLabelFeatures() {
    NerFeatures f = new NerFeatures(Gazetteer.empty());
    String[][] x = f.extract(List.of("Prezydent", "Andrzej", "Duda", "."), null, null, STEMMER);
    assertThat(x).hasNumberOfRows(4);
    assertThat(x[1][0]).isEqualTo("w=andrzej");
    assertThat(x[1][1]).isEqualTo("c=init");
    assertThat(x[1]).contains("w-1=prezydent", "w1=duda", "first".equals(x[0][4]) ? "bias" : "bias");
    assertThat(x[0]).contains("first");
    String[] c = NerFeatures.withLabels(x[2], "O", "B-persName");
    assertThat(c).contains("p1=B-persName", "p2p1=O|B-persName", "p1w=B-persName|w=duda");
  }

  @Test
  void codecsRoundTrip() {
    List<TokenSpan> spans = List.of(new TokenSpan(0, 2, "persName"), new TokenSpan(3, 4, "orgName"),
        new TokenSpan(4, 7, "placeName.country"));
    for (LabelCodec c : LabelCodec.values()) {
      String[] labels = c.encode(8, spans);
      assertThat(c.decode(labels)).containsExactlyElementsOf(spans);
    }
    assertThat(LabelCodec.BILOU.encode(2, List.of(new TokenSpan(1, 2, "orgName"))))
        .containsExactly("O", "U-orgName");
    assertThat(LabelCodec.BIO.allowed("O", "I-orgName")).isFalse();
    assertThat(LabelCodec.BIO.allowed("B-orgName", "I-orgName")).isTrue();
    assertThat(LabelCodec.BIO.allowed("B-orgName", "I-persName")).isFalse();
    assertThat(LabelCodec.BILOU.allowed("B-orgName", "O")).isFalse();
    assertThat(LabelCodec.BILOU.allowed("L-orgName", "U-persName")).isTrue();
    assertThat(LabelCodec.BILOU.canEnd("I-orgName")).isFalse();
  }
}
