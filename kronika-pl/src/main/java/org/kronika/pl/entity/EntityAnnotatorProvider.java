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
        int[] span = QuotationMarks.balance(doc.text(), m.start(), m.end());
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
}
