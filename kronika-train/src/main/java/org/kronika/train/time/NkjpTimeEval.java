package org.kronika.train.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.kronika.api.TimeExpression;
import org.kronika.pl.time.TimeTagger;
import org.kronika.train.time.PolEvalTimeEval.Counts;
import org.kronika.train.time.PolEvalTimeEval.Span;

/**
 * Recognition of {@code date} and {@code time} spans on NKJP-1M (the NER training corpus,
 * {@code nkjp1m-ner.iob.gz}): the corpus to develop the time tagger's span recognition on.
 *
 * <p><b>Text.</b> The corpus gives tokens only, so each document ({@code -DOCSTART FILE} block)
 * is detokenised: one space between tokens, none before closing punctuation
 * ({@code . , ; : ! ? ) ] %} …) or after opening punctuation ({@code ( [ „}), straight double
 * quotes alternating open/close, and none around {@code . : / -} written between two numbers or
 * Roman numerals ({@code 17 . 00} → {@code 17.00}, {@code 1939 - 1941} → {@code 1939-1941},
 * {@code 14 . X . 1954} → {@code 14.X.1954}) or between a number and a short ordinal ending
 * ({@code 90 - tych} → {@code 90-tych}). Sentences are joined by one space and nothing is joined
 * across them. Gold spans run from the first to the last character of their tokens. The texts
 * have no date, so every document gets the fixed reference date {@link #REFERENCE}: only
 * recognition is scored here, not values.
 *
 * <p><b>Split.</b> Every 5th document (0-based index {@code % 5 == 4}) is the dev split, the one
 * reported; the others are the study split, for looking at errors ({@code --errors FILE}).
 *
 * <p><b>Projection</b> ({@link NkjpProjection}): NKJP labels calendar-named dates and clock times
 * only; our deictic expressions and durations are kept by the tagger but not scored in the
 * "projected" block. Reported: precision, recall and F1 per type by overlap and exact span,
 * with our spans as emitted and with a leading preposition dropped ("noprep").
 *
 * <p>Usage: {@code NkjpTimeEval [shared-dir] [--split dev|study|all] [--errors FILE]}.
 */
public final class NkjpTimeEval {
  /** The reference date every document gets (the texts carry none). */
  public static final String REFERENCE = "2000-06-15";

