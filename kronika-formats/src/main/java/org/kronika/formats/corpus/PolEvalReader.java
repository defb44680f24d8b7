package org.kronika.formats.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.kronika.api.Span;

/**
 * Streams the PolEval 2018 Task 2 gold file (a JSON export of an annotation tool whose answers hold
 * brat standoff lines).
 *
 * <ul>
 *   <li>For documents with several answers the newest ({@code created}) is taken, as the task's
 *       scorer does. {@code input.default} is a pre-annotation and is ignored.</li>
 *   <li>Brat offsets are Unicode code points; they are converted to UTF-16 indices so that
 *       {@code text.substring(start, end)} is the mention.</li>
 *   <li>Discontinuous entities keep their fragments ({@link Annotation#fragments()}).</li>
 *   <li>{@code A} lines set {@link Annotation#derivType()} ({@code relAdj} or {@code persDeriv}) on
 *       their entity, whose type stays the base type ({@code rosyjskich} is placeName_country).</li>
 *   <li>Nesting is kept as separate annotations, as in the file; {@code persName_addName} is spelt
 *       {@code persName_addname} throughout.</li>
 * </ul>
 */
public final class PolEvalReader {
  private PolEvalReader() {}

  /**
   * One brat {@code T} line.
   *
   * @param type the PolEval type, e.g. {@code placeName_country}
   * @param fragments one span, or two for a discontinuous entity, in UTF-16 offsets
   * @param derivType {@code relAdj}, {@code persDeriv}, or null
   */
  public record Annotation(String id, String type, List<Span> fragments, String derivType) {
    public Annotation {
      fragments = List.copyOf(fragments);
    }

    public int start() {
      return fragments.get(0).start();
    }

    public int end() {
      return fragments.get(fragments.size() - 1).end();
    }

    /** Kronika's type: {@code placeName_country} → {@code placeName.country}; null for date/time. */
    public String kronikaType() {
      if (type.equals("date") || type.equals("time")) {
        return null;
      }
      return type.replace('_', '.');
    }

    /** True for persName_forename / _surname / _addname: parts of a person's name. */
    public boolean isNamePart() {
      return type.startsWith("persName_");
    }
  }

  public record PolEvalDocument(long id, String fileName, String text, List<Annotation> annotations) {
    public PolEvalDocument {
      annotations = List.copyOf(annotations);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Streams the documents of a (gzip-compressed when named {@code .gz}) gold file. Close it. */
  public static Stream<PolEvalDocument> documents(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return read(in);
  }

  /** Streams documents from the JSON; the stream closes the input. */
  public static Stream<PolEvalDocument> read(InputStream in) throws IOException {
    JsonParser p = new JsonFactory(MAPPER).createParser(in);
    // advance to the "questions" array
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("expected a JSON object");
    }
    while (true) {
      JsonToken t = p.nextToken();
      if (t == null || t == JsonToken.END_OBJECT) {
        throw new IOException("no \"questions\" array");
      }
      if (t == JsonToken.FIELD_NAME && p.currentName().equals("questions")) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw new IOException("\"questions\" is not an array");
        }
        break;
      }
      p.nextToken();
      p.skipChildren();
    }
    Iterator<PolEvalDocument> it = new Iterator<>() {
      PolEvalDocument next;
      boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            if (p.nextToken() == JsonToken.START_OBJECT) {
              next = toDocument(p.readValueAsTree());
            } else {
              done = true;
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return next != null;
      }

      @Override
      public PolEvalDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        PolEvalDocument d = next;
        next = null;
        return d;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            p.close();
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  static PolEvalDocument toDocument(JsonNode q) {
    String text = q.path("input").path("fileContent").asText();
    String fname = q.path("input").path("fname").asText(null);
    JsonNode newest = null;
    for (JsonNode a : q.path("answers")) {
      if (newest == null || a.path("created").asText().compareTo(newest.path("created").asText()) > 0) {
        newest = a;
      }
    }
    String brat = newest == null ? "" : newest.path("data").path("brat").asText("");
    return new PolEvalDocument(q.path("id").asLong(), fname, text, parseBrat(brat, text));
  }

  /** Parses brat standoff lines against the text they annotate (code-point offsets). */
  public static List<Annotation> parseBrat(String brat, String text) {
    Map<String, String> deriv = new HashMap<>();
    List<String[]> tLines = new ArrayList<>();
    for (String line : brat.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      if (line.startsWith("T") && f.length >= 2) {
        tLines.add(f);
      } else if (line.startsWith("A") && f.length >= 2) {
        String[] a = f[1].split(" ");
        if (a.length >= 3) {
          deriv.put(a[1], a[2]);
        }
      }
    }
    List<Annotation> out = new ArrayList<>(tLines.size());
    for (String[] f : tLines) {
      int sp = f[1].indexOf(' ');
      String type = f[1].substring(0, sp);
      if (type.equals("persName_addName")) {
        type = "persName_addname";
      }
      List<Span> frags = new ArrayList<>(2);
      for (String frag : f[1].substring(sp + 1).split(";")) {
        String[] se = frag.trim().split(" ");
        int s = text.offsetByCodePoints(0, Integer.parseInt(se[0]));
        int e = text.offsetByCodePoints(s, Integer.parseInt(se[1]) - Integer.parseInt(se[0]));
        frags.add(new Span(s, e));
      }
      out.add(new Annotation(f[0], type, frags, deriv.get(f[0])));
    }
    return out;
  }
}
