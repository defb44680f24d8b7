package org.kronika.train.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.kronika.api.TimeExpression;
import org.kronika.pl.time.TimeTagger;

/**
 * Recognition of {@code date} and {@code time} spans on the PolEval 2018 NER gold set (a test
 * set: never tune on it). For each document the newest answer is the gold; discontinuous spans
 * are split into their fragments; code-point offsets are converted to UTF-16. Documents carry no
 * date, so only recognition is scored. Our {@code time} kind (clock times) is scored as
 * {@code time}, everything else as {@code date}.
 *
 * <p>Reports precision, recall and F1 per type, by overlap (a span counts when it overlaps a gold
 * span of the same type) and exact match, with our spans as emitted (a leading preposition
 * included, "w czwartek") and with leading prepositions removed (NKJP's convention, "czwartek").
 *
 * <p>NKJP (the annotation scheme of this set) marks only calendar-named dates and times, never
 * deictic ones ({@code teraz}, {@code dziś}, {@code w sobotę}, {@code w tym roku}); this was
 * seen on the NKJP-1M training corpus, not on this test set. So the report has two blocks:
 * all our expressions as emitted, and the projection of {@link NkjpProjection} (atomic parts,
 * deictic expressions and durations not scored), the rule read off NKJP-1M
 * ({@link NkjpTimeEval}).
 *
 * <p>Usage: {@code PolEvalTimeEval [shared-dir]} (default {@code ../shared}).
 */
public final class PolEvalTimeEval {
  private static final Set<String> PREPOSITIONS = Set.of("w", "we", "od", "do", "z", "ze", "na",
      "po", "przed", "o", "około", "ok.", "między", "pomiędzy", "pod", "u", "przez", "za", "koło");

  /** Calendar-named expressions: a digit, a month name (any case) or a Roman numeral. */
  static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
      "(?s).*(\\d|(?iu)\\b(stycz|lut|mar[cz]|kwie|maj|czerw|lip|sierp|wrze[sś]|pa[zź]dzier|listopad"
      + "|grud)|\\b[IVX]{1,5}\\b).*");

  private PolEvalTimeEval() {}

  record Span(int start, int end, String type) {}

  /** Counts for one type and one matching mode. */
  static final class Counts {
    int pred;
    int gold;
    int predMatched;
    int goldMatched;

    double p() {
      return pred == 0 ? 0 : (double) predMatched / pred;
    }

    double r() {
      return gold == 0 ? 0 : (double) goldMatched / gold;
    }

    double f() {
      return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
    }
  }

  public static String evaluate(Path goldGz) throws IOException {
    return evaluate(goldGz, false) + "\nprojected onto NKJP (NkjpProjection: atomic parts,"
        + " deictic expressions not scored):\n" + evaluate(goldGz, true);
  }

  static String evaluate(Path goldGz, boolean projected) throws IOException {
    JsonNode root;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(goldGz))) {
      root = new ObjectMapper().readTree(in);
    }
    TimeTagger tagger = TimeTagger.polish();
    String[] types = {"date", "time"};
    String[] modes = {"overlap", "exact", "overlap-noprep", "exact-noprep"};
    Counts[][] c = new Counts[types.length][modes.length];
    for (int i = 0; i < types.length; i++) {
      for (int j = 0; j < modes.length; j++) {
        c[i][j] = new Counts();
      }
    }
    int docs = 0;
    long chars = 0;
    for (JsonNode q : root.get("questions")) {
      String text = q.get("input").get("fileContent").asText();
      JsonNode newest = null;
      for (JsonNode a : q.get("answers")) {
        if (newest == null || a.get("created").asText().compareTo(newest.get("created").asText()) > 0) {
          newest = a;
        }
      }
      if (newest == null) {
        continue;
      }
      docs++;
      chars += text.length();
      List<Span> gold = goldSpans(text, newest.path("data").path("brat").asText(""));
      List<Span> pred = new ArrayList<>();
      List<Span> predNoPrep = new ArrayList<>();
      for (TimeExpression t : projected ? tagger.tagAtoms(text, null) : tagger.tag(text, null)) {
        String type = projected ? NkjpProjection.type(t) : "time".equals(t.kind()) ? "time" : "date";
        if (type == null) {
          continue;
        }
        pred.add(new Span(t.start(), t.end(), type));
        predNoPrep.add(stripPreposition(text, new Span(t.start(), t.end(), type)));
      }
      for (int i = 0; i < types.length; i++) {
        String ty = types[i];
        List<Span> g = gold.stream().filter(s -> s.type.equals(ty)).toList();
        count(c[i][0], pred, g, ty, false);
        count(c[i][1], pred, g, ty, true);
        count(c[i][2], predNoPrep, g, ty, false);
        count(c[i][3], predNoPrep, g, ty, true);
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format("PolEval 2018 NER gold, %d documents (%d chars), newest answer each%n",
        docs, chars));
    b.append(String.format("%-6s %-16s %6s %6s %6s %6s %6s%n", "type", "match", "gold", "pred", "P",
        "R", "F1"));
    for (int i = 0; i < types.length; i++) {
      for (int j = 0; j < modes.length; j++) {
        Counts k = c[i][j];
        b.append(String.format("%-6s %-16s %6d %6d %6.3f %6.3f %6.3f%n", types[i], modes[j], k.gold,
            k.pred, k.p(), k.r(), k.f()));
      }
    }
    return b.toString();
  }

  static void count(Counts k, List<Span> pred, List<Span> gold, String type, boolean exact) {
    List<Span> p = pred.stream().filter(s -> s.type.equals(type)).toList();
    k.pred += p.size();
    k.gold += gold.size();
    for (Span s : p) {
      if (gold.stream().anyMatch(g -> match(s, g, exact))) {
        k.predMatched++;
      }
    }
    for (Span g : gold) {
      if (p.stream().anyMatch(s -> match(s, g, exact))) {
        k.goldMatched++;
      }
    }
  }

  private static boolean match(Span a, Span b, boolean exact) {
    return exact ? a.start == b.start && a.end == b.end : a.start < b.end && b.start < a.end;
  }

  static Span stripPreposition(String text, Span s) {
    int sp = text.indexOf(' ', s.start);
    if (sp > s.start && sp < s.end) {
      String first = text.substring(s.start, sp).toLowerCase(java.util.Locale.ROOT);
      if (PREPOSITIONS.contains(first)) {
        return new Span(sp + 1, s.end, s.type);
      }
    }
    return s;
  }

  static List<Span> goldSpans(String text, String brat) {
    List<Span> out = new ArrayList<>();
    for (String line : brat.split("\n")) {
      if (!line.startsWith("T")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      String[] head = f[1].split(" ", 2);
      String type = head[0];
      if (!type.equals("date") && !type.equals("time")) {
        continue;
      }
      for (String frag : head[1].split(";")) {
        String[] se = frag.trim().split(" ");
        int cs = Integer.parseInt(se[0]);
        int ce = Integer.parseInt(se[1]);
        out.add(new Span(text.offsetByCodePoints(0, cs), text.offsetByCodePoints(0, ce), type));
      }
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    System.out.print(evaluate(shared.resolve("data/ner/poleval2018-ner-gold.json.gz")));
  }
}
