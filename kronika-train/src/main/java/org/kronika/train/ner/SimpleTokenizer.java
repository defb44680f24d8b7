package org.kronika.train.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kronika.api.Span;

/**
 * A stand-in tokenizer and sentence splitter for evaluation on raw text (PolEval), until the
 * project's segmenter is merged. Tokens follow NKJP's segmentation roughly: runs of letters and
 * digits are words, every other non-space character is a token of its own (so "Bielsko-Biała" is
 * three tokens, as in NKJP). A sentence ends at a line break, or after '.', '!', '?', '…' followed by
 * a token that starts with an upper-case letter or a quote, unless the full stop follows a single
 * upper-case letter (an initial) or a common abbreviation.
 */
public final class SimpleTokenizer {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "np", "prof", "dr", "hab", "inż", "mgr", "godz", "ul", "al", "pl", "tys", "mln", "mld", "św",
      "im", "ok", "tzw", "tj", "gen", "płk", "ppłk", "mjr", "kpt", "por", "ks", "bp", "abp", "red",
      "wg", "nr", "r", "w", "m", "in", "ds", "jw", "pt", "gm", "woj", "pow", "zob", "itp",
      "dz", "ust", "art", "pkt", "ze", "zm", "sp", "mec", "min", "wiceprem", "prem", "doc");

  private SimpleTokenizer() {}

  /** Token spans of a text. */
  public static List<Span> tokenize(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF) {
        i += len;
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        int j = i + len;
        while (j < n) {
          int c2 = text.codePointAt(j);
          if (!Character.isLetterOrDigit(c2) && Character.getType(c2) != Character.NON_SPACING_MARK) {
            break;
          }
          j += Character.charCount(c2);
        }
        out.add(new Span(i, j));
        i = j;
      } else {
        out.add(new Span(i, i + len));
        i += len;
      }
    }
    return out;
  }

  /** Sentences as half-open token-index ranges {@code [first, end)}. */
  public static List<int[]> sentences(String text, List<Span> tokens) {
    List<int[]> out = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean end = i + 1 == tokens.size();
      if (!end) {
        Span t = tokens.get(i);
        Span next = tokens.get(i + 1);
        if (text.substring(t.end(), next.start()).indexOf('\n') >= 0) {
          end = true;
        } else {
          String w = t.of(text);
          if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals("…")) {
            char c = text.charAt(next.start());
            boolean upper = Character.isUpperCase(c) || c == '"' || c == '„' || c == '«' || c == '-'
                || c == '–';
            boolean abbrev = false;
            if (w.equals(".") && i > first) {
              String prev = tokens.get(i - 1).of(text);
              abbrev = (prev.length() == 1 && Character.isUpperCase(prev.charAt(0)))
                  || ABBREVIATIONS.contains(prev.toLowerCase(java.util.Locale.ROOT));
            }
            end = upper && !abbrev;
          }
        }
      }
      if (end) {
        out.add(new int[] {first, i + 1});
        first = i + 1;
      }
    }
    return out;
  }
}
