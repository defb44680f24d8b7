package org.kronika.train.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kronika.api.TimeExpression;
import org.kronika.core.time.Granularity;
import org.kronika.core.time.TimeValue;
import org.kronika.pl.time.TimeTagger;

/**
 * Scores the time tagger on Duckling's Polish time corpus ({@code duckling-pl-time.tsv}): each
 * expression is its own document dated at the corpus reference time (2013-02-12T04:30:00), and
 * counts as correct when the longest expression found has Duckling's value and grain. Negative
 * examples must give no expression.
 *
 * <p>Conversions: our intervals include their end unit, Duckling's exclude it, so our end plus one
 * grain must equal Duckling's end; open intervals ({@code ../T}, {@code T/..}) compare the bound
 * as is; weeks ({@code 2013-W07}) and quarters compare by their first day.
 *
 * <p>Two documented differences are accepted and counted apart ("alternative"): a bare weekday
 * read as its last occurrence (news) where Duckling takes the next (7 days later), and a shift
 * by whole days ({@code 7 dni temu}) that we give as a day where Duckling keeps the reference
 * hour at hour grain. The strict figure counts them as errors.
 *
 * <p>Usage: {@code DucklingTimeEval [shared-dir]} (default {@code ../shared}).
 */
public final class DucklingTimeEval {
  static final String REFERENCE = "2013-02-12T04:30:00";
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?iu).*\\b(poniedzia|pon\\b|wtor|wt\\b|wtr|śr|sr|środ|srod|czwart|czw|piąt|piat|pia\\b|sobot|sob\\b|niedziel|niedz|nd|ndz).*");
  private static final Pattern DAYS = Pattern.compile("(?iu).*\\b(dni|dzień|dniach)\\b.*");

  private DucklingTimeEval() {}

  /** One scored row. */
  public record Row(String expression, String kind, String gold, String grain, String got,
      String gotGrain, String verdict) {}

  /** The result: rows, negatives wrongly tagged, and a printable report. */
  public record Result(List<Row> rows, List<String> negativeHits) {
    public long correct() {
      return rows.stream().filter(r -> r.verdict.equals("ok")).count();
    }

    public long alternative() {
      return rows.stream().filter(r -> r.verdict.startsWith("alt")).count();
    }

    public double strictAccuracy() {
      return (double) correct() / rows.size();
    }

    public double accuracy() {
      return (double) (correct() + alternative()) / rows.size();
    }

    public String report() {
      StringBuilder b = new StringBuilder();
      b.append(String.format("Duckling pl time corpus: %d expressions, reference %s%n", rows.size(),
          REFERENCE));
      b.append(String.format("value+grain correct: %.1f%% (%d strict + %d accepted alternatives;"
          + " strict %.1f%%)%n", 100 * accuracy(), correct(), alternative(), 100 * strictAccuracy()));
      b.append(String.format("negative examples tagged: %d of 9 %s%n", negativeHits.size(),
          negativeHits));
      Map<String, int[]> byKind = new TreeMap<>();
      for (Row r : rows) {
        int[] c = byKind.computeIfAbsent(r.kind, k -> new int[2]);
        c[1]++;
        if (!r.verdict.startsWith("FAIL")) {
          c[0]++;
        }
      }
      b.append(String.format("%-16s %6s %6s %7s%n", "kind", "n", "ok", "acc"));
      byKind.forEach((k, c) -> b.append(String.format("%-16s %6d %6d %6.1f%%%n", k, c[1], c[0],
          100.0 * c[0] / c[1])));
      b.append("failures:\n");
      for (Row r : rows) {
        if (r.verdict.startsWith("FAIL")) {
          b.append(String.format("  %-40s gold %s %s | got %s %s%n", r.expression, r.gold, r.grain,
              r.got, r.gotGrain));
        }
      }
      return b.toString();
    }
  }

  public static Result evaluate(Path timeTsv, Path negatives) throws IOException {
    TimeTagger tagger = TimeTagger.polish();
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(timeTsv, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("expression\t") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String expr = c[0];
      String kind = !c[4].isEmpty() ? "holiday" : c[1].equals("interval")
          ? (c[2].contains("..") ? "open-interval" : "interval") : "point-" + c[3];
      List<TimeExpression> got = tagger.tag(expr, REFERENCE);
      TimeExpression best = null;
      for (TimeExpression t : got) {
        if (best == null || t.end() - t.start() > best.end() - best.start()) {
          best = t;
        }
      }
      String verdict = best == null || best.value() == null ? "FAIL missed"
          : compare(expr, c[2], c[3], best);
      rows.add(new Row(expr, kind, c[2], c[3], best == null ? "-" : best.value(),
          best == null ? "-" : best.granularity(), verdict));
    }
    List<String> neg = new ArrayList<>();
    for (String line : Files.readAllLines(negatives, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !tagger.tag(line, REFERENCE).isEmpty()) {
        neg.add(line);
      }
    }
    return new Result(rows, neg);
  }

  static String compare(String expr, String gold, String grain, TimeExpression t) {
    try {
      if (!grain.equals(t.granularity())) {
        // Duckling keeps the reference hour on whole-day shifts (7 dni temu → 04:00, hour)
        if (grain.equals("hour") && "day".equals(t.granularity()) && DAYS.matcher(expr).matches()
            && !gold.contains("/") && TimeValue.parse(t.value()).start()
                .equals(Granularity.DAY.truncate(LocalDateTime.parse(gold)))) {
          return "alt day-shift";
        }
        return "FAIL grain";
      }
      Granularity g = Granularity.of(grain);
      if (gold.contains("/")) {
        String[] gs = gold.split("/");
        String[] ms = t.value().split("/");
        if (ms.length != 2) {
          return "FAIL value";
        }
        boolean a = gs[0].equals("..") ? ms[0].equals("..")
            : !ms[0].equals("..") && TimeValue.parse(ms[0]).start().equals(LocalDateTime.parse(gs[0]));
        boolean b;
        if (gs[1].equals("..")) {
          b = ms[1].equals("..");
        } else if (gs[0].equals("..")) {
          b = !ms[1].equals("..") && TimeValue.parse(ms[1]).start().equals(LocalDateTime.parse(gs[1]));
        } else {
          b = !ms[1].equals("..") && TimeValue.parse(ms[1]).end().equals(LocalDateTime.parse(gs[1]));
        }
        if (a && b) {
          return "ok";
        }
        if (WEEKDAY.matcher(expr).matches() && !gs[0].equals("..") && !ms[0].equals("..")
            && TimeValue.parse(ms[0]).start().plusDays(7).equals(LocalDateTime.parse(gs[0]))) {
          return "alt past-weekday";
        }
        return "FAIL value";
      }
      if (t.value().contains("/")) {
        return "FAIL value";
      }
      LocalDateTime mine = TimeValue.parse(t.value()).start();
      LocalDateTime want = g.truncate(LocalDateTime.parse(gold));
      if (mine.equals(want)) {
        return "ok";
      }
      if (WEEKDAY.matcher(expr).matches() && mine.plusDays(7).equals(want)) {
        return "alt past-weekday";
      }
      return "FAIL value";
    } catch (RuntimeException e) {
      return "FAIL " + e.getMessage();
    }
  }

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path dir = shared.resolve("data/time");
    Result r = evaluate(dir.resolve("duckling-pl-time.tsv"), dir.resolve("duckling-pl-time-negative.txt"));
    System.out.print(r.report());
  }
}
