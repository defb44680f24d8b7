package org.kronika.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.store.Filters.DocumentFilter;
import org.kronika.store.Filters.EventFilter;
import org.kronika.store.Views.ClusterDetail;
import org.kronika.store.Views.ClusterSummary;
import org.kronika.store.Views.DocumentSummary;

/** The store's own rules, run against each store by a subclass. */
abstract class KnowledgeBaseSuite {
  protected final SampleCorpus corpus = new SampleCorpus();
  protected StoreLocation location;
  protected KnowledgeBase kb;

  protected abstract StoreLocation newLocation() throws Exception;

  @BeforeEach
  void open() throws Exception {
    location = newLocation();
    kb = KnowledgeBase.open(location);
    for (AnnotatedDocument d : corpus.all()) {
      assertThat(kb.store(d)).isEqualTo(KnowledgeBase.Outcome.STORED);
    }
  }

  @AfterEach
  void close() {
    kb.close();
    TestStores.drop(location);
  }

  @Test
  void reStoringTheSameDocumentsChangesNothing() {
    var before = kb.stats();
    for (AnnotatedDocument d : corpus.all()) {
      assertThat(kb.store(d)).isEqualTo(KnowledgeBase.Outcome.UNCHANGED);
      assertThat(kb.contains(d.document())).isTrue();
    }
    assertThat(kb.stats()).isEqualTo(before);
    assertThat(before.documents()).isEqualTo(10);
  }

  @Test
  void aDocumentWithNewTextUnderTheSameIdIsReplaced() {
    AnnotatedDocument d = corpus.all().get(9);
    Document changed = new Document(d.document().id(), "pl", d.document().date(), d.document().title(),
        d.document().url(), d.document().source(), d.document().origin(), d.text() + " Dopisek.");
    var before = kb.stats();
    AnnotatedDocument nd = new AnnotatedDocument(changed, d.layers(), d.sentences(), d.tokens(), d.entities(),
        d.times(), d.quantities(), d.events());
    assertThat(kb.store(nd)).isEqualTo(KnowledgeBase.Outcome.UPDATED);
    assertThat(kb.stats()).isEqualTo(before);
    assertThat(kb.contains(changed)).isTrue();
    assertThat(kb.contains(d.document())).isFalse();
  }

  @Test
  void refreshingStatisticsChangesNoAnswer() {
    var before = kb.stats();
    long events = kb.events(EventFilter.ALL, 0, 1).total();
    kb.analyze();
    assertThat(kb.stats()).isEqualTo(before);
    assertThat(kb.events(EventFilter.ALL, 0, 1).total()).isEqualTo(events);
  }

  @Test
  void aCommitMadeDurableAtTheNextSyncIsVisibleAtOnce() {
    AnnotatedDocument v = SampleCorpus.variant(corpus.all().get(0), 1, 2);
    assertThat(kb.store(v, KnowledgeBase.Durability.SYNC)).isEqualTo(KnowledgeBase.Outcome.STORED);
    assertThat(kb.contains(v.document())).isTrue();
    kb.sync();
    assertThat(kb.store(v, KnowledgeBase.Durability.SYNC)).isEqualTo(KnowledgeBase.Outcome.UNCHANGED);
    assertThat(kb.stats().documents()).isEqualTo(11);
  }

  @Test
  void searchFindsEveryInflectionThroughLemmas() {
    var lem = corpus.lemmatizer();
    List<String> byKorea = ids(kb.search(SearchQuery.parse("Koreą", lem), DocumentFilter.ALL, 0, 50).items());
    assertThat(byKorea).contains("08-tvn24-seul-sankcje", "01-reuters-korea-kontenery", "05-defence24-rusi");
    assertThat(corpus.document("08-tvn24-seul-sankcje.txt").text()).doesNotContain("Koreą").doesNotContain("Korea ");
    assertThat(ids(kb.search(SearchQuery.parse("Korei", lem), DocumentFilter.ALL, 0, 50).items()))
        .containsExactlyInAnyOrderElementsOf(byKorea);
    List<String> south = ids(kb.search(SearchQuery.parse("\"Korea Południowa\"", lem), DocumentFilter.ALL, 0, 50).items());
    assertThat(south).contains("08-tvn24-seul-sankcje", "07-pap-satelita", "10-pap-sankcje-luty")
        .doesNotContain("01-reuters-korea-kontenery", "05-defence24-rusi");
  }

