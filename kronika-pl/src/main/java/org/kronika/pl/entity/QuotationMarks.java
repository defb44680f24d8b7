package org.kronika.pl.entity;

/**
 * Quotation marks around names: which characters they are, and how a name's span takes or leaves
 * them ({@link #balance}). Stateless.
 */
final class QuotationMarks {
  /** Quotation marks that may enclose a name. */
  static final String QUOTES = "\"'„”“«»‚‘’";
  private static final String OPENING = "\"'„“«‚‘";
  private static final String CLOSING = "\"'”“»’‘";

  private QuotationMarks() {}

  /** Whether a word is made of quotation marks only. */
  static boolean only(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (QUOTES.indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** A quotation mark at {@code i}; an apostrophe between letters ("Harry’ego") is not one. */
  private static boolean isMark(String text, int i) {
    char c = text.charAt(i);
    if (QUOTES.indexOf(c) < 0) {
      return false;
    }
    boolean apostrophe = c == '\'' || c == '’';
    return !(apostrophe && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
        && Character.isLetter(text.charAt(i + 1)));
  }

  /**
   * A name's quotation marks belong to its span when they enclose it, as NKJP annotates titles
   * and names in quotes (the entity's {@code name} leaves them out). A span with an odd number of
   * marks that opens or closes on one ({@code „Gazecie Morskiej}) takes in the partner that follows
   * or precedes it (spaces between allowed), else loses the unpaired mark at its edge; marks that
   * pair up inside the span ({@code Fundacja „Wola”}) stay, and an odd mark inside the span is left
   * alone. Apostrophes between letters are not marks.
   */
  static int[] balance(String text, int start, int end) {
    int marks = 0;
    for (int i = start; i < end; i++) {
      marks += isMark(text, i) ? 1 : 0;
    }
    // an even count pairs up inside the span: Fundacja „Wola”, „Gazeta Wyborcza”
    boolean open = marks % 2 == 1 && isMark(text, start);
    boolean close = marks % 2 == 1 && end - 1 > start && isMark(text, end - 1);
    if (open && !close) {
      int j = end;
      while (j < text.length() && text.charAt(j) == ' ') {
        j++;
      }
      if (j < text.length() && CLOSING.indexOf(text.charAt(j)) >= 0) {
        end = j + 1;
      } else {
        while (start < end && QUOTES.indexOf(text.charAt(start)) >= 0) {
          start++;
        }
      }
    } else if (close && !open) {
      int j = start;
      while (j > 0 && text.charAt(j - 1) == ' ') {
        j--;
      }
      if (j > 0 && OPENING.indexOf(text.charAt(j - 1)) >= 0) {
        start = j - 1;
      } else {
        while (end > start && QUOTES.indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
      }
    }
    // no whitespace at the edges of a span
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }
}
