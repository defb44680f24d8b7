package org.kronika.pl.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.junit.jupiter.api.Test;

class MorphologyTest {
  static final Morphology MORPH = new Morphology();

  /** Morphology.known reads "has a reading" off the automaton; that needs every tag to expand. */
  @Test
  void everyDictionaryTagExpandsToAnAtomicTag() throws Exception {
    Dictionary d = Dictionary.read(PolishStemmer.class.getResource("/morfologik/stemming/polish/polish.dict"));
    Set<String> tags = new HashSet<>();
    DictionaryIterator it = new DictionaryIterator(d, d.metadata.getDecoder(), true);
    while (it.hasNext()) {
      WordData wd = it.next();
      tags.add(wd.getTag().toString());
    }
    assertThat(tags).isNotEmpty().allSatisfy(t -> assertThat(Tags.expand(t)).isNotEmpty());
  }

  @Test
  void knownAgreesWithTheReadings() {
    Morphology.Session s = MORPH.session();
    for (String w : List.of("kraju", "Kraju", "Nadmorskiego", "Tichoriecku", "Reutersa", "Płn.", "zach.", "", ";",
        "a;b", "USA", "Rosji", "xyzzyq", "\uD800x", "\uD83D\uDE00", "2023", "—")) {
      assertThat(s.known(w)).as(w).isEqualTo(!MORPH.readings(w).isEmpty());
    }
  }

  @Test
  void tagsReadPositionsLikeSplit() {
    for (String t : List.of("subst:sg:gen:f", "adj:pl:inst:m1:pos", "praet:sg:n:perf", "subst:sg:nom:n2", "interp",
        "", ":", "a::nom", "subst:sg:gen:", "prep:loc", "siebie:dat")) {
      String[] p = t.split(":");
      String c = null;
      String n = null;
      String g = null;
      for (String x : p) {
        c = c == null && Tags.CASES.contains(x) ? x : c;
        n = n == null && (x.equals("sg") || x.equals("pl")) ? x : n;
        g = g == null && x.matches("m[123]|f|n[12]?|p[123]") ? x : g;
      }
      assertThat(Tags.caseOf(t)).as(t).isEqualTo(c);
      assertThat(Tags.numberOf(t)).as(t).isEqualTo(n);
      assertThat(Tags.genderOf(t)).as(t).isEqualTo(g);
      String[] q = t.split(":");
      for (int i = 0; i < q.length; i++) {
        q[i] = Tags.CASES.contains(q[i]) ? "nom" : q[i];
      }
      assertThat(Tags.withCase(t, "nom")).as(t).isEqualTo(String.join(":", q));
    }
    assertThat(Tags.expand("subst:sg:gen:f")).containsExactly("subst:sg:gen:f");
    assertThat(Tags.expand("subst:sg:gen:")).containsExactly("subst:sg:gen");
  }
}
