package org.kronika.formats.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Streams the sentences of a CoNLL-U file one at a time (gzip is detected by its magic bytes).
 * Multiword ranges and empty nodes are kept as lines; {@link ConlluSentence#words()} skips them.
 * Not thread-safe; close it when done.
 */
public final class ConlluReader implements Closeable, Iterable<ConlluSentence> {
  private final BufferedReader in;
  private int lineNo;

  public ConlluReader(Reader reader) {
    this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
  }

  /** Opens a plain or gzipped CoNLL-U file. */
  public static ConlluReader open(Path path) throws IOException {
    return new ConlluReader(new InputStreamReader(maybeGunzip(Files.newInputStream(path)), StandardCharsets.UTF_8));
  }

  /** Wraps the stream in a gunzip stream when it starts with the gzip magic bytes. */
  public static InputStream maybeGunzip(InputStream raw) throws IOException {
    BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
    b.mark(2);
    int b0 = b.read();
    int b1 = b.read();
    b.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new GZIPInputStream(b, 1 << 16);
    }
    return b;
  }

  /** Reads every sentence of a file into memory. */
  public static List<ConlluSentence> readAll(Path path) throws IOException {
    try (ConlluReader r = open(path)) {
      List<ConlluSentence> out = new ArrayList<>();
      for (ConlluSentence s : r) {
        out.add(s);
      }
      return out;
    }
  }

  /** The next sentence, or null at end of input. */
  public ConlluSentence read() throws IOException {
    List<String> comments = new ArrayList<>();
    List<ConlluWord> lines = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        if (!comments.isEmpty() || !lines.isEmpty()) {
          return new ConlluSentence(comments, lines);
        }
        continue;
      }
      if (line.startsWith("#")) {
        comments.add(line);
        continue;
      }
      try {
        lines.add(ConlluWord.parse(line));
      } catch (IllegalArgumentException e) {
        throw new IOException("line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return comments.isEmpty() && lines.isEmpty() ? null : new ConlluSentence(comments, lines);
  }

  @Override
  public Iterator<ConlluSentence> iterator() {
    return new Iterator<>() {
      private ConlluSentence next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = read();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          done = next == null;
        }
        return next != null;
      }

      @Override
      public ConlluSentence next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ConlluSentence s = next;
        next = null;
        return s;
      }
    };
  }

  public Stream<ConlluSentence> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  @Override
  public void forEach(Consumer<? super ConlluSentence> action) {
    Iterable.super.forEach(action);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
