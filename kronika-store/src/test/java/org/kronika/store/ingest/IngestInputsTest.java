package org.kronika.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.StoreLocation;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class IngestInputsTest {
  private static final String HTML = "<html><head><title>Korea Północna wysłała amunicję</title></head><body>"
      + "<article><h1>Korea Północna wysłała amunicję</h1><p>Korea Północna wysłała Rosji ponad tysiąc kontenerów"
      + " ze sprzętem wojskowym i amunicją, podał w piątek Biały Dom. Transporty trwały od sierpnia.</p>"
      + "<p>Zdjęcia satelitarne pokazują ruch w porcie Rajin. Moskwa i Pjongjang zaprzeczają doniesieniom.</p>"
      + "</article></body></html>";

  private static List<ReadResult> read(Ingester ingester, List<String> in) {
    try (Stream<ReadResult> s = ingester.read(in, InputFormat.AUTO)) {
      return new ArrayList<>(s.toList());
    }
  }

  private static Ingester ingester(KnowledgeBase kb, List<String> seen) {
    return new Ingester(kb, AnnotatedDocument::of, 2, (st, where, msg) -> seen.add(st + " " + where), 0);
  }

  @Test
  void warcResponsesWithHtmlBecomeDocuments(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(warc)) {
      w.write(new WarcResponse.Builder(URI.create("https://example.pl/a"))
          .date(Instant.parse("2023-10-14T08:00:00Z"))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, HTML.getBytes(StandardCharsets.UTF_8)).build())
          .build());
      w.write(new WarcResponse.Builder(URI.create("https://example.pl/logo.png"))
          .date(Instant.parse("2023-10-14T08:00:01Z"))
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build())
          .build());
      w.write(new WarcResponse.Builder(URI.create("https://example.pl/gone"))
          .date(Instant.parse("2023-10-14T08:00:02Z"))
          .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8, "<p>nie ma</p>".getBytes(StandardCharsets.UTF_8)).build())
          .build());
    }
    try (KnowledgeBase kb = KnowledgeBase.open(StoreLocation.sqlite(dir.resolve("kb")))) {
      List<ReadResult> rs = read(ingester(kb, new ArrayList<>()), List.of(warc.toString()));
      assertThat(rs).hasSize(2);
      Document d = ((ReadResult.Ok) rs.get(0)).document();
      assertThat(d.text()).contains("ponad tysiąc kontenerów");
      assertThat(d.url()).isEqualTo("https://example.pl/a");
      assertThat(d.date()).isEqualTo("2023-10-14");
      assertThat(d.origin().path()).endsWith("crawl.warc.gz#1");
      assertThat(rs.get(1)).isInstanceOf(ReadResult.Failed.class);
      assertThat(rs.get(1).toString()).contains("#3").contains("404");
      assertThat(InputFiles.estimate(List.of(warc.toString()))).isEqualTo(3);
    }
  }

  @Test
  void feedItemsBecomeDocumentsAndReIngestingChangesNothing(@TempDir Path dir) throws Exception {
    Path rss = dir.resolve("news.xml");
    Files.writeString(rss, """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Kresy.pl</title><link>https://kresy.pl</link><description>x</description>
        <item><title>Seul nakłada sankcje</title><link>https://kresy.pl/1</link><guid>kresy-1</guid>
          <pubDate>Fri, 01 Dec 2023 10:00:00 +0000</pubDate>
          <description>&lt;p&gt;Rząd &lt;b&gt;Korei Południowej&lt;/b&gt; nałożył sankcje.&lt;/p&gt;</description></item>
        <item><title>Drugi tekst</title><link>https://kresy.pl/2</link>
          <pubDate>Sat, 02 Dec 2023 10:00:00 +0000</pubDate><description>Krótka notka.</description></item>
        </channel></rss>
        """, StandardCharsets.UTF_8);
    Path atom = dir.resolve("feed.atom");
    Files.writeString(atom, """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Defence24</title><id>urn:d24</id><updated>2023-10-20T00:00:00Z</updated>
        <entry><title>RUSI o dostawach</title><id>urn:d24:1</id><link href="https://defence24.pl/1"/>
          <updated>2023-10-20T09:00:00Z</updated><summary>Rosja otrzymała pociski.</summary></entry></feed>
        """, StandardCharsets.UTF_8);
    try (KnowledgeBase kb = KnowledgeBase.open(StoreLocation.sqlite(dir.resolve("kb")))) {
      List<String> seen = new ArrayList<>();
      Ingester ing = ingester(kb, seen);
      List<ReadResult> rs = read(ing, List.of(dir + "/*.{xml,atom}"));
      assertThat(rs).hasSize(3).allMatch(r -> r instanceof ReadResult.Ok);
      Document first = ((ReadResult.Ok) rs.get(1)).document();
      assertThat(first.id()).isEqualTo("kresy-1");
      assertThat(first.text()).isEqualTo("Seul nakłada sankcje\n\nRząd Korei Południowej nałożył sankcje.");
      assertThat(first.date()).isEqualTo("2023-12-01");
      assertThat(first.url()).isEqualTo("https://kresy.pl/1");
      assertThat(first.source().publisher()).isEqualTo("Kresy.pl");
      Document atomDoc = ((ReadResult.Ok) rs.get(0)).document();
      assertThat(atomDoc.id()).isEqualTo("urn:d24:1");
      assertThat(atomDoc.source().publisher()).isEqualTo("Defence24");

      Ingester.Summary s1;
      try (Stream<ReadResult> in = ing.read(List.of(dir.toString()), InputFormat.AUTO)) {
        s1 = ing.run(in);
      }
      assertThat(s1.stored()).isEqualTo(3);
      Ingester.Summary s2;
      try (Stream<ReadResult> in = ing.read(List.of(dir.toString()), InputFormat.AUTO)) {
        s2 = ing.run(in);
      }
      assertThat(s2.stored()).isZero();
      assertThat(s2.unchanged()).isEqualTo(3);
      assertThat(kb.stats().documents()).isEqualTo(3);
    }
  }

  @Test
  void globsExpandRecursivelyAndSkipHiddenFiles(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("a/one.txt"), "x");
    Files.writeString(dir.resolve("a/b/two.txt"), "x");
    Files.writeString(dir.resolve("a/b/three.html"), "x");
    Files.writeString(dir.resolve(".git/four.txt"), "x");
    assertThat(InputFiles.expand(List.of(dir + "/**.txt")))
        .containsExactly(dir.resolve("a/b/two.txt").toString(), dir.resolve("a/one.txt").toString());
    assertThat(InputFiles.expand(List.of(dir.toString()))).hasSize(3);
    assertThat(InputFiles.expand(List.of(dir + "/nothing*.txt"))).containsExactly(dir + "/nothing*.txt");
  }
}
