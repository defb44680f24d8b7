package org.kronika.pl.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kronika.pl.number.PolishNumberParser;

/**
 * One time rule: a sequence of pattern elements and the name of the action that resolves a match.
 * Rules are read from resource files, one rule per line, each followed by its examples:
 *
 * <pre>
 * # comment
 * &#64;anchor 2013-02-12T04:30:00            (document date for the examples that follow)
 * "w|we"? &#64;MONTH yrel=&#64;YREL => date
 * #ex: w październiku br. => 2013-10 month
 * #ex[2023-11]: w czwartek => 2023-11 month weekday
 * #no: trzecia próba                      (must not be tagged)
 * </pre>
 *
 * <p>Elements: {@code "a|b"} literal words (a trailing dot, {@code "godz."}, makes the dot
 * optional); {@code @CAT} a lexicon category ({@code @CAT*} also its extended forms);
 * {@code #int[1-31]}, {@code #year}, {@code #clock}, {@code #dclock}, {@code #date}, {@code #md},
 * {@code #card[0-1000]} (a cardinal number in digits or words), {@code #ord[1-31]} (an ordinal);
 * {@code #T[DC]} an expression found by an earlier pass (its type letters). Alternatives are
 * joined by {@code |}; {@code name=} names the slot the value goes to (default: the category or
 * kind in lower case); a trailing {@code ?} makes the element optional. After the action,
 * {@code weak} marks a rule whose matches are kept only when a later rule consumes them;
 * {@code bare} one whose matches are kept on their own only when their context allows it
 * (a bare year or clock reading: not followed by a unit or a noun, see {@code TimeTagger}).
 */
