package org.kronika.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Token;

/**
 * Lemmatises search queries with the same annotators that built the documents' lemma text
 * (segmentation and morphology), so a query word and its inflected forms in articles meet in one
 * lemma. Without morphology it falls back to lower-cased surface forms, as {@link LemmaText} does.
 */
public final class QueryLemmatizer {
  private QueryLemmatizer() {}

  /** A lemmatiser over an annotation function such as {@code Pipeline::annotate}. */
  public static Function<String, List<String>> of(Function<Document, AnnotatedDocument> annotate) {
    return text -> {
      AnnotatedDocument ad = annotate.apply(new Document(null, null, null, null, null, null, null, text));
      if (ad.tokens().isEmpty()) {
        return LemmaText.normalise(text);
      }
      List<String> out = new ArrayList<>();
      for (Token t : ad.tokens()) {
        String form = t.lemma() != null && !t.lemma().isBlank() ? t.lemma() : t.text(text);
        out.addAll(LemmaText.normalise(form));
      }
      return out;
    };
  }
}
