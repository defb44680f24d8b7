package org.kronika.pl.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Attribution;
import org.kronika.api.Event;
import org.kronika.api.Quantity;

/**
 * Scores the event extractor on the hand-written dev set ({@code devset.txt}): an event counts as
 * found when type, actors and recipients match; mode, factuality, attribution chain and quantities
 * are scored on the found ones. Run: {@code EventDevsetEval [devset.txt|heldout.txt] [--errors] [--ner]};
 * {@code --ner} takes entities from the real {@code ner} annotator instead of the test gazetteer.
 */
public final class EventDevsetEval {
  /** One passage. */
  record Passage(String text, String date, List<String> expected) {}

  /** Per-type counts and attribute agreement. */
  public static final class Result {
    final Map<String, int[]> perType = new TreeMap<>(); // tp, fp, fn
    int modeOk, modeN, factOk, factN, chainOk, chainN, qOk, qN;
    final List<String> errors = new ArrayList<>();
    int passages;

    int[] total() {
      int[] t = new int[3];
      perType.values().forEach(c -> {
        t[0] += c[0];
        t[1] += c[1];
        t[2] += c[2];
      });
      return t;
    }

    public double precision() {
      int[] t = total();
      return t[0] / (double) Math.max(1, t[0] + t[1]);
    }

