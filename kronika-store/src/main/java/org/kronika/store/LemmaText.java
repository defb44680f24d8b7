package org.kronika.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Token;

/**
 * Builds the search text of a document: each token's lemma (or, before morphology runs, its
 * surface form), lower-cased, with every character that is not a letter or digit turned into a
 * space. Both stores index this string with a plain tokenizer (SQLite FTS5 {@code unicode61},
 * PostgreSQL {@code to_tsvector('simple', …)}), so Polish inflection is handled by our own
 * lemmatiser and the two stores see the same words. Queries go through {@link #normalise}.
 */
public final class LemmaText {
  private LemmaText() {}

  /** The lemma string of a document: its tokens' lemmas, or the lower-cased text when it has no tokens. */
  public static String of(AnnotatedDocument ad) {
    String text = ad.text();
    if (ad.tokens().isEmpty()) {
      return String.join(" ", normalise(text));
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (Token t : ad.tokens()) {
      String form = t.lemma() != null && !t.lemma().isBlank() ? t.lemma() : t.text(text);
      for (String w : normalise(form)) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w);
      }
    }
    return sb.toString();
  }

  /** The index words of a string: lower-cased runs of letters and digits. */
  public static List<String> normalise(String s) {
    List<String> out = new ArrayList<>();
    String lower = s.toLowerCase(Locale.ROOT);
    int i = 0;
    int n = lower.length();
    while (i < n) {
      int cp = lower.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int j = i;
        while (j < n) {
          int c = lower.codePointAt(j);
          if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            break;
          }
          j += Character.charCount(c);
        }
        out.add(lower.substring(i, j));
        i = j;
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }
}
