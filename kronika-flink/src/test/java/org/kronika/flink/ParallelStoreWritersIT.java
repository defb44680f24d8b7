package org.kronika.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.SampleCorpus;
import org.kronika.store.StoreLocation;
import org.kronika.store.TestStores;
import org.kronika.store.Views;

/**
 * What parallel Flink tasks do to one PostgreSQL knowledge base: several independent
 * {@link KnowledgeBase} instances (own connection pools, as in separate task managers) store the
 * same documents at the same time, in different orders. Every document must end up stored once and
 * no write may fail (without the store's keyed locks, two inserts of one id collide); the wire
 * copies must form as many near-duplicate groups as when one writer stores them (two near-copies
 * written side by side must not each start a group), and no cluster update may be lost (every
 * cluster counts exactly the reports that point to it).
 */
class ParallelStoreWritersIT {
  private StoreLocation location;
  private StoreLocation serialLocation;

  @AfterEach
  void drop() {
    if (location != null) {
      TestStores.drop(location);
    }
    if (serialLocation != null) {
      TestStores.drop(serialLocation);
    }
  }

  private static long count(StoreLocation at, String sql) throws Exception {
    Properties p = new Properties();
    p.putAll(at.properties());
    try (Connection c = DriverManager.getConnection(at.jdbcUrl(), p);
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void concurrentWritersStoreEachDocumentOnceWithoutErrors() throws Exception {
    assumeTrue(TestStores.postgresAvailable(), TestStores.PG_ENV + " not set");
    location = TestStores.freshPostgres();
    KnowledgeBase.open(location).close(); // migrate once, as the job's client does
    List<AnnotatedDocument> base = new SampleCorpus().all();
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      for (AnnotatedDocument d : base) {
        docs.add(SampleCorpus.variant(d, n, n * 3));
      }
    }
    serialLocation = TestStores.freshPostgres();
    Views.Stats serial;
    try (KnowledgeBase one = KnowledgeBase.open(serialLocation)) {
      for (AnnotatedDocument d : docs) {
        one.store(d);
      }
      serial = one.stats();
    }
    int writers = 4;
    List<KnowledgeBase> kbs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        KnowledgeBase kb = KnowledgeBase.open(location);
        kbs.add(kb);
        List<AnnotatedDocument> mine = new ArrayList<>(docs);
        Collections.shuffle(mine, new Random(w));
        done.add(pool.submit((Callable<Integer>) () -> {
          int stored = 0;
          for (AnnotatedDocument d : mine) {
            if (kb.store(d) == KnowledgeBase.Outcome.STORED) {
              stored++;
            }
          }
          return stored;
        }));
      }
      int stored = 0;
      for (Future<Integer> f : done) {
        stored += f.get();
      }
      assertThat(stored).as("each document stored by exactly one writer").isEqualTo(docs.size());
      Views.Stats stats = kbs.get(0).stats();
      assertThat(stats.documents()).isEqualTo(docs.size());
      assertThat(stats.dupGroups()).as("near-duplicate groups, as one writer makes them").isEqualTo(serial.dupGroups());
      assertThat(stats.entities()).isEqualTo(serial.entities());
      assertThat(stats.events()).isEqualTo(serial.events());
      assertThat(count(location, "SELECT count(*) FROM clusters c WHERE c.reports <>"
          + " (SELECT count(*) FROM events e WHERE e.cluster_id = c.id)")).as("clusters with lost reports").isZero();
      // a cluster's interval and report dates are those of its reports (an update made from a stale
      // read of the cluster, beside another writer, would leave them wider than that)
      assertThat(count(location, "SELECT count(*) FROM clusters c WHERE"
          + " c.time_start IS DISTINCT FROM (SELECT max(e.time_start) FROM events e WHERE e.cluster_id = c.id)"
          + " OR c.time_end IS DISTINCT FROM (SELECT min(e.time_end) FROM events e WHERE e.cluster_id = c.id)"
          + " OR c.first_day IS DISTINCT FROM (SELECT min(d.day) FROM events e JOIN documents d ON d.seq = e.doc_seq WHERE e.cluster_id = c.id)"
          + " OR c.last_day IS DISTINCT FROM (SELECT max(d.day) FROM events e JOIN documents d ON d.seq = e.doc_seq WHERE e.cluster_id = c.id)"))
          .as("clusters whose interval or dates are not their reports'").isZero();
      assertThat(count(location, "SELECT count(*) FROM events e WHERE NOT EXISTS"
          + " (SELECT 1 FROM clusters c WHERE c.id = e.cluster_id)")).as("events without a cluster").isZero();
      assertThat(count(location, "SELECT count(DISTINCT origin_key) FROM documents"))
          .as("document origins (one per wire story)").isEqualTo(count(serialLocation, "SELECT count(DISTINCT origin_key) FROM documents"));
    } finally {
      pool.shutdownNow();
      kbs.forEach(KnowledgeBase::close);
    }
  }
}