    public double recall() {
      int[] t = total();
      return t[0] / (double) Math.max(1, t[0] + t[2]);
    }

    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format("%-10s %4s %4s %4s %6s %6s%n", "type", "tp", "fp", "fn", "P", "R"));
      perType.forEach((k, c) -> b.append(String.format("%-10s %4d %4d %4d %6.3f %6.3f%n", k, c[0], c[1], c[2],
          c[0] / (double) Math.max(1, c[0] + c[1]), c[0] / (double) Math.max(1, c[0] + c[2]))));
      int[] t = total();
      b.append(String.format("%-10s %4d %4d %4d %6.3f %6.3f%n", "ALL", t[0], t[1], t[2], precision(), recall()));
      b.append(String.format("passages %d; on found events: mode %d/%d, factuality %d/%d, attribution %d/%d, quantities %d/%d%n",
          passages, modeOk, modeN, factOk, factN, chainOk, chainN, qOk, qN));
      return b.toString();
    }
  }

  static List<Passage> load(String resource) throws IOException {
    List<Passage> out = new ArrayList<>();
    try (InputStream in = EventDevsetEval.class.getResourceAsStream(resource)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String text = null;
      String date = "2024-03";
      List<String> exp = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("T:")) {
          if (text != null) {
            out.add(new Passage(text, date, exp));
          }
          text = line.substring(2).strip();
          exp = new ArrayList<>();
          date = "2024-03";
        } else if (line.startsWith("E:")) {
          exp.add(line.substring(2).strip());
        } else if (line.startsWith("D:")) {
          date = line.substring(2).strip();
        }
      }
      if (text != null) {
        out.add(new Passage(text, date, exp));
      }
    }
    return out;
  }

  static String chain(AnnotatedDocument ad, Event e) {
    return chain(ad, e, Map.of());
  }

  static String chain(AnnotatedDocument ad, Event e, Map<String, String> alias) {
    List<String> names = new ArrayList<>();
    for (Attribution a : e.attribution()) {
      String n = a.entity() != null ? SeedDump.name(ad, a.entity()) : a.name();
      names.add(alias.getOrDefault(n, n));
    }
    return "[" + String.join(" > ", names) + "]";
  }

  /**
   * Real-NER mode: the gold was written with the test gazetteer's codes ("EU", "HAMAS", "WB"); an
   * entity the real layer finds by the same canonical name but without a code is scored under that
   * code. Only exact canonical names are mapped (no city → state), so entity-layer gaps still show.
   */
  static Map<String, String> gazetteerCodes() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = EventDevsetEval.class.getResourceAsStream("gazetteer.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\\t");
        if (!line.startsWith("#") && f.length >= 6 && !f[3].isBlank() && f[5].strip().equals("name")) {
          rows.add(f);
        }
      }
    }
    // a lazy map: the real entity's canonical name matched against the gazetteer's patterns
    return new java.util.AbstractMap<>() {
      @Override
      public String getOrDefault(Object key, String def) {
        String[] words = key.toString().split(" ");
        for (String[] f : rows) {
          String[] pat = f[0].split(" ");
          if (pat.length != words.length) {
            continue;
          }
          boolean ok = true;
          for (int k = 0; k < pat.length && ok; k++) {
            String p = pat[k].replaceFirst("^=", "");
            String w = words[k];
            if (p.startsWith("~")) { // a lemma: compare the stems loosely, case-blind
              String l = p.substring(1).toLowerCase(java.util.Locale.ROOT);
              ok = w.toLowerCase(java.util.Locale.ROOT).startsWith(l.substring(0, Math.min(l.length(), 5)));
            } else {
              ok = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
            }
          }
          if (ok || f[2].equals(key)) {
            return f[3];
          }
        }
        return def;
      }

      @Override
      public boolean isEmpty() {
        return false;
      }

      @Override
      public java.util.Set<Map.Entry<String, String>> entrySet() {
        return java.util.Set.of();
      }
    };
  }

  static String key(AnnotatedDocument ad, Event e, Map<String, String> alias) {
    String core = EventMatch.core(ad, e);
    if (alias.isEmpty()) {
      return core;
    }
    int sp = core.indexOf(' ');
    String[] sides = core.substring(sp + 1).split(" -> ");
    StringBuilder b = new StringBuilder(core.substring(0, sp));
    for (int k = 0; k < 2; k++) {
      java.util.TreeSet<String> set = new java.util.TreeSet<>();
      for (String n : sides[k].split("\\+")) {
        set.add(alias.getOrDefault(n, n));
      }
      b.append(k == 0 ? " " : " -> ").append(String.join("+", set));
    }
    return b.toString();
  }

  public static Result run() throws IOException {
    return run("devset.txt");
  }

  public static Result run(String resource) throws IOException {
    return run(resource, false);
  }

  /** With {@code realNer}, entities come from the real {@code ner} annotator, not the test gazetteer. */
  public static Result run(String resource, boolean realNer) throws IOException {
    EventTestPipeline pipe = realNer ? EventTestPipeline.real() : EventTestPipeline.get();
    Map<String, String> alias = realNer ? gazetteerCodes() : Map.of();
    Result res = new Result();
    for (Passage p : load(resource)) {
      res.passages++;
      AnnotatedDocument ad = pipe.annotate(p.text(), p.date());
      List<Event> got = new ArrayList<>(ad.events());
      for (String spec : p.expected()) {
        String[] f = spec.split("\\|");
        String[] core = EventMatch.parseCore(f[0]);
        Event hit = null;
        for (Event e : got) {
          if (key(ad, e, alias).equals(core[2])) {
            hit = e;
            break;
          }
        }
        int[] c = res.perType.computeIfAbsent(core[0], k -> new int[3]);
        if (hit == null) {
          c[2]++;
          res.errors.add("MISS " + core[2] + "  in: " + p.text() + "\n      got: "
              + got.stream().map(e -> key(ad, e, alias)).toList());
          continue;
        }
        got.remove(hit);
        c[0]++;
        if (core[1] != null) {
          res.modeN++;
          if (core[1].equals(hit.mode())) {
            res.modeOk++;
          } else {
            res.errors.add("MODE want " + core[1] + " got " + hit.mode() + "  in: " + p.text());
          }
        }
        if (f.length > 1) {
          res.factN++;
          if (f[1].strip().equals(hit.factuality())) {
            res.factOk++;
          } else {
            res.errors.add("FACT want " + f[1].strip() + " got " + hit.factuality() + "  in: " + p.text());
          }
        }
        if (f.length > 2) {
          res.chainN++;
          String want = f[2].strip();
          if (want.equals(chain(ad, hit, alias))) {
            res.chainOk++;
          } else {
            res.errors.add("ATTR want " + want + " got " + chain(ad, hit, alias) + "  in: " + p.text());
          }
        }
        if (f.length > 3 && f[3].strip().startsWith("q:")) {
          res.qN++;
          List<String> qs = new ArrayList<>();
          for (int qi : hit.quantities()) {
            Quantity q = ad.quantities().get(qi);
            qs.add(q.qualifier() + " " + (long) q.value() + " " + q.unit());
          }
          String want = f[3].strip().substring(2).strip();
          if (String.join("; ", qs).equals(want)) {
            res.qOk++;
          } else {
            res.errors.add("QTY want " + want + " got " + qs + "  in: " + p.text());
          }
        }
      }
      for (Event e : got) {
        res.perType.computeIfAbsent(e.type(), k -> new int[3])[1]++;
        res.errors.add("SPURIOUS " + key(ad, e, alias) + " '" + e.trigger().text() + "'  in: " + p.text());
      }
    }
    return res;
  }

  public static void main(String[] args) throws IOException {
    String set = "devset.txt";
    for (String a : args) {
      if (a.endsWith(".txt")) {
        set = a;
      }
    }
    boolean ner = List.of(args).contains("--ner");
    Result r = run(set, ner);
    System.out.println(set + (ner ? " (entities: real ner annotator)" : " (entities: test gazetteer)"));
    System.out.print(r.table());
    if (List.of(args).contains("--errors")) {
      r.errors.forEach(e -> System.out.println("  " + e));
    }
  }
}
