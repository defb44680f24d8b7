package org.kronika.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * no write may fail (without the store's advisory lock, two inserts of one id collide).
 */
class ParallelStoreWritersIT {
  private StoreLocation location;

  @AfterEach
  void drop() {
    if (location != null) {
      TestStores.drop(location);
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
    } finally {
      pool.shutdownNow();
      kbs.forEach(KnowledgeBase::close);
    }
  }
}
