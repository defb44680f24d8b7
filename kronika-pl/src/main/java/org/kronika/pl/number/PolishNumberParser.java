package org.kronika.pl.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Polish numbers written in digits, words or both: {@code 1,5}, {@code 1 000},
 * {@code 1.5}, {@code 100,000}, {@code 1,2 mln}, {@code 5 tys.}, {@code 100K}, {@code minus 12},
 * {@code sto dwadzieścia trzy}, {@code dwudziestu jeden tysięcy i jedenastu}, {@code półtora},
 * {@code 2 i pół}, and ordinals ({@code trzeci}, {@code dwudziestego pierwszego}, {@code 4ty}).
 *
 * <table>
 *   <caption>Number parser</caption>
 *   <tr><th>requires</th><td>nothing (words are matched case- and diacritic-insensitively)</td></tr>
 *   <tr><th>resources</th><td>{@code org/kronika/pl/number/numerals.txt}</td></tr>
 *   <tr><th>digit conventions</th><td>a comma or dot followed by groups of exactly three digits
 *       is a thousands separator ({@code 100,000}, {@code 1.000.000}); otherwise it is the decimal
 *       mark ({@code 1,5}, {@code 1.10}); a digit group followed by space-separated groups of three
 *       digits is one number ({@code 1 000 000})</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe; {@link #polish()} returns a shared instance.
 */
public final class PolishNumberParser {

  /** A number found at the start of a word sequence. */
  public record Match(double value, int length, boolean ordinal) {
    public boolean isInteger() {
      return value == Math.rint(value) && !Double.isInfinite(value);
    }
  }

  private enum Type { U, T, D, H, M, F, O }

  private record Word(Type type, double value) {}

  // compiled once: these run for every number the scanners meet
  private static final Pattern UP_TO_THREE = Pattern.compile("\\d{1,3}");
  private static final Pattern THREE = Pattern.compile("\\d{3}");
  private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+");
  private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

  private static final Pattern DIGITS = Pattern.compile(
      "(-?)(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d{3})+|\\d*[.,]\\d+|\\d+)([a-zA-Z]*)");
  private static final Pattern ORD_DIGITS = Pattern.compile(
      "(\\d{1,4})-?(szy|gi|ci|ty|my|sty|ny|y|i|go|ego|tego|ciego|ej|stej|tej|ciej|a|sta|ta|cia|ga|ma)");

  private final Map<String, Word> words;
  /**
   * The first four letters of every form that can start a glued compound ordinal (an ordinal of
   * a whole ten, hundred ... from 20 on: {@code dwudziesta}); a word that starts otherwise is
   * not one, and {@link #ordinal} skips trying each split of it.
   */
  private final Set<String> gluedStarts;

  private PolishNumberParser(Map<String, Word> words) {
    this.words = Map.copyOf(words);
    Set<String> starts = new HashSet<>();
    words.forEach((form, w) -> {
      if (form.length() >= 4 && gluedTens(w)) {
        starts.add(form.substring(0, 4));
      }
    });
    this.gluedStarts = Set.copyOf(starts);
  }

  /** Whether {@code w} can be the first part of a glued compound ordinal. */
  private static boolean gluedTens(Word w) {
    return w.type == Type.O && w.value >= 20 && w.value % 10 == 0;
  }

  private static final class Holder {
    static final PolishNumberParser INSTANCE = load();
  }

  /** The parser built from the bundled numeral list. */
  public static PolishNumberParser polish() {
    return Holder.INSTANCE;
  }

  private static PolishNumberParser load() {
    Map<String, Word> m = new HashMap<>();
    try (InputStream in = PolishNumberParser.class.getResourceAsStream("numerals.txt")) {
      if (in == null) {
        throw new IllegalStateException("numerals.txt missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String[] head = line.substring(0, colon).trim().split("\\s+");
        Type type = Type.valueOf(head[0]);
        double value = Double.parseDouble(head[1]);
        for (String f : line.substring(colon + 1).split("\\|")) {
          String form = f.strip().toLowerCase(Locale.ROOT);
          if (type == Type.O) {
            for (String d : declineOrdinal(form)) {
              put(m, d, new Word(type, value));
            }
          } else {
            put(m, form, new Word(type, value));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PolishNumberParser(m);
  }

  private static void put(Map<String, Word> m, String form, Word w) {
    m.putIfAbsent(form, w);
    m.putIfAbsent(fold(form), w);
  }

  /** All case/gender/number forms of an ordinal adjective given its nominative masculine form. */
  static List<String> declineOrdinal(String nom) {
    List<String> out = new ArrayList<>();
    if (nom.endsWith("y")) {
      String s = nom.substring(0, nom.length() - 1);
      for (String e : new String[] {"y", "a", "e", "ego", "ej", "emu", "ym", "ą", "ych", "ymi", "i"}) {
        out.add(s + e);
      }
    } else if (nom.endsWith("i")) {
      String s = nom.substring(0, nom.length() - 1);
      for (String e : new String[] {"i", "ia", "ie", "iego", "iej", "iemu", "im", "ią", "ich", "imi"}) {
        out.add(s + e);
      }
      if (nom.equals("drugi")) {
        out.addAll(List.of("druga", "drugą"));
      }
    }
    return out;
  }

  /** Lower case without Polish diacritics ({@code Pięćdziesiąt} → {@code piecdziesiat}). */
  public static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      switch (c) {
        case 'ą' -> c = 'a';
        case 'ć' -> c = 'c';
        case 'ę' -> c = 'e';
        case 'ł' -> c = 'l';
        case 'ń' -> c = 'n';
        case 'ó' -> c = 'o';
        case 'ś' -> c = 's';
        case 'ź', 'ż' -> c = 'z';
        default -> { }
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Parses a whole string as one number; null when it is not exactly one number. Ordinals
   * ({@code czwarty}, {@code 4ty}) give their value.
   */
  public Double parse(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    if (s.isEmpty()) {
      return null;
    }
    List<String> ws = new ArrayList<>(List.of(s.split("\\s+")));
    double sign = 1;
    if (ws.get(0).equalsIgnoreCase("minus") || ws.get(0).equals("-") || ws.get(0).equals("−")) {
      sign = -1;
      ws.remove(0);
    } else if (ws.get(0).startsWith("-") && ws.get(0).length() > 1) {
      sign = -1;
      ws.set(0, ws.get(0).substring(1));
    }
    if (ws.isEmpty()) {
      return null;
    }
    Match m = match(ws, 0);
    if (m == null || m.length() != ws.size()) {
      return null;
    }
    return sign * m.value();
  }

  /** An ordinal word or digits with an ordinal ending ({@code trzeciego}, {@code 3ci}); else null. */
  public Integer ordinal(String word) {
    Word w = lookup(word);
    if (w != null && w.type == Type.O) {
      return (int) w.value;
    }
    if (!word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9') { // ORD_DIGITS starts so
      Matcher m = ORD_DIGITS.matcher(word.toLowerCase(Locale.ROOT));
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    }
    // glued compound ordinals: dwudziestapierwsza, dwudziestejtrzeciej
    String f = fold(word);
    if (f.length() <= 6 || !gluedStarts.contains(f.substring(0, 4))) {
      return null; // no split below can start with a ten's ordinal
    }
    for (int i = 4; i < f.length() - 2; i++) {
      Word a = words.get(f.substring(0, i));
      Word b = words.get(f.substring(i));
      if (a != null && b != null && a.type == Type.O && b.type == Type.O && gluedTens(a)
          && b.value < 10) {
        return (int) (a.value + b.value);
      }
    }
    return null;
  }

  private Word lookup(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Word w = words.get(lower);
    return w != null ? w : words.get(fold(lower));
  }

  /** True when {@code word} is a number word of any kind (cheap check for scanners). */
  public boolean isNumberWord(String word) {
    return lookup(word) != null;
  }

  /**
   * {@link #isNumberWord} for a scanner that already has the word lowercased ({@code lower}) and
   * {@link #fold folded} ({@code folded == fold(lower)}): the same answer without new strings.
   */
  public boolean isNumberWord(String lower, String folded) {
    return words.get(lower) != null || folded != lower && words.get(folded) != null;
  }

  /**
   * The longest number at the start of {@code ws.subList(from, ...)}; words are single tokens
   * (digit strings allowed, e.g. {@code "1,5", "mln"}). Null when none starts there.
   */
  public Match match(List<String> ws, int from) {
    int n = ws.size();
    if (from >= n) {
      return null;
    }
    // ordinal words (possibly compound: dwudziesty pierwszy)
    String first = ws.get(from);
    Word w0 = lookup(first);
    if (w0 != null && w0.type == Type.O) {
      double v = w0.value;
      int len = 1;
      if (v >= 20 && v % 10 == 0 && from + 1 < n) {
        Word w1 = lookup(ws.get(from + 1));
        if (w1 != null && w1.type == Type.O && w1.value < 10) {
          v += w1.value;
          len = 2;
        }
      }
      return new Match(v, len, true);
    }
    if (w0 == null && Character.isLetter(first.charAt(0))) {
      Integer glued = ordinal(first);
      return glued == null ? null : new Match(glued, 1, true);
    }
    if (w0 == null) {
      Matcher od = ORD_DIGITS.matcher(first.toLowerCase(Locale.ROOT));
      if (od.matches()) {
        return new Match(Integer.parseInt(od.group(1)), 1, true);
      }
      return matchDigits(ws, from);
    }
    return matchWords(ws, from);
  }

  private Match matchDigits(List<String> ws, int from) {
    Matcher m = DIGITS.matcher(ws.get(from));
    if (!m.matches()) {
      return null;
    }
    double v = digitValue(m.group(2));
    boolean neg = !m.group(1).isEmpty();
    int i = from + 1;
    String suffix = m.group(3);
    if (!suffix.isEmpty()) {
      Word sw = lookup(suffix);
      if (sw == null || sw.type != Type.M) {
        return null;
      }
      v *= sw.value;
    } else {
      // 1 000 000: space-separated groups of three digits
      if (UP_TO_THREE.matcher(m.group(2)).matches()) {
        while (i < ws.size() && THREE.matcher(ws.get(i)).matches()) {
          v = v * 1000 + Integer.parseInt(ws.get(i));
          i++;
        }
      }
      // 2 i pół
      if (i + 1 < ws.size() && ws.get(i).equals("i") && "pół".equals(ws.get(i + 1).toLowerCase(Locale.ROOT))) {
        v += 0.5;
        i += 2;
      }
      if (i < ws.size()) {
        Word mw = lookup(ws.get(i));
        if (mw != null && mw.type == Type.M && (ws.get(i).length() > 1)) {
          v *= mw.value;
          i++;
          if (i < ws.size() && ws.get(i).equals(".")) {
            i++;
          }
        }
      }
    }
    return new Match(neg ? -v : v, i - from, false);
  }

  private static double digitValue(String s) {
    if (COMMA_GROUPS.matcher(s).matches() || DOT_GROUPS.matcher(s).matches()) {
      return Double.parseDouble(s.replace(",", "").replace(".", ""));
    }
    return Double.parseDouble(s.replace(',', '.'));
  }

  /** Cardinal words: groups of [hundreds][tens][units|teens] each optionally times a multiplier. */
  private Match matchWords(List<String> ws, int from) {
    double total = 0;
    double group = 0;
    int lastSmall = Integer.MAX_VALUE; // rank of the last small word in the current group
    double lastMult = Double.MAX_VALUE;
    int i = from;
    int end = from;
    boolean any = false;
    while (i < ws.size()) {
      String t = ws.get(i);
      if (t.equals("i") && any && i + 1 < ws.size()) {
        Word nx = lookup(ws.get(i + 1));
        if (nx != null && nx.type == Type.F && nx.value == 0.5) {
          group += 0.5;
          i += 2;
          end = i;
          continue;
        }
        if (nx != null && nx.type != Type.M && nx.type != Type.O && group == 0 && total > 0) {
          i++;
          continue;
        }
        break;
      }
      Word w = lookup(t);
      if (w == null || w.type == Type.O) {
        break;
      }
      int rank = switch (w.type) {
        case H -> 3;
        case D -> 2;
        case T, U -> 1;
        case F -> 0;
        default -> -1;
      };
      if (w.type == Type.M) {
        if (w.value >= lastMult || t.length() == 1) {
          break;
        }
        total += (group == 0 ? 1 : group) * w.value;
        group = 0;
        lastMult = w.value;
        lastSmall = Integer.MAX_VALUE;
        i++;
        if (i < ws.size() && ws.get(i).equals(".")) {
          i++;
        }
      } else if (w.type == Type.F) {
        if (any) {
          break;
        }
        group += w.value;
        lastSmall = 0;
        i++;
      } else {
        if (rank >= lastSmall || (w.type == Type.U && w.value == 0 && any)) {
          break;
        }
        group += w.value;
        lastSmall = rank;
        i++;
      }
      any = true;
      end = i;
    }
    if (!any) {
      return null;
    }
    // recompute the value up to `end` (a trailing "i" is not consumed)
    return new Match(total + group, end - from, false);
  }
}
