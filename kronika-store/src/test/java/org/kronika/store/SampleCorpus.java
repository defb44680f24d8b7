package org.kronika.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Attribution;
import org.kronika.api.Document;
import org.kronika.api.Entity;
import org.kronika.api.Event;
import org.kronika.api.Layer;
import org.kronika.api.Mention;
import org.kronika.api.Sentence;
import org.kronika.api.Span;
import org.kronika.api.Token;
import org.kronika.api.Trigger;
import org.kronika.formats.DocumentReader;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;

/**
 * The knowledge-base sample corpus: small Polish articles under {@code kb-samples/} annotated by
 * hand in {@code kb-samples/annotations.json}, turned into {@link AnnotatedDocument}s without the
 * NLP models (tokens carry lemmas from a small dictionary; entities and events come from the spec).
 */
public final class SampleCorpus {
  public static final String DIR = "/kb-samples/";
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|[^\\s\\p{L}\\p{N}]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)|\\n+");

  private final JsonNode spec;
  private final Map<String, String> lemmas = new HashMap<>();

  public SampleCorpus() {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(DIR + "annotations.json")) {
      spec = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spec.get("lemmas").fields().forEachRemaining(e -> lemmas.put(e.getKey(), e.getValue().asText()));
  }

  /** The sample file names, in ingest order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    spec.get("documents").fieldNames().forEachRemaining(names::add);
    names.sort(String::compareTo);
    return names;
  }

  /** The raw bytes of a sample (seed format). */
  public byte[] bytes(String name) {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(DIR + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample read through the seed reader, with the document id set to its file name stem. */
  public Document document(String name) {
    try (var s = new DocumentReader().read(name, bytes(name), InputFormat.SEED)) {
      ReadResult r = s.findFirst().orElseThrow();
      if (r instanceof ReadResult.Failed f) {
        throw new IllegalStateException(f.toString());
      }
      Document d = ((ReadResult.Ok) r).document();
      String id = name.replaceFirst("\\.txt$", "");
      return new Document(id, "pl", d.date(), d.title(), "https://example.org/" + id, d.source(), d.origin(), d.text());
    }
  }

  /** All samples, annotated. */
  public List<AnnotatedDocument> all() {
    return names().stream().map(n -> annotate(document(n), n)).toList();
  }

  /** The test lemmatiser: lower-cased words mapped through the dictionary. */
  public Function<String, List<String>> lemmatizer() {
    return text -> LemmaText.normalise(text).stream().map(w -> lemmas.getOrDefault(w, w)).toList();
  }

  /** Annotates a document by the spec of sample {@code name}. */
  public AnnotatedDocument annotate(Document d, String name) {
    JsonNode ds = spec.get("documents").get(name);
    String text = d.text();
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String lemma = lemmas.get(m.group().toLowerCase(Locale.ROOT));
      tokens.add(new Token(m.start(), m.end(), lemma, null, null, List.of()));
    }
    List<Sentence> sentences = sentences(text, tokens);
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : ds.get("entities")) {
      List<Mention> mentions = new ArrayList<>();
      for (JsonNode f : e.get("forms")) {
        Matcher fm = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f.asText()) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (fm.find()) {
          mentions.add(new Mention(fm.start(), fm.end(), fm.group(), "name"));
        }
      }
      if (mentions.isEmpty()) {
        throw new IllegalStateException(name + ": no mention of " + e);
      }
      mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
      entities.add(new Entity(e.get("id").asText(), e.get("type").asText(), e.get("name").asText(),
          text(e, "code"), null, text(e, "country"), mentions));
    }
    List<Event> events = new ArrayList<>();
    int bodyStart = text.indexOf('\n') < 0 ? 0 : text.indexOf('\n');
    for (JsonNode v : ds.get("events")) {
      String trig = v.get("trigger").asText();
      int ts = text.indexOf(trig, bodyStart);
      if (ts < 0) {
        throw new IllegalStateException(name + ": trigger '" + trig + "' not in the body");
      }
      Sentence s = sentences.stream().filter(x -> x.start() <= ts && ts < x.end()).findFirst().orElseThrow();
      List<Attribution> attribution = new ArrayList<>();
      for (JsonNode a : v.get("attribution")) {
        attribution.add(new Attribution(a.get("name").asText(), text(a, "entity"), text(a, "cue")));
      }
      events.add(new Event(v.get("id").asText(), v.get("type").asText(), text(v, "mode"), strings(v.get("actors")),
          strings(v.get("recipients")), null, text(v, "time"), List.of(), v.get("factuality").asText(),
          attribution, new Trigger(ts, ts + trig.length(), trig, v.get("lemma").asText()),
          List.of(new Span(s.start(), s.end())), v.get("confidence").asDouble(), List.of()));
    }
    return new AnnotatedDocument(d, EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.MORPHOLOGY, Layer.ENTITIES, Layer.EVENTS),
        sentences, tokens, entities, List.of(), List.of(), events);
  }

  /**
   * A synthetic copy of a sample for the benchmark: a new id, the date moved by {@code shift}
   * days (event times move to the new month), and a small change at the end of the text.
   */
  public static AnnotatedDocument variant(AnnotatedDocument base, int n, int shift) {
    Document d = base.document();
    LocalDate day = LocalDate.parse(d.date()).plusDays(shift);
    String text = d.text() + " (aktualizacja nr " + n + ")";
    Document nd = new Document(d.id() + "-v" + n, d.lang(), day.toString(), d.title(), d.url() + "?v=" + n,
        d.source(), d.origin(), text);
    List<Event> events = new ArrayList<>();
    for (Event e : base.events()) {
      String time = e.time() == null ? null : day.toString().substring(0, 7);
      events.add(new Event(e.id(), e.type(), e.mode(), e.actors(), e.recipients(), e.location(), time,
          e.quantities(), e.factuality(), e.attribution(), e.trigger(), e.evidence(), e.confidence(),
          e.explanation()));
    }
    return new AnnotatedDocument(nd, base.layers(), base.sentences(), base.tokens(), base.entities(),
        base.times(), base.quantities(), events);
  }

  private static List<Sentence> sentences(String text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    Matcher m = SENTENCE_END.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      int end = m.group().startsWith("\n") ? m.start() : m.end();
      spans.add(new int[] {start, end});
      start = m.end();
    }
    spans.add(new int[] {start, text.length()});
    int ti = 0;
    for (int[] sp : spans) {
      int s = sp[0];
      int e = sp[1];
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (s >= e) {
        continue;
      }
      int first = ti;
      while (ti < tokens.size() && tokens.get(ti).start() < e) {
        ti++;
      }
      out.add(new Sentence(s, e, first, ti));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = arr.elements(); it.hasNext(); ) {
      out.add(it.next().asText());
    }
    return out;
  }
}
