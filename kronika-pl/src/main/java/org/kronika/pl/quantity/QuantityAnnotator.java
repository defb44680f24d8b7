package org.kronika.pl.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Layer;
import org.kronika.api.Quantity;
import org.kronika.api.TimeExpression;
import org.kronika.api.Token;
import org.kronika.core.Annotator;
import org.kronika.core.Config;
import org.kronika.pl.event.Tags;
import org.kronika.pl.number.PolishNumberParser;

/**
 * Finds counted quantities: an optional qualifier, a cardinal number in digits or words, and the
 * counted noun whose lemma becomes the unit ({@code ponad tysiąc kontenerów} → 1000, {@code >},
 * {@code kontener}).
 *
 * <table>
 *   <caption>quantity annotator</caption>
 *   <tr><th>name</th><td>{@code quantity}</td></tr>
 *   <tr><th>requires</th><td>{@link Layer#TOKENS}, {@link Layer#MORPHOLOGY}; uses {@link Layer#TIMES}
 *       when present to skip dates</td></tr>
 *   <tr><th>produces</th><td>{@link Layer#QUANTITIES}</td></tr>
 *   <tr><th>resources</th><td>{@code qualifiers.txt} (qualifier phrases with examples)</td></tr>
 * </table>
 *
 * <p>Rules: ordinals ({@code trzecia próba}) and numbers without a counted noun or unit are not
 * quantities; {@code oba/obie} are not counts; the unit of an abbreviation ({@code km}) is its
 * surface form, of a noun its lemma. One left-to-right pass. Immutable and thread-safe.
 */
public final class QuantityAnnotator implements Annotator {
  private static final Set<String> NOT_COUNTS = Set.of("oba", "obie", "obu", "obydwa", "obydwie",
      "obydwu", "obojga", "oboje", "jeden", "jedna", "jedno", "jednego", "jednej", "jednemu",
      "jednym", "jedną", "jedni", "pojedynczy", "pojedyncza", "pojedyncze");
  private static final Set<String> PERCENT = Set.of("%", "proc.", "proc", "procent", "procent.",
      "procenta", "procentów");
  private static final Set<String> NUMBER_WORD_POS = Set.of("num", "dig", "subst", "brev", "adj",
      "numcol", "ign");

  private final PolishNumberParser numbers = PolishNumberParser.polish();
  private final Map<String, String> qualifiers; // phrase -> qualifier
  private final int maxQualifierWords;
  private final Set<String> firstWords;

  public QuantityAnnotator(Config config) {
    Map<String, String> q = new HashMap<>();
    int max = 1;
    try (InputStream in = QuantityAnnotator.class.getResourceAsStream("qualifiers.txt")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        q.put(f[0].strip(), f[1].strip());
        max = Math.max(max, f[0].strip().split(" ").length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.qualifiers = Map.copyOf(q);
    java.util.HashSet<String> fw = new java.util.HashSet<>();
    q.keySet().forEach(k -> fw.add(k.split(" ")[0]));
    this.firstWords = Set.copyOf(fw);
    this.maxQualifierWords = max;
  }

  public QuantityAnnotator() {
    this(Config.empty());
  }

  @Override
  public String name() {
    return "quantity";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.MORPHOLOGY);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUANTITIES);
  }

  @Override
  public AnnotatedDocument annotate(AnnotatedDocument doc) {
    return doc.withQuantities(find(doc));
  }

  /** All quantities of a document, in text order. */
  public List<Quantity> find(AnnotatedDocument doc) {
    String text = doc.text();
    List<Token> toks = doc.tokens();
    int n = toks.size();
    boolean[] inTime = new boolean[n];
    if (doc.has(Layer.TIMES)) {
      int ti = 0;
      List<TimeExpression> times = doc.times();
      for (int i = 0; i < n; i++) {
        Token t = toks.get(i);
        while (ti < times.size() && times.get(ti).end() <= t.start()) {
          ti++;
        }
        for (int k = ti; k < times.size() && times.get(k).start() < t.end(); k++) {
          if (times.get(k).end() > t.start()) {
            inTime[i] = true;
          }
        }
      }
    }
    List<String> words = new ArrayList<>(n);
    for (Token t : toks) {
      words.add(t.text(text));
    }
    List<Quantity> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (inTime[i]) {
        continue;
      }
      String qual = "=";
      int j = i;
      boolean maybeQualifier = firstWords.contains(words.get(i).toLowerCase(Locale.ROOT));
      for (int len = maybeQualifier ? Math.min(maxQualifierWords, n - i) : 0; len >= 1; len--) {
        String phrase = String.join(" ", words.subList(i, i + len)).toLowerCase(Locale.ROOT);
        String q = qualifiers.get(phrase);
        if (q != null) {
          qual = q;
          j = i + len;
          break;
        }
      }
      if (j >= n || inTime[j] || !startsNumber(toks.get(j), words.get(j))) {
        continue;
      }
      if (NOT_COUNTS.contains(words.get(j).toLowerCase(Locale.ROOT))) {
        continue;
      }
      PolishNumberParser.Match m = numbers.match(words, j);
      if (m == null || m.ordinal() || m.length() == 0) {
        continue;
      }
      int k = j + m.length();
      boolean timeInside = false;
      for (int x = j; x < k && x < n; x++) {
        timeInside |= inTime[x];
      }
      if (timeInside) {
        continue;
      }
      // the counted noun: skip up to two adjectives ("dwa nowe statki")
      int u = k;
      while (u < n && u < k + 2 && Tags.isAdj(toks.get(u).tag()) && !inTime[u]
          && !PERCENT.contains(words.get(u).toLowerCase(Locale.ROOT))) {
        u++;
      }
      if (u >= n || inTime[u]) {
        continue;
      }
      Token ut = toks.get(u);
      String uw = words.get(u);
      String unit = null;
      String pos = Tags.pos(ut.tag());
      if (PERCENT.contains(uw.toLowerCase(Locale.ROOT))) {
        unit = "%";
      } else if (pos.equals("brev")) {
        unit = uw.endsWith(".") ? uw.substring(0, uw.length() - 1) : uw;
        if (unit.equals("proc")) {
          unit = "%";
        }
      } else if (pos.equals("subst") || pos.equals("depr")) {
        unit = ut.lemma() == null ? uw.toLowerCase(Locale.ROOT) : ut.lemma().toLowerCase(Locale.ROOT);
      }
      if (unit == null) {
        continue;
      }
      int start = toks.get(i).start();
      int end = ut.end();
      out.add(new Quantity(start, end, text.substring(start, end), m.value(), qual, unit));
      i = u;
    }
    return out;
  }

  private boolean startsNumber(Token t, String w) {
    if (w.isEmpty()) {
      return false;
    }
    if (Character.isDigit(w.charAt(0))) {
      return true;
    }
    return NUMBER_WORD_POS.contains(Tags.pos(t.tag())) && numbers.isNumberWord(w);
  }
}
