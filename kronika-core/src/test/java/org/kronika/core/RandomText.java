package org.kronika.core;

import java.util.Random;

/**
 * Random text for fuzz tests: a mix of Polish words, punctuation, abbreviations, numbers,
 * whitespace, and arbitrary Unicode (including lone surrogates and combining marks).
 */
public final class RandomText {
  private static final String[] PIECES = {
    "Korea", "Północna", "br.", "m.in.", "tzw.", "Płn.", "godz.", "1,5", "mln", "12.11.2023",
    "„", "”", "«", "»", "…", "–", "—", ".", ",", "!", "?", ":", ";", "(", ")", "\"", "'",
    "Kresy.pl", "http://example.com/a?b=c", "jan@example.pl", "r.", "ul.", "dr", "prof.",
    " ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "zażółć", "gęślą", "jaźń", "ŻÓŁW", "A.", "X.",
  };

  private RandomText() {}

  public static String next(Random r, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(maxPieces + 1);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(4)) {
        case 0 -> sb.appendCodePoint(randomCodePoint(r));
        case 1 -> sb.append((char) r.nextInt(0x10000));
        default -> sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      if (r.nextInt(3) == 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  private static int randomCodePoint(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> 0x20 + r.nextInt(0x60);
      case 1 -> 0xA0 + r.nextInt(0x2000);
      case 2 -> 0x1F300 + r.nextInt(0x300);
      default -> r.nextInt(Character.MAX_CODE_POINT + 1);
    };
  }
}
