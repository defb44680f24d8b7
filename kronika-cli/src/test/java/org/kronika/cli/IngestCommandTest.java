package org.kronika.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

  /** A JSONL corpus of distinct Polish articles, every fifth one a near-copy of an earlier one. */
  private static Path corpus(Path dir, int n) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int base = i % 5 == 4 ? i - 1 : i;
      String text = "Korea Północna przekazała Rosji transport numer " + base + " z amunicją artyleryjską. "
          + "Według źródeł dostawa nr " + base + " dotarła koleją do magazynów pod granicą z Ukrainą. "
          + "Eksperci oceniają, że partia " + base + " obejmowała kilka tysięcy pocisków."
          + (i % 5 == 4 ? " Aktualizacja." : "");
      sb.append("{\"id\":\"doc-").append(i).append("\",\"date\":\"2023-10-").append(String.format("%02d", 1 + i % 28))
          .append("\",\"title\":\"Dostawa ").append(i).append("\",\"source\":\"Kresy.pl/Reuters\",\"text\":\"")
          .append(text).append("\"}\n");
    }
    Path f = dir.resolve("corpus.jsonl");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  private static Process start(Path store, Path input, Path stdout, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), "org.kronika.cli.Main",
        "ingest", "--quiet", "--verbose", "--threads", "2", "--store", store.toString()));
    cmd.addAll(List.of(extra));
    cmd.add(input.toString());
    return new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
        .redirectError(new File(stdout + ".err")).start();
  }

  private static long count(Path store) {
    Path db = store.resolve("kronika.db");
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // not migrated yet, or busy
    }
  }

  /** Everything the store holds that an uninterrupted run decides, in a comparable form. */
  private static List<String> dump(Path store) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("kronika.db"));
        Statement s = c.createStatement()) {
      for (String q : List.of(
          "SELECT 'doc', id, content_hash, dup_group, origin_key, date, title, lemmas, contract FROM documents ORDER BY id",
          "SELECT 'src', d.id, s.name, s.role FROM document_sources s JOIN documents d ON d.seq = s.doc_seq ORDER BY 2, 3, 4",
          "SELECT 'ent', e.id, e.key, d.id, de.local_id FROM document_entities de JOIN entities e ON e.id = de.entity_id"
              + " JOIN documents d ON d.seq = de.doc_seq ORDER BY 2, 4, 5",
          "SELECT 'ev', event_key, type, cluster_id, origin_key FROM events ORDER BY 2",
          "SELECT 'cl', id, type, reports, time_start, time_end FROM clusters ORDER BY 2",
          "SELECT 'fts', count(*) FROM documents_fts")) {
        try (ResultSet rs = s.executeQuery(q)) {
          int cols = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= cols; i++) {
              sb.append(rs.getString(i)).append('|');
            }
            out.add(sb.toString());
          }
        }
      }
    }
    return out;
  }

  @Test
  void aKilledIngestResumesToTheSameStoreAsAnUninterruptedRun(@TempDir Path dir) throws Exception {
    int n = 150;
    Path input = corpus(dir, n);

    Path whole = dir.resolve("whole");
    Process p0 = start(whole, input, dir.resolve("whole.out"));
    assertThat(p0.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p0.exitValue()).as(Files.readString(Path.of(dir.resolve("whole.out") + ".err"))).isZero();
    assertThat(count(whole)).isEqualTo(n);

    Path store = dir.resolve("killed");
    Process p1 = start(store, input, dir.resolve("first.out"), "--delay-ms", "25");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (count(store) < 20 && p1.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(p1.isAlive()).as("the first run must still be going when it is killed").isTrue();
    p1.destroyForcibly();
    p1.waitFor(30, TimeUnit.SECONDS);
    long afterKill = count(store);
    assertThat(afterKill).isBetween(20L, (long) n - 1);

    // every document the killed run reported as stored is in the store
    Set<String> reported = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("first.out"))) {
      if (line.startsWith("stored\t")) {
        reported.add(line.split("\t")[1]);
      }
    }
    assertThat(reported).isNotEmpty();
    assertThat((long) reported.size()).isLessThanOrEqualTo(afterKill);

    Process p2 = start(store, input, dir.resolve("second.out"));
    assertThat(p2.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p2.exitValue()).isZero();
    String summary = Files.readString(Path.of(dir.resolve("second.out") + ".err"));
    assertThat(summary).contains(n + " read").contains((n - afterKill) + " stored").contains(afterKill + " unchanged");

    assertThat(dump(store)).containsExactlyElementsOf(dump(whole));
    assertThat(count(store)).isEqualTo(n);

    // and a third run changes nothing
    Process p3 = start(store, input, dir.resolve("third.out"));
    assertThat(p3.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(Path.of(dir.resolve("third.out") + ".err"))).contains("0 stored").contains(n + " unchanged");
    assertThat(dump(store)).containsExactlyElementsOf(dump(whole));
  }

  @Test
  void badDocumentsAreReportedAndSkippedAndTheSummaryCountsEverything(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.txt"), "Ala ma kota. Kot ma Alę.\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x', '\n'});
    Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"x1\",\"text\":\"Pierwszy.\"}\nnot json\n", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("ingest", "--quiet", "--store", tmp.resolve("kb").toString(), dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("skipped").contains("b.txt").contains("c.jsonl:2")
        .contains("4 read, 2 stored, 0 updated, 0 unchanged, 2 skipped");
    CliRunner.Result again = CliRunner.run("ingest", "--quiet", "--store", tmp.resolve("kb").toString(), dir.toString());
    assertThat(again.err()).contains("4 read, 0 stored, 0 updated, 2 unchanged, 2 skipped");
  }
}
