package org.kronika.train.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per entity type, for exact-span and overlap matching.
 *
 * <ul>
 *   <li><b>exact</b>: same start, end and type;</li>
 *   <li><b>overlap</b>: same type and the spans share at least one character; gold and predicted
 *       spans are paired one-to-one (each gold span matches at most one prediction).</li>
 * </ul>
 * Spans are compared within one unit (a document or a sentence); callers add unit by unit.
 */
public final class SpanScores {
  /** A typed span {@code [start, end)} (characters or tokens, consistently). */
  public record Item(int start, int end, String type) {
    boolean overlaps(Item o) {
      return start < o.end && o.start < end;
    }
  }

  private static final class Counts {
    int gold;
    int pred;
    int exact;
    int overlap;
  }

  private final Map<String, Counts> byType = new TreeMap<>();

  /**
   * Adds one unit. Predictions overlapping any {@code ignore} span are dropped first (used for
   * gold names of types outside the scheme).
   */
  public void add(Collection<Item> gold, Collection<Item> predicted, Collection<Item> ignore) {
    List<Item> pred = new ArrayList<>();
    for (Item p : predicted) {
      boolean drop = false;
      for (Item i : ignore) {
        if (i.overlaps(p)) {
          drop = true;
          break;
        }
      }
      if (!drop) {
        pred.add(p);
      }
    }
    for (Item g : gold) {
      counts(g.type).gold++;
    }
    for (Item p : pred) {
      counts(p.type).pred++;
      if (gold.contains(p)) {
        counts(p.type).exact++;
      }
    }
    // overlap: exact pairs first, then greedy by order
    List<Item> freeGold = new ArrayList<>(gold);
    List<Item> rest = new ArrayList<>();
    for (Item p : pred) {
      if (freeGold.remove(p)) {
        counts(p.type).overlap++;
      } else {
        rest.add(p);
      }
    }
    for (Item p : rest) {
      for (int i = 0; i < freeGold.size(); i++) {
        Item g = freeGold.get(i);
        if (g.type.equals(p.type) && g.overlaps(p)) {
          counts(p.type).overlap++;
          freeGold.remove(i);
          break;
        }
      }
    }
  }

  public void add(Collection<Item> gold, Collection<Item> predicted) {
    add(gold, predicted, List.of());
  }

  private Counts counts(String type) {
    return byType.computeIfAbsent(type, t -> new Counts());
  }

  public double f1(String type, boolean exact) {
    Counts c = type == null ? total() : byType.getOrDefault(type, new Counts());
    return f(c.pred, c.gold, exact ? c.exact : c.overlap)[2];
  }

  private Counts total() {
    Counts t = new Counts();
    for (Counts c : byType.values()) {
      t.gold += c.gold;
      t.pred += c.pred;
      t.exact += c.exact;
      t.overlap += c.overlap;
    }
    return t;
  }

  private static double[] f(int pred, int gold, int tp) {
    double p = pred == 0 ? 0 : (double) tp / pred;
    double r = gold == 0 ? 0 : (double) tp / gold;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** A table: type, gold, predicted, exact P/R/F1, overlap P/R/F1, and the micro-average. */
  public String table(String title) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-22s %6s %6s | %6s %6s %6s | %6s %6s %6s%n",
        title, "gold", "pred", "P", "R", "F1", "oP", "oR", "oF1"));
    Map<String, Counts> rows = new TreeMap<>(byType);
    for (Map.Entry<String, Counts> e : rows.entrySet()) {
      row(sb, e.getKey(), e.getValue());
    }
    row(sb, "ALL (micro)", total());
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Counts c) {
    double[] e = f(c.pred, c.gold, c.exact);
    double[] o = f(c.pred, c.gold, c.overlap);
    sb.append(String.format(Locale.ROOT, "%-22s %6d %6d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
        name, c.gold, c.pred, e[0], e[1], e[2], o[0], o[1], o[2]));
  }
}
