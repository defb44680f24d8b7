package org.kronika.pl.time;

/**
 * One lexical unit of the time scanner: a run of letters, a run of digits (with internal
 * {@code . , : /} and date-like {@code -}), or one other character. Offsets are UTF-16 indices.
 *
 * @param kind {@code 'w'} word, {@code 'd'} digits, {@code 'p'} punctuation
 * @param space whether whitespace precedes the token
 */
record Tok(int index, int start, int end, String text, String lower, String fold, boolean diacritic,
    char kind, boolean space) {

  boolean isDigits() {
    return kind == 'd';
  }

  boolean isPlainInt() {
    if (kind != 'd') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return text.length() <= 9;
  }

  int intValue() {
    return Integer.parseInt(text);
  }
}
