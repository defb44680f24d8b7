package org.kronika.pl.entity;

/**
 * A typed mention span from a mention finder (the statistical NER model or {@link
 * GazetteerMentionFinder}): {@code text.substring(start, end)} is the mention.
 *
 * @param type {@code persName}, {@code orgName}, {@code placeName} with an optional subtype ({@code
 *     placeName.country}, {@code .settlement}, {@code .region}, {@code .district}, {@code .bloc}),
 *     or {@code geogName}
 * @param derived true for a relational adjective ("rosyjskim" as a mention of Russia)
 */
public record MentionSpan(int start, int end, String type, boolean derived) {
  public MentionSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("span without a type");
    }
  }

  public static MentionSpan of(int start, int end, String type) {
    return new MentionSpan(start, end, type, false);
  }

  /**
   * This span without the quotation marks (and spaces) at its edges: for „Washington Post” the span
   * of Washington Post; the span itself when nothing is left.
   */
  public MentionSpan core(String text) {
    int s = start;
    int e = end;
    while (s < e && (QuotationMarks.QUOTES.indexOf(text.charAt(s)) >= 0 || Character.isWhitespace(text.charAt(s)))) {
      s++;
    }
    while (e > s && (QuotationMarks.QUOTES.indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) {
      e--;
    }
    return s == start && e == end || s >= e ? this : new MentionSpan(s, e, type, derived);
  }

  public boolean overlaps(MentionSpan o) {
    return start < o.end && o.start < end;
  }
}
