package org.kronika.pl.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kronika.pl.number.PolishNumberParser;

/**
 * The time scanner's own lexical pass over raw text, in one linear scan (no regular expressions
 * over the text). Letters and digits are split at their boundary ({@code 18tego} → {@code 18},
 * {@code tego}); a digit run keeps internal {@code . , : /} followed by a digit
 * ({@code 12.11.2023}, {@code 14:30}, {@code 1,5}); a hyphen stays inside only when the run is a
 * numeric date ({@code 2015-03-03}, {@code 10-31-74}), otherwise {@code 13-15} gives three tokens.
 */
final class TimeTokenizer {
  private TimeTokenizer() {}

  static List<Tok> tokenize(String text) {
    List<Tok> out = new ArrayList<>(Math.max(16, text.length() / 5));
    int n = text.length();
    int i = 0;
    boolean space = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
        i++;
        continue;
      }
      int s = i;
      if (Character.isLetter(c)) {
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        add(out, text, s, i, 'w', space);
      } else if (c >= '0' && c <= '9') {
        boolean hyphen = false;
        while (i < n) {
          char d = text.charAt(i);
          if (d >= '0' && d <= '9') {
            i++;
          } else if ((d == '.' || d == ',' || d == ':' || d == '/' || d == '-') && i + 1 < n
              && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
            hyphen |= d == '-';
            i++;
          } else {
            break;
          }
        }
        if (hyphen && !isHyphenDate(text, s, i)) {
          // split 13-15 and 11:30-1:30 into parts and hyphens
          int p = s;
          for (int k = s; k <= i; k++) {
            if (k == i || text.charAt(k) == '-') {
              add(out, text, p, k, 'd', p == s ? space : false);
              if (k < i) {
                add(out, text, k, k + 1, 'p', false);
              }
              p = k + 1;
            }
          }
        } else {
          add(out, text, s, i, 'd', space);
        }
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < n) {
          i++;
        }
        add(out, text, s, i, 'p', space);
      }
      space = false;
    }
    return out;
  }

  private static final Pattern YMD = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
  private static final Pattern MDY = Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{2,4}");

  private static boolean isHyphenDate(String text, int s, int e) {
    CharSequence t = text.subSequence(s, e);
    return YMD.matcher(t).matches() || MDY.matcher(t).matches();
  }

  private static void add(List<Tok> out, String text, int s, int e, char kind, boolean space) {
    if (e <= s) {
      return;
    }
    String t = text.substring(s, e);
    String lower = t.toLowerCase(Locale.ROOT);
    String fold = kind == 'w' ? PolishNumberParser.fold(lower) : lower;
    boolean diacritic = kind == 'w' && !fold.equals(lower);
    if (!diacritic) {
      fold = lower; // the same string: its hash is computed once for both
    }
    out.add(new Tok(out.size(), s, e, t, lower, fold, diacritic, kind, space));
  }
}