  private static final Set<String> CLOSE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "}",
      "%", "…", "”", "’", "»", "...");
  private static final Set<String> OPEN = Set.of("(", "[", "{", "„", "«", "“");
  private static final Set<String> JOIN = Set.of(".", ":", "/", "-", "–");
  private static final Pattern NUM = Pattern.compile("\\d+|[IVXLC]+");
  private static final Pattern ORD_END = Pattern.compile("(?iu)[a-ząęóśłżźćń]{1,4}");

  private NkjpTimeEval() {}

  /** One document: its text, and the gold spans. */
  record Doc(String id, String text, List<Span> gold) {}

  /** Reads the corpus and detokenises it. */
  static List<Doc> read(Path iobGz) throws IOException {
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(iobGz)), StandardCharsets.UTF_8))) {
      String id = null;
      List<List<String[]>> sents = new ArrayList<>();
      List<String[]> cur = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("-DOCSTART")) {
          if (!cur.isEmpty()) {
            sents.add(cur);
            cur = new ArrayList<>();
          }
          if (id != null) {
            docs.add(build(id, sents));
          }
          sents = new ArrayList<>();
          id = line.startsWith("-DOCSTART FILE") ? line.substring(15).trim() : null;
          continue;
        }
        if (line.isEmpty()) {
          if (!cur.isEmpty()) {
            sents.add(cur);
            cur = new ArrayList<>();
          }
          continue;
        }
        cur.add(line.split("\t", -1));
      }
      if (!cur.isEmpty()) {
        sents.add(cur);
      }
      if (id != null) {
        docs.add(build(id, sents));
      }
    }
    return docs;
  }

  private static Doc build(String id, List<List<String[]>> sents) {
    StringBuilder b = new StringBuilder();
    List<int[]> offs = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (List<String[]> s : sents) {
      boolean noSpace = true;
      boolean quoteOpen = false;
      for (int i = 0; i < s.size(); i++) {
        String w = s.get(i)[0];
        String prev = i > 0 ? s.get(i - 1)[0] : null;
        String next = i + 1 < s.size() ? s.get(i + 1)[0] : null;
        boolean space = !noSpace && b.length() > 0;
        if (CLOSE.contains(w)) {
          space = false;
        }
        if (w.equals("\"")) {
          if (quoteOpen) {
            space = false;
          }
          quoteOpen = !quoteOpen;
        }
        boolean joinNext = false;
        if (JOIN.contains(w) && prev != null && next != null && NUM.matcher(prev).matches()
            && (NUM.matcher(next).matches() || w.equals("-") && ORD_END.matcher(next).matches()
                && prev.chars().allMatch(Character::isDigit))) {
          space = false;
          joinNext = true;
        }
        if (i == 0 && b.length() > 0) {
          space = true;
        }
        if (space) {
          b.append(' ');
        }
        offs.add(new int[] {b.length(), b.length() + w.length()});
        b.append(w);
        tags.add(s.get(i).length > 3 ? s.get(i)[3] : "O");
        noSpace = joinNext || OPEN.contains(w) || w.equals("\"") && quoteOpen;
      }
    }
    List<Span> gold = new ArrayList<>();
    for (String type : new String[] {"date", "time"}) {
      int i = 0;
      while (i < tags.size()) {
        if (has(tags.get(i), "B-" + type)) {
          int j = i + 1;
          while (j < tags.size() && has(tags.get(j), "I-" + type)) {
            j++;
          }
          gold.add(new Span(offs.get(i)[0], offs.get(j - 1)[1], type));
          i = j;
        } else {
          i++;
        }
      }
    }
    return new Doc(id, b.toString(), gold);
  }

  private static boolean has(String tags, String tag) {
    for (String t : tags.split("#")) {
      if (t.equals(tag)) {
        return true;
      }
    }
    return false;
  }

  static boolean dev(int docIndex) {
    return docIndex % 5 == 4;
  }

  /** The report for one split: all our expressions, then the projected ones. */
  public static String evaluate(Path iobGz, String split, PrintWriter errors) throws IOException {
    List<Doc> all = read(iobGz);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (split.equals("all") || split.equals("dev") == dev(i)) {
        docs.add(all.get(i));
      }
    }
    TimeTagger tagger = TimeTagger.polish();
    String[] modes = {"overlap", "exact", "overlap-noprep", "exact-noprep"};
    Counts[][][] c = new Counts[2][2][modes.length];
    for (Counts[][] x : c) {
      for (Counts[] y : x) {
        for (int j = 0; j < y.length; j++) {
          y[j] = new Counts();
        }
      }
    }
    long chars = 0;
    int goldN = 0;
    for (Doc d : docs) {
      chars += d.text.length();
      goldN += d.gold.size();
      List<TimeExpression> found = tagger.tag(d.text, REFERENCE);
      List<TimeExpression> atoms = tagger.tagAtoms(d.text, REFERENCE);
      for (int proj = 0; proj < 2; proj++) {
        List<Span> pred = new ArrayList<>();
        List<Span> predNoPrep = new ArrayList<>();
        for (TimeExpression t : proj == 0 ? found : atoms) {
          String type = proj == 1 ? NkjpProjection.type(t) : "time".equals(t.kind()) ? "time" : "date";
          if (type == null) {
            continue;
          }
          Span s = new Span(t.start(), t.end(), type);
          pred.add(s);
          predNoPrep.add(PolEvalTimeEval.stripPreposition(d.text, s));
        }
        for (int ty = 0; ty < 2; ty++) {
          String type = ty == 0 ? "date" : "time";
          List<Span> g = d.gold.stream().filter(s -> s.type().equals(type)).toList();
          PolEvalTimeEval.count(c[proj][ty][0], pred, g, type, false);
          PolEvalTimeEval.count(c[proj][ty][1], pred, g, type, true);
          PolEvalTimeEval.count(c[proj][ty][2], predNoPrep, g, type, false);
          PolEvalTimeEval.count(c[proj][ty][3], predNoPrep, g, type, true);
        }
        if (proj == 1 && errors != null) {
          dumpErrors(errors, d, pred, predNoPrep);
        }
      }
    }
    StringBuilder b = new StringBuilder();
    for (int proj = 0; proj < 2; proj++) {
      b.append(String.format("NKJP-1M %s split, %d documents (%d chars, %d gold spans), reference %s;"
          + " %s%n", split, docs.size(), chars, goldN, REFERENCE,
          proj == 0 ? "all our expressions" : "projected onto NKJP (NkjpProjection)"));
      b.append(String.format("%-6s %-16s %6s %6s %6s %6s %6s%n", "type", "match", "gold", "pred",
          "P", "R", "F1"));
      for (int ty = 0; ty < 2; ty++) {
        for (int j = 0; j < modes.length; j++) {
          Counts k = c[proj][ty][j];
          b.append(String.format("%-6s %-16s %6d %6d %6.3f %6.3f %6.3f%n", ty == 0 ? "date" : "time",
              modes[j], k.gold, k.pred, k.p(), k.r(), k.f()));
        }
      }
      if (proj == 0) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** One line per error: FP (ours, no overlapping gold of the type), FN, and exact mismatches. */
  private static void dumpErrors(PrintWriter w, Doc d, List<Span> pred, List<Span> predNoPrep) {
    for (int i = 0; i < pred.size(); i++) {
      Span p = pred.get(i);
      List<Span> ov = d.gold.stream().filter(g -> g.start() < p.end() && p.start() < g.end())
          .toList();
      if (ov.stream().noneMatch(g -> g.type().equals(p.type()))) {
        w.printf("FP\t%s\t%s\t%s%n", p.type(),
            ov.isEmpty() ? "-" : ov.get(0).type(), context(d.text, p));
      } else {
        Span np = predNoPrep.get(i);
        if (ov.stream().noneMatch(g -> g.start() == np.start() && g.end() == np.end())) {
          w.printf("SPAN\t%s\t%s\t%s%n", p.type(), context(d.text, ov.get(0)), context(d.text, p));
        }
      }
    }
    for (Span g : d.gold) {
      if (pred.stream().noneMatch(p -> p.type().equals(g.type()) && p.start() < g.end()
          && g.start() < p.end())) {
        boolean other = pred.stream().anyMatch(p -> p.start() < g.end() && g.start() < p.end());
        w.printf("FN\t%s\t%s\t%s%n", g.type(), other ? "typed-other" : "-", context(d.text, g));
      }
    }
  }

  private static String context(String text, Span s) {
    int a = Math.max(0, s.start() - 40);
    int z = Math.min(text.length(), s.end() + 40);
    return (text.substring(a, s.start()) + "[[" + text.substring(s.start(), s.end()) + "]]"
        + text.substring(s.end(), z)).replace('\t', ' ').replace('\n', ' ');
  }

  public static void main(String[] args) throws IOException {
    Path shared = Path.of("../shared");
    String split = "dev";
    Path errors = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i].toLowerCase(Locale.ROOT);
        case "--errors" -> errors = Path.of(args[++i]);
        default -> shared = Path.of(args[i]);
      }
    }
    Path iob = shared.resolve("data/ner/nkjp1m-ner.iob.gz");
    if (errors != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
        System.out.print(evaluate(iob, split, w));
      }
    } else {
      System.out.print(evaluate(iob, split, null));
    }
  }
}
