package org.kronika.pl.event;

import java.util.List;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;
import org.kronika.pl.quantity.QuantityAnnotator;

/**
 * segment, morph, time from the real pack; entities from the test gazetteer ({@link #get()}) or from
 * the real {@code ner} annotator ({@link #real()}: statistical model + gazetteer + linking, as the
 * CLI runs it); then quantity, event.
 */
public final class EventTestPipeline {
  private static final class Holder {
    static final EventTestPipeline INSTANCE = new EventTestPipeline(false);
  }

  private static final class RealHolder {
    static final EventTestPipeline INSTANCE = new EventTestPipeline(true);
  }

  private final Pipeline front;
  private final TestEntities entities;
  private final QuantityAnnotator quantity = new QuantityAnnotator();
  private final EventAnnotator event = new EventAnnotator();

  private EventTestPipeline(boolean realNer) {
    front = Pipeline.load("pl", realNer ? List.of("segment", "morph", "ner", "time")
        : List.of("segment", "morph", "time"), Config.empty());
    entities = realNer ? null : TestEntities.gazetteer();
  }

  /** Entities from the test gazetteer (what the dev set's gold was written against). */
  public static EventTestPipeline get() {
    return Holder.INSTANCE;
  }

  /** Entities from the real {@code ner} annotator: the honest precision check. */
  public static EventTestPipeline real() {
    return RealHolder.INSTANCE;
  }

  public AnnotatedDocument annotate(String text, String date) {
    Document doc = new Document(null, "pl", date, null, null, null, null, text);
    AnnotatedDocument ad = front.annotate(doc);
    if (entities != null) {
      ad = entities.annotate(ad);
    }
    ad = quantity.annotate(ad);
    return event.annotate(ad);
  }
}
