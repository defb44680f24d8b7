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
 * are scored on the found ones. Run: {@code EventDevsetEval [devset.txt|heldout.txt] [--errors]}.
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
    List<String> names = new ArrayList<>();
    for (Attribution a : e.attribution()) {
      names.add(a.entity() != null ? SeedDump.name(ad, a.entity()) : a.name());
    }
    return "[" + String.join(" > ", names) + "]";
  }

  public static Result run() throws IOException {
    return run("devset.txt");
  }

  public static Result run(String resource) throws IOException {
    Result res = new Result();
    for (Passage p : load(resource)) {
      res.passages++;
      AnnotatedDocument ad = EventTestPipeline.get().annotate(p.text(), p.date());
      List<Event> got = new ArrayList<>(ad.events());
      for (String spec : p.expected()) {
        String[] f = spec.split("\\|");
        String[] core = EventMatch.parseCore(f[0]);
        Event hit = null;
        for (Event e : got) {
          if (EventMatch.core(ad, e).equals(core[2])) {
            hit = e;
            break;
          }
        }
        int[] c = res.perType.computeIfAbsent(core[0], k -> new int[3]);
        if (hit == null) {
          c[2]++;
          res.errors.add("MISS " + core[2] + "  in: " + p.text() + "\n      got: "
              + got.stream().map(e -> EventMatch.core(ad, e)).toList());
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
          if (want.equals(chain(ad, hit))) {
            res.chainOk++;
          } else {
            res.errors.add("ATTR want " + want + " got " + chain(ad, hit) + "  in: " + p.text());
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
        res.errors.add("SPURIOUS " + EventMatch.core(ad, e) + " '" + e.trigger().text() + "'  in: " + p.text());
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
    Result r = run(set);
    System.out.println(set);
    System.out.print(r.table());
    if (List.of(args).contains("--errors")) {
      r.errors.forEach(e -> System.out.println("  " + e));
    }
  }
}
