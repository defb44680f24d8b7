package org.kronika.store.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.api.Source;
import org.kronika.formats.ReadResult;

/**
 * Reads an RSS or Atom feed (through ROME): each item becomes one document whose text is its title,
 * a blank line and its description (or content) as plain text; {@code date} is the item's
 * publication (else update) day, {@code url} its link, {@code id} its guid (else link, else the
 * content hash), and the publisher the feed's title. The origin is {@code feed.xml#N} (1-based).
 */
public final class FeedInput {
  public static boolean isFeed(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".rss") || n.endsWith(".atom")) {
      return true;
    }
    if (!n.endsWith(".xml")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(Path.of(name))) {
      String head = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
      return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  public Stream<ReadResult> read(String name) {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(Files.newInputStream(Path.of(name)))) {
      feed = new SyndFeedInput().build(xml);
    } catch (Exception e) {
      return Stream.of(new ReadResult.Failed(name, "cannot read feed: " + e.getMessage()));
    }
    String publisher = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    List<ReadResult> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String where = name + "#" + n;
      String title = e.getTitle() == null ? null : plain(e.getTitle());
      String body = e.getDescription() != null ? plain(e.getDescription().getValue()) : "";
      if (body.isBlank()) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
          sb.append(plain(c.getValue())).append('\n');
        }
        body = sb.toString().strip();
      }
      String text = title == null || title.isBlank() ? body : body.isBlank() ? title : title + "\n\n" + body;
      if (text.isBlank()) {
        out.add(new ReadResult.Failed(where, "feed item has no title and no text"));
        continue;
      }
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String date = when == null ? null : when.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
      String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip()
          : e.getLink() != null && !e.getLink().isBlank() ? e.getLink().strip() : null;
      out.add(new ReadResult.Ok(new Document(id, null, date, title, e.getLink(),
          new Source(publisher, List.of()), new Origin(name + "#" + n, null), text)));
    }
    return out.stream();
  }

  private static String plain(String html) {
    return html == null ? "" : Jsoup.parse(html).text().strip();
  }
}
