package org.kronika.pl.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Token-label encodings of entity spans: {@code BIO} (begin, inside, outside) and {@code BILOU}
 * (begin, inside, last, unit, outside). Labels look like {@code B-placeName.country}.
 */
public enum LabelCodec {
  BIO,
  BILOU;

  public static final String OUT = "O";

  /** An entity over the token range {@code [start, end)}. */
  public record TokenSpan(int start, int end, String type) {}

  public String[] encode(int length, List<TokenSpan> spans) {
    String[] labels = new String[length];
    Arrays.fill(labels, OUT);
    for (TokenSpan s : spans) {
      if (this == BILOU && s.end() - s.start() == 1) {
        labels[s.start()] = "U-" + s.type();
        continue;
      }
      labels[s.start()] = "B-" + s.type();
      for (int i = s.start() + 1; i < s.end(); i++) {
        labels[i] = (this == BILOU && i == s.end() - 1 ? "L-" : "I-") + s.type();
      }
    }
    return labels;
  }

  /** Decodes labels leniently: a continuation label without its start opens a new span. */
  public List<TokenSpan> decode(String[] labels) {
    List<TokenSpan> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= labels.length; i++) {
      String l = i < labels.length ? labels[i] : OUT;
      char p = l.charAt(0);
      String t = l.length() > 2 ? l.substring(2) : null;
      boolean continues = (p == 'I' || p == 'L') && type != null && type.equals(t);
      if (!continues && type != null) {
        out.add(new TokenSpan(start, i, type));
        type = null;
      }
      if (p == 'U') {
        out.add(new TokenSpan(i, i + 1, t));
      } else if (p == 'B' || ((p == 'I' || p == 'L') && !continues)) {
        start = i;
        type = t;
      }
      if (p == 'L' && type != null) {
        out.add(new TokenSpan(start, i + 1, type));
        type = null;
      }
    }
    return out;
  }

  /** Whether {@code label} may follow {@code prev} ({@code prev} is null at sentence start). */
  public boolean allowed(String prev, String label) {
    char p = prev == null ? 'O' : prev.charAt(0);
    char c = label.charAt(0);
    boolean open = p == 'B' || (p == 'I');
    if (this == BIO) {
      if (c == 'I') {
        return open && prev.regionMatches(2, label, 2, label.length() - 2)
            && prev.length() == label.length();
      }
      return true;
    }
    if (open) {
      return (c == 'I' || c == 'L') && prev.length() == label.length()
          && prev.regionMatches(2, label, 2, label.length() - 2);
    }
    return c == 'O' || c == 'B' || c == 'U';
  }

  /** Whether a sentence may end after {@code last}. */
  public boolean canEnd(String last) {
    return this == BIO || last == null || !(last.charAt(0) == 'B' || last.charAt(0) == 'I');
  }
}
