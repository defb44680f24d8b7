package org.kronika.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.kronika.api.Document;
import org.kronika.formats.DocumentReader;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc} or {@code .warc.gz}, through jwarc): every {@code response}
 * record whose HTTP payload is HTML becomes one document through the HTML reader. The record's
 * target URI fills a missing {@code url} and its WARC date a missing {@code date}; the origin is
 * {@code file.warc#N} for the N-th record (1-based). Other records are passed over silently;
 * HTTP errors are skipped with a reason. Lazy: one record in memory at a time.
 */
public final class WarcInput {
  private final DocumentReader reader;

  public WarcInput(DocumentReader reader) {
    this.reader = reader;
  }

  public static boolean isWarc(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  public Stream<ReadResult> read(String name) {
    WarcReader warc;
    try {
      warc = new WarcReader(Path.of(name));
    } catch (IOException | RuntimeException e) {
      return Stream.of(new ReadResult.Failed(name, "cannot read WARC: " + e.getMessage()));
    }
    Iterator<ReadResult> it = new Iterator<>() {
      int index;
      ReadResult next;
      boolean done;

      @Override
      public boolean hasNext() {
        while (next == null && !done) {
          try {
            Optional<WarcRecord> r = warc.next();
            if (r.isEmpty()) {
              done = true;
              break;
            }
            index++;
            try {
              next = convert(name + "#" + index, r.get());
            } catch (IOException | RuntimeException e) {
              next = new ReadResult.Failed(name + "#" + index, "cannot read this record: " + e.getMessage());
            }
          } catch (IOException | RuntimeException e) {
            done = true;
            next = new ReadResult.Failed(name + "#" + (index + 1), "bad WARC record: " + e.getMessage());
          }
        }
        return next != null;
      }

      @Override
      public ReadResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ReadResult r = next;
        next = null;
        return r;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            warc.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private ReadResult convert(String where, WarcRecord record) throws IOException {
    if (!(record instanceof WarcResponse resp)) {
      return null;
    }
    var http = resp.http();
    MediaType type = http.contentType();
    String sub = type.subtype() == null ? "" : type.subtype().toLowerCase(java.util.Locale.ROOT);
    if (!sub.equals("html") && !sub.equals("xhtml+xml")) {
      return null;
    }
    if (http.status() >= 400) {
      return new ReadResult.Failed(where, "HTTP " + http.status() + " for " + resp.target());
    }
    byte[] body = http.bodyDecoded().stream().readAllBytes();
    ReadResult r;
    try (Stream<ReadResult> s = reader.read(where, body, InputFormat.HTML)) {
      r = s.findFirst().orElse(new ReadResult.Failed(where, "no document in the HTML"));
    }
    if (r instanceof ReadResult.Ok ok) {
      Document d = ok.document();
      String url = d.url() != null ? d.url() : resp.target();
      String date = d.date() != null ? d.date() : resp.date().atZone(ZoneOffset.UTC).toLocalDate().toString();
      return new ReadResult.Ok(new Document(d.id(), d.lang(), date, d.title(), url, d.source(), d.origin(), d.text()));
    }
    return r;
  }
}
