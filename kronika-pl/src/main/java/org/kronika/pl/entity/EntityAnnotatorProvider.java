package org.kronika.pl.entity;

import java.util.ArrayList;
import java.util.List;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Entity;
import org.kronika.api.Mention;
import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;
import org.kronika.pl.ner.PolishNer;

/**
 * Provides {@link EntityAnnotator} as {@code ner} for {@code pl}: the statistical model's spans
 * ({@link PolishNer}) plus gazetteer spans, resolved into linked entities. Options: {@code model}
 * (a model location, or {@code none} for gazetteer spans only).
 */
public final class EntityAnnotatorProvider implements AnnotatorProvider {
  private static final String QUOTES = MentionSpan.QUOTES;
  private static final String OPENING = "\"'„“«‚‘";
  private static final String CLOSING = "\"'”“»’‘";

  @Override
  public String name() {
    return EntityAnnotator.NAME;
  }

  @Override
  public String language() {
    return "pl";
  }

  @Override
  public Annotator create(Config config) {
    if (config.get("model", "").equals("none")) {
      return new EntityAnnotator(EntityResolver.load());
    }
    PolishNer ner = PolishNer.load(config.get("model", PolishNer.DEFAULT_MODEL));
    return new EntityAnnotator(EntityResolver.load(), doc -> modelSpans(ner, doc));
  }

  /**
   * The statistical model's mentions as typed spans; lower-case one-word places are adjectives.
   * Public for measurements that run the model apart from the entity layer.
   */
  public static List<MentionSpan> modelSpans(PolishNer ner, AnnotatedDocument doc) {
    List<MentionSpan> spans = new ArrayList<>();
    for (Entity e : ner.annotate(doc).entities()) {
      for (Mention m : e.mentions()) {
        int[] span = balanceQuotes(doc.text(), m.start(), m.end());
        int start = span[0];
        int end = span[1];
        if (start < end && hasLetterOrDigit(doc.text(), start, end)) {
          spans.add(new MentionSpan(start, end, e.type(), "adj".equals(m.form())));
        }
      }
    }
    return spans;
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
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
  static int[] balanceQuotes(String text, int start, int end) {
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
