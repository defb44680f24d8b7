package org.kronika.pl.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Entity;
import org.kronika.api.Mention;
import org.kronika.api.Token;

/**
 * Test-only stand-in for the NER layer: a small gazetteer of token patterns (surface, lemma or
 * prefix) mapped to entities with ISO codes, or plain surface strings found by string search.
 */
public final class TestEntities {
  /** One gazetteer row. */
  public record Row(String[] pattern, String type, String name, String code, String country, String form) {}

  private final List<Row> rows;

  public TestEntities(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The bundled test gazetteer. */
  public static TestEntities gazetteer() {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = TestEntities.class.getResourceAsStream("gazetteer.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        rows.add(new Row(f[0].split(" "), f[1], f[2], f[3].isEmpty() ? null : f[3],
            f[4].isEmpty() ? null : f[4], f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TestEntities(rows);
  }

  private static boolean matches(String p, Token t, String text) {
    String w = t.text(text);
    if (p.startsWith("=")) {
      return w.equals(p.substring(1));
    }
    if (p.startsWith("~")) {
      return t.lemma() != null && t.lemma().equalsIgnoreCase(p.substring(1));
    }
    if (p.endsWith("*") && p.length() > 1) {
      String pre = p.substring(0, p.length() - 1);
      if (pre.contains("*")) {
        String[] parts = pre.split("\\*", 2);
        return w.startsWith(parts[0]) && w.endsWith(parts[1]) || w.startsWith(parts[0]);
      }
      return w.startsWith(pre);
    }
    if (p.contains("*")) {
      String[] parts = p.split("\\*", 2);
      return w.startsWith(parts[0]) && w.endsWith(parts[1]);
    }
    return w.equals(p) || (t.lemma() != null && t.lemma().equals(p));
  }

  /** The document with an ENTITIES layer built from the gazetteer (after morphology). */
  public AnnotatedDocument annotate(AnnotatedDocument doc) {
    String text = doc.text();
    List<Token> toks = doc.tokens();
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    Map<String, Row> rowOf = new LinkedHashMap<>();
    for (int i = 0; i < toks.size(); ) {
      Row best = null;
      int bestLen = 0;
      for (Row r : rows) {
        int len = r.pattern().length;
        if (len <= bestLen || i + len > toks.size()) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < len && ok; k++) {
          ok = matches(r.pattern()[k], toks.get(i + k), text);
        }
        if (ok) {
          best = r;
          bestLen = len;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int s = toks.get(i).start();
      int e = toks.get(i + bestLen - 1).end();
      byName.computeIfAbsent(best.name(), k -> new ArrayList<>())
          .add(new Mention(s, e, text.substring(s, e), best.form()));
      rowOf.putIfAbsent(best.name(), best);
      i += bestLen;
    }
    List<Entity> out = new ArrayList<>();
    int id = 1;
    for (Map.Entry<String, List<Mention>> en : byName.entrySet()) {
      Row r = rowOf.get(en.getKey());
      out.add(new Entity("E" + id++, r.type(), r.name(), r.code(), null, r.country(), en.getValue()));
    }
    return doc.withEntities(out);
  }
}
