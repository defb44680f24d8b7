package org.kronika.core;

import java.util.ArrayList;
import java.util.List;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Sentence;
import org.kronika.api.Token;

/**
 * Validates the offset invariants every layer must keep: spans lie inside the text, never go
 * backwards, tokens do not overlap, and sentences cover their tokens. Used by tests and fuzzers
 * (after Lucene's {@code BaseTokenStreamTestCase.checkRandomData}).
 */
public final class OffsetChecks {
  private OffsetChecks() {}

  /** Returns a list of violations; empty when the document is consistent. */
  public static List<String> violations(AnnotatedDocument ad) {
    List<String> out = new ArrayList<>();
    int n = ad.text().length();
    int prevEnd = 0;
    for (int i = 0; i < ad.tokens().size(); i++) {
      Token t = ad.tokens().get(i);
      if (t.start() < prevEnd) {
        out.add("token " + i + " [" + t.start() + "," + t.end() + ") starts before previous end " + prevEnd);
      }
      if (t.end() > n) {
        out.add("token " + i + " ends at " + t.end() + " beyond text length " + n);
      }
      if (t.end() <= t.start()) {
        out.add("token " + i + " is empty or backwards");
      }
      prevEnd = Math.max(prevEnd, t.end());
    }
    int prevSentEnd = 0;
    int prevTokEnd = 0;
    for (int i = 0; i < ad.sentences().size(); i++) {
      Sentence s = ad.sentences().get(i);
      if (s.start() < prevSentEnd || s.end() < s.start() || s.end() > n) {
        out.add("sentence " + i + " [" + s.start() + "," + s.end() + ") is out of order or out of text");
      }
      if (s.firstToken() != prevTokEnd || s.endToken() < s.firstToken()) {
        out.add("sentence " + i + " token range [" + s.firstToken() + "," + s.endToken() + ") does not follow " + prevTokEnd);
      }
      for (int k = s.firstToken(); k < s.endToken() && k < ad.tokens().size(); k++) {
        Token t = ad.tokens().get(k);
        if (t.start() < s.start() || t.end() > s.end()) {
          out.add("token " + k + " lies outside its sentence " + i);
        }
      }
      prevSentEnd = s.end();
      prevTokEnd = s.endToken();
    }
    if (!ad.sentences().isEmpty() && prevTokEnd != ad.tokens().size()) {
      out.add("sentences cover " + prevTokEnd + " of " + ad.tokens().size() + " tokens");
    }
    return out;
  }
}
