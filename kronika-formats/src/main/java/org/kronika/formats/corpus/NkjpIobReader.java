package org.kronika.formats.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Streams the NKJP-1M named-entity corpus in its 4-column IOB export ({@code orth base ctag NE}, one
 * {@code -DOCSTART FILE id} line per document, blank line between sentences).
 *
 * <p>Nested labels are joined with {@code #}, outer entity first. {@link #topLevelEntities} keeps the
 * outermost annotation only and maps NKJP types to Kronika's:
 *
 * <table>
 *   <tr><th>NKJP top-level tag</th><th>Kronika type</th></tr>
 *   <tr><td>persName, persName-forename/-surname/-addName (a bare name part)</td><td>persName</td></tr>
 *   <tr><td>orgName</td><td>orgName</td></tr>
 *   <tr><td>geogName</td><td>geogName</td></tr>
 *   <tr><td>placeName</td><td>placeName</td></tr>
 *   <tr><td>placeName-country/-settlement/-region/-district/-bloc</td><td>placeName.country …</td></tr>
 *   <tr><td>date, time</td><td>dropped (times are another annotator's job)</td></tr>
 * </table>
 *
 * Nested name parts (forename inside persName, settlement inside orgName) are not entities of their
 * own here; they stay visible in {@link IobToken#ne()} for later use (base forms, linking).
 */
public final class NkjpIobReader {
  private NkjpIobReader() {}

  /** One token row. {@code base} is empty for unknown ({@code ign}) words. */
  public record IobToken(String orth, String base, String ctag, String ne) {}

  public record IobSentence(List<IobToken> tokens) {
    public IobSentence {
      tokens = List.copyOf(tokens);
    }

    public List<String> words() {
      List<String> w = new ArrayList<>(tokens.size());
      for (IobToken t : tokens) {
        w.add(t.orth());
      }
      return w;
    }
  }

  public record IobDocument(String id, List<IobSentence> sentences) {
    public IobDocument {
      sentences = List.copyOf(sentences);
    }
  }

  /** An entity over the token range {@code [start, end)} of one sentence. */
  public record IobEntity(int start, int end, String type) {}

  /** Reads a file, gzip-compressed when its name ends in {@code .gz}. Close the stream. */
  public static Stream<IobDocument> documents(Path file) throws IOException {
    return read(open(file));
  }

  static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Streams documents from IOB text; the stream closes the reader. */
  public static Stream<IobDocument> read(BufferedReader reader) {
    Iterator<IobDocument> it = new DocIterator(reader);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Top-level entities of a sentence, with NKJP types mapped as in the class comment. */
  public static List<IobEntity> topLevelEntities(IobSentence sentence) {
    return entities(sentence, NkjpIobReader::topLabel, NkjpIobReader::mapType);
  }

  /** The outermost label of a possibly nested NE column value. */
  static String topLabel(String ne) {
    int hash = ne.indexOf('#');
    return hash < 0 ? ne : ne.substring(0, hash);
  }

  /** Maps an NKJP type to Kronika's, or null for types outside the entity layer. */
  public static String mapType(String nkjp) {
    if (nkjp.startsWith("persName")) {
      return "persName";
    }
    switch (nkjp) {
      case "orgName":
      case "geogName":
      case "placeName":
        return nkjp;
      case "date":
      case "time":
        return null;
      default:
        if (nkjp.startsWith("placeName-") || nkjp.startsWith("placeName_")) {
          return "placeName." + nkjp.substring("placeName-".length());
        }
        return null;
    }
  }

  /**
   * Decodes IOB labels into entities. An {@code I-} label that does not continue an entity of the
   * same (raw) type starts a new one, as CoNLL readers do.
   */
  static List<IobEntity> entities(
      IobSentence sentence, Function<String, String> label, Function<String, String> typeMap) {
    List<IobEntity> out = new ArrayList<>();
    List<IobToken> toks = sentence.tokens();
    int start = -1;
    String raw = null;
    for (int i = 0; i <= toks.size(); i++) {
      String l = i < toks.size() ? label.apply(toks.get(i).ne()) : "O";
      boolean inside = l.startsWith("I-") && raw != null && raw.equals(l.substring(2));
      if (!inside && raw != null) {
        String type = typeMap.apply(raw);
        if (type != null) {
          out.add(new IobEntity(start, i, type));
        }
        raw = null;
      }
      if (!inside && (l.startsWith("B-") || l.startsWith("I-"))) {
        start = i;
        raw = l.substring(2);
      }
    }
    return out;
  }

  private static final class DocIterator implements Iterator<IobDocument> {
    private final BufferedReader reader;
    private String pendingId;
    private IobDocument next;
    private boolean eof;

    DocIterator(BufferedReader reader) {
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !eof) {
        next = readDoc();
      }
      return next != null;
    }

    @Override
    public IobDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      IobDocument d = next;
      next = null;
      return d;
    }

    private IobDocument readDoc() {
      try {
        List<IobSentence> sentences = new ArrayList<>();
        List<IobToken> current = new ArrayList<>();
        String id = pendingId;
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.startsWith("-DOCSTART")) {
            if (line.startsWith("-DOCSTART FILE")) {
              String newId = line.substring("-DOCSTART FILE".length()).trim();
              flush(current, sentences);
              if (id != null || !sentences.isEmpty()) {
                pendingId = newId;
                return new IobDocument(id, sentences);
              }
              id = newId;
            }
            continue;
          }
          if (line.isBlank()) {
            flush(current, sentences);
            continue;
          }
          String[] f = line.split("\t", -1);
          if (f.length < 4) {
            throw new IllegalArgumentException("expected 4 TAB columns, got: " + line);
          }
          current.add(new IobToken(f[0], f[1], f[2], f[3]));
        }
        eof = true;
        flush(current, sentences);
        if (id == null && sentences.isEmpty()) {
          return null;
        }
        return new IobDocument(id, sentences);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void flush(List<IobToken> current, List<IobSentence> sentences) {
      if (!current.isEmpty()) {
        sentences.add(new IobSentence(current));
        current.clear();
      }
    }
  }
}
