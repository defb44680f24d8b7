package org.kronika.pl.event;

import java.util.List;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;
import org.kronika.pl.quantity.QuantityAnnotator;

/** segment, morph, time from the real pack; entities from the test gazetteer; then quantity, event. */
public final class EventTestPipeline {
  private static final class Holder {
    static final EventTestPipeline INSTANCE = new EventTestPipeline();
  }

  private final Pipeline front = Pipeline.load("pl", List.of("segment", "morph", "time"), Config.empty());
  private final TestEntities entities = TestEntities.gazetteer();
  private final QuantityAnnotator quantity = new QuantityAnnotator();
  private final EventAnnotator event = new EventAnnotator();

  public static EventTestPipeline get() {
    return Holder.INSTANCE;
  }

  public AnnotatedDocument annotate(String text, String date) {
    Document doc = new Document(null, "pl", date, null, null, null, null, text);
    AnnotatedDocument ad = front.annotate(doc);
    ad = entities.annotate(ad);
    ad = quantity.annotate(ad);
    return event.annotate(ad);
  }
}
