package org.kronika.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.store.Filters.DocumentFilter;
import org.kronika.store.Filters.EventFilter;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.SampleCorpus;
import org.kronika.store.SearchQuery;
import org.kronika.store.StoreLocation;
import org.kronika.store.TestStores;

/**
 * Knowledge-base benchmark: stores N synthetic copies of the sample articles (new ids, dates spread
 * over a year, a small text change; event times follow the date), then times typical event
 * queries. Not part of the default build (the class name does not end in Test); run it with
 *
 * <pre>./mvnw -B -ntp -q -pl kronika-store -am test -Dtest=StoreBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>{@code -Dkronika.bench.docs=N} changes the corpus size (default 10000);
 * {@code -Dkronika.bench.store=postgresql} runs it on {@code KRONIKA_TEST_PG_URL} instead of SQLite.
 */
public class StoreBench {

  public static void main(String[] args) throws Exception {
    new StoreBench().bench();
  }

  @Test
  void bench() throws Exception {
    int n = Integer.getInteger("kronika.bench.docs", 10_000);
    boolean pg = "postgresql".equals(System.getProperty("kronika.bench.store"));
    Path dir = Files.createTempDirectory("kronika-bench");
    StoreLocation where = pg ? TestStores.freshPostgres() : TestStores.sqlite(dir);
    SampleCorpus corpus = new SampleCorpus();
    List<AnnotatedDocument> samples = corpus.all();
    StringBuilder report = new StringBuilder();
    try (KnowledgeBase kb = KnowledgeBase.open(where)) {
      // warm-up on the samples themselves, not counted
      for (AnnotatedDocument d : samples) {
        kb.store(d);
      }
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        AnnotatedDocument base = samples.get(i % samples.size());
        int shift = (i / samples.size()) % 365 - 120;
        kb.store(SampleCorpus.variant(base, i, shift));
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      // as the ingester does after a bulk load: queries are planned on this store's statistics
      long a0 = System.nanoTime();
      kb.analyze();
      double analyze = (System.nanoTime() - a0) / 1e9;
      var stats = kb.stats();
      report.append(String.format(Locale.ROOT, "store: %s%ningest: %d documents in %.1f s = %.0f documents/s"
          + " (then ANALYZE, %.1f s)%n", pg ? "postgresql" : "sqlite", n, secs, n / secs, analyze));
      report.append("store holds: ").append(stats).append('\n');

      Random rnd = new Random(42);
      String[] types = {"AID", "SANCTION", "ACCUSE", "REJECT", "CONSULT", "OTHER"};
      String[] actors = {"PRK", "KOR", "RUS", "USA"};
      List<Supplier<Object>> queries = new ArrayList<>();
      queries.add(() -> kb.events(new EventFilter(List.of(types[rnd.nextInt(types.length)]), null, null, null, null, null, null, null, null), 0, 20));
      queries.add(() -> kb.events(new EventFilter(null, List.of(actors[rnd.nextInt(actors.length)]), null, null, null, null, null, null, null), rnd.nextInt(200), 20));
      queries.add(() -> {
        LocalDate from = LocalDate.of(2023, 6, 1).plusDays(rnd.nextInt(300));
        return kb.events(new EventFilter(null, List.of("PRK"), List.of("RUS"), from, from.plusDays(30), null, null, null, null), 0, 50);
      });
      queries.add(() -> kb.events(new EventFilter(List.of("AID"), null, null, null, null, "probable", "RUSI", null, null), 0, 20));
      queries.add(() -> kb.clusters(new EventFilter(List.of(types[rnd.nextInt(types.length)]), null, null, null, null, null, null, null, null), 0, "reports", 0, 20));
      queries.add(() -> kb.timeline(new EventFilter(List.of(types[rnd.nextInt(types.length)]), null, null, null, null, null, null, null, null), "month"));
      queries.add(() -> kb.graph(EventFilter.ALL, 1, 200));
      queries.add(() -> kb.search(SearchQuery.parse("\"Korea Północna\" sankcje", corpus.lemmatizer()), DocumentFilter.ALL, 0, 20));
      String[] names = {"events by type", "events by actor, paged", "events actor+recipient+30 days", "events factuality+source",
          "clusters by type", "timeline by month", "graph", "search phrase+word"};
      for (int w = 0; w < 3; w++) {
        for (Supplier<Object> q : queries) {
          q.get();
        }
      }
      int rounds = 50;
      long[] all = new long[rounds * queries.size()];
      int k = 0;
      report.append(String.format(Locale.ROOT, "%-34s %8s %8s %8s%n", "query (" + rounds + " runs each)", "p50 ms", "p95 ms", "max ms"));
      for (int qi = 0; qi < queries.size(); qi++) {
        long[] t = new long[rounds];
        for (int r = 0; r < rounds; r++) {
          long s = System.nanoTime();
          queries.get(qi).get();
          t[r] = System.nanoTime() - s;
          all[k++] = t[r];
        }
        Arrays.sort(t);
        report.append(String.format(Locale.ROOT, "%-34s %8.1f %8.1f %8.1f%n", names[qi], ms(t, 0.5), ms(t, 0.95), t[t.length - 1] / 1e6));
      }
      Arrays.sort(all);
      report.append(String.format(Locale.ROOT, "%-34s %8.1f %8.1f %8.1f%n", "all queries", ms(all, 0.5), ms(all, 0.95), all[all.length - 1] / 1e6));
      System.out.print(report);
      Path out = Path.of("target", "bench");
      Files.createDirectories(out);
      Files.writeString(out.resolve("store-bench-" + (pg ? "postgresql" : "sqlite") + ".txt"), report.toString());
      assertThat(ms(all, 0.95)).as("p95 of event queries").isLessThan(100.0);
    } finally {
      TestStores.drop(where);
    }
  }

  private static double ms(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }
}