record TimeRule(String id, int order, List<Element> elements, String action, String arg, boolean weak,
    boolean bare, boolean compose, List<Example> examples) {

  /** An example carried by the rule. {@code expected} null means "must not be tagged". */
  record Example(String source, String anchor, String text, String value, String granularity,
      String mod) {}

  record Element(List<Alt> alts, boolean optional, String slot) {}

  /**
   * One alternative of an element. For literals, {@code words} holds each word, {@code ~} + its
   * folded form and {@code !} + a word written with an optional dot; {@code folded} and
   * {@code dotted} hold the same folded and dotted words without their marks, so matching a token
   * builds no string.
   */
  record Alt(char kind, Set<String> words, String cat, boolean ext, String numKind, double min,
      double max, String types, Set<String> folded, Set<String> dotted) {
    Alt(char kind, Set<String> words, String cat, boolean ext, String numKind, double min,
        double max, String types) {
      this(kind, words, cat, ext, numKind, min, max, types, unmarked(words, '~'), unmarked(words, '!'));
    }

    private static Set<String> unmarked(Set<String> words, char mark) {
      if (words == null) {
        return Set.of();
      }
      Set<String> out = new HashSet<>();
      for (String w : words) {
        if (!w.isEmpty() && w.charAt(0) == mark) {
          out.add(w.substring(1));
        }
      }
      return Set.copyOf(out);
    }

    /** Whether the literal {@code w} was written with an optional abbreviation dot. */
    boolean dotAfter(String w) {
      return dotted.contains(w);
    }

    /** Whether {@code fold} is the folded form of one of the literal's words. */
    boolean hasFolded(String fold) {
      return folded.contains(fold);
    }
  }

  static List<TimeRule> load(String resource, int orderBase, boolean compose) {
    List<TimeRule> rules = new ArrayList<>();
    try (InputStream in = TimeRule.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("time rules " + resource + " missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String anchor = null;
      List<Example> current = null;
      int no = 0;
      for (String line; (line = r.readLine()) != null; ) {
        no++;
        String s = line.strip();
        if (s.isEmpty()) {
          continue;
        }
        String where = resource + ":" + no;
        if (s.startsWith("@anchor ")) {
          anchor = s.substring(8).strip();
        } else if (s.startsWith("#ex")) {
          if (current == null) {
            throw new IllegalArgumentException(where + ": example before any rule");
          }
          current.add(parseExample(where, s, anchor));
        } else if (s.startsWith("#no:")) {
          if (current == null) {
            throw new IllegalArgumentException(where + ": example before any rule");
          }
          current.add(new Example(where, anchor, s.substring(4).strip(), null, null, null));
        } else if (s.startsWith("#")) {
          continue;
        } else {
          current = new ArrayList<>();
          rules.add(parseRule(where, s, orderBase + rules.size(), compose, current));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rules;
  }

  private static Example parseExample(String where, String s, String anchor) {
    int colon = s.indexOf(':');
    String head = s.substring(3, colon);
    if (head.startsWith("[")) {
      anchor = head.substring(1, head.length() - 1);
    }
    String body = s.substring(colon + 1);
    int arrow = body.lastIndexOf("=>");
    if (arrow < 0) {
      throw new IllegalArgumentException(where + ": example needs '=> value granularity [mod]'");
    }
    String text = body.substring(0, arrow).strip();
    String[] exp = body.substring(arrow + 2).strip().split("\\s+");
    String value = exp[0].equals("null") ? "null" : exp[0];
    return new Example(where, anchor, text, value, exp.length > 1 ? exp[1] : null,
        exp.length > 2 ? exp[2] : null);
  }

  private static TimeRule parseRule(String where, String s, int order, boolean compose,
      List<Example> examples) {
    int arrow = s.lastIndexOf("=>");
    if (arrow < 0) {
      throw new IllegalArgumentException(where + ": rule needs '=> action'");
    }
    String[] act = s.substring(arrow + 2).strip().split("\\s+");
    String action = act[0];
    String arg = null;
    int p = action.indexOf('(');
    if (p > 0) {
      arg = action.substring(p + 1, action.length() - 1);
      action = action.substring(0, p);
    }
    boolean weak = act.length > 1 && act[1].equals("weak");
    boolean bare = act.length > 1 && act[1].equals("bare");
    List<Element> elements = new ArrayList<>();
    for (String el : splitElements(s.substring(0, arrow).strip())) {
      elements.add(parseElement(where, el));
    }
    if (elements.isEmpty() || elements.stream().allMatch(Element::optional)) {
      throw new IllegalArgumentException(where + ": a rule needs a required element");
    }
    return new TimeRule(where, order, List.copyOf(elements), action, arg, weak, bare, compose, examples);
  }

  private static List<String> splitElements(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        q = !q;
      }
      if (c == ' ' && !q) {
        if (b.length() > 0) {
          out.add(b.toString());
          b.setLength(0);
        }
      } else {
        b.append(c);
      }
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out;
  }

  private static Element parseElement(String where, String el) {
    boolean optional = el.endsWith("?");
    if (optional) {
      el = el.substring(0, el.length() - 1);
    }
    String slot = null;
    int eq = el.indexOf('=');
    if (eq > 0 && el.charAt(0) != '"') {
      slot = el.substring(0, eq);
      el = el.substring(eq + 1);
    }
    List<Alt> alts = new ArrayList<>();
    // split on | outside quotes
    List<String> parts = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < el.length(); i++) {
      char c = el.charAt(i);
      if (c == '"') {
        q = !q;
      }
      if (c == '|' && !q) {
        parts.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    parts.add(b.toString());
    for (String a : parts) {
      alts.add(parseAlt(where, a));
    }
    if (slot == null) {
      Alt a = alts.get(0);
      slot = a.kind() == 'c' ? a.cat().toLowerCase(Locale.ROOT)
          : a.kind() == 'n' ? a.numKind() : a.kind() == 'T' ? "t" : null;
    }
    return new Element(List.copyOf(alts), optional, slot);
  }

  private static Alt parseAlt(String where, String a) {
    if (a.startsWith("\"") && a.endsWith("\"") && a.length() >= 2) {
      Set<String> words = new HashSet<>();
      for (String w : a.substring(1, a.length() - 1).split("\\|")) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.length() > 1 && lw.endsWith(".")) {
          lw = lw.substring(0, lw.length() - 1);
          words.add("!" + lw);
        }
        words.add(lw);
        words.add("~" + PolishNumberParser.fold(lw));
      }
      return new Alt('l', Set.copyOf(words), null, false, null, 0, 0, null);
    }
    if (a.startsWith("@")) {
      boolean ext = a.endsWith("*");
      String cat = a.substring(1, ext ? a.length() - 1 : a.length());
      return new Alt('c', null, cat, ext, null, 0, 0, null);
    }
    if (a.startsWith("#")) {
      String kind = a.substring(1);
      double min = Double.NEGATIVE_INFINITY;
      double max = Double.POSITIVE_INFINITY;
      String types = null;
      int br = kind.indexOf('[');
      if (br > 0) {
        String range = kind.substring(br + 1, kind.length() - 1);
        kind = kind.substring(0, br);
        if (kind.equals("T")) {
          types = range;
        } else {
          String[] mm = range.split("-");
          min = Double.parseDouble(mm[0]);
          max = Double.parseDouble(mm[1]);
        }
      }
      if (kind.equals("T")) {
        return new Alt('T', null, null, false, null, 0, 0, types);
      }
      if (!Set.of("int", "year", "yslash", "clock", "dclock", "date", "md", "dm", "card", "ord").contains(kind)) {
        throw new IllegalArgumentException(where + ": unknown element #" + kind);
      }
      return new Alt('n', null, null, false, kind, min, max, null);
    }
    throw new IllegalArgumentException(where + ": bad element '" + a + "'");
  }
}