  private static List<String> ids(List<Views.SearchHit> hits) {
    return hits.stream().map(Views.SearchHit::id).toList();
  }

  @Test
  void republicationsAreOneNearDuplicateGroup() {
    Map<String, String> groups = kb.documents(DocumentFilter.ALL, 0, 100).items().stream()
        .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::dupGroup));
    assertThat(groups.get("03-onet-reuters-pjongjang")).isEqualTo("02-kresy-reuters-pjongjang");
    assertThat(groups.get("02-kresy-reuters-pjongjang")).isEqualTo("02-kresy-reuters-pjongjang");
    assertThat(groups.get("01-reuters-korea-kontenery")).isEqualTo("01-reuters-korea-kontenery");
    assertThat(kb.stats().dupGroups()).isEqualTo(9);
  }

  @Test
  void reportsClusterIntoOneEventWithItsIndependentOrigins() {
    var aid = kb.clusters(new EventFilter(List.of("AID"), List.of("PRK"), List.of("RUS"), null, null, null, null, null, null),
        0, "reports", 0, 10).items();
    assertThat(aid).hasSize(1);
    ClusterSummary c = aid.get(0);
    assertThat(c.reports()).isEqualTo(5);
    // Reuters itself, Kresy.pl crediting Reuters and Onet's copy of it are one origin; the White House and RUSI are two more
    assertThat(c.origins()).isEqualTo(3);
    ClusterDetail detail = kb.cluster(c.id(), 0, 50).orElseThrow();
    assertThat(detail.origins()).extracting(Views.OriginView::name).containsExactly("Reuters", "Biały Dom", "RUSI");
    assertThat(detail.origins().get(0).documents())
        .containsExactly("01-reuters-korea-kontenery", "02-kresy-reuters-pjongjang", "03-onet-reuters-pjongjang");
  }

  @Test
  void sanctionsMonthsApartAreTwoEventsAndReportsDaysApartAreOne() {
    var sanctions = kb.clusters(new EventFilter(List.of("SANCTION"), null, null, null, null, null, null, null, null),
        0, "recent", 0, 10).items();
    assertThat(sanctions).extracting(ClusterSummary::reports).containsExactly(1, 2);
    assertThat(sanctions.get(1).origins()).isEqualTo(2);
  }

  @Test
  void entitiesAreConsolidatedByCodeAndByName() {
    var prk = kb.entities("Korea Północna", null, 0, 10).items();
    assertThat(prk).hasSize(1);
    assertThat(prk.get(0).code()).isEqualTo("PRK");
    assertThat(prk.get(0).documents()).isEqualTo(9);
    var detail = kb.entity(prk.get(0).id(), 0, 100).orElseThrow();
    assertThat(detail.mentions().items()).extracting(Views.MentionView::text).contains("Korei Północnej", "Korea Północna");
    assertThat(kb.entities("Biały Dom", null, 0, 10).items()).hasSize(1);
  }

  @Test
  void eventsFilterByActorCodeOrEntityIdAndByDate() {
    var byCode = kb.events(new EventFilter(null, List.of("KOR"), null, null, null, null, null, null, null), 0, 50);
    assertThat(byCode.total()).isEqualTo(3);
    String korId = byCode.items().get(0).actors().get(0).id();
    var byId = kb.events(new EventFilter(null, List.of(korId), null, null, null, null, null, null, null), 0, 50);
    assertThat(byId.total()).isEqualTo(3);
    var dec = kb.events(new EventFilter(null, List.of("KOR"), null, java.time.LocalDate.parse("2023-12-01"),
        java.time.LocalDate.parse("2023-12-31"), null, null, null, null), 0, 50);
    assertThat(dec.total()).isEqualTo(2);
    assertThat(kb.events(new EventFilter(null, List.of("XXX"), null, null, null, null, null, null, null), 0, 50).total()).isZero();
  }
}
