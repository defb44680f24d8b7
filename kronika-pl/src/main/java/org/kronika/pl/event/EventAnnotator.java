package org.kronika.pl.event;

import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Layer;
import org.kronika.core.Annotator;
import org.kronika.core.Config;

/**
 * Extracts PLOVER-typed events with roles, attribution chains, factuality, time, location and
 * quantities from Polish text.
 *
 * <table>
 *   <caption>event annotator</caption>
 *   <tr><th>name</th><td>{@code event}</td></tr>
 *   <tr><th>requires</th><td>{@link Layer#SENTENCES}, {@link Layer#TOKENS}, {@link Layer#MORPHOLOGY},
 *       {@link Layer#ENTITIES}, {@link Layer#TIMES}, {@link Layer#QUANTITIES}</td></tr>
 *   <tr><th>produces</th><td>{@link Layer#EVENTS}</td></tr>
 *   <tr><th>resources</th><td>{@code org/kronika/pl/event/*.txt} (triggers by topic, goods, agents,
 *       light verbs, factuality cues), {@code org/kronika/pl/attribution/reporting.txt}</td></tr>
 *   <tr><th>options</th><td>none</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class EventAnnotator implements Annotator {
  private final EventExtractor extractor;

  public EventAnnotator(Config config) {
    this.extractor = new EventExtractor(EventLexicon.polish());
  }

  public EventAnnotator() {
    this(Config.empty());
  }

  @Override
  public String name() {
    return "event";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MORPHOLOGY, Layer.ENTITIES, Layer.TIMES,
        Layer.QUANTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public AnnotatedDocument annotate(AnnotatedDocument doc) {
    return doc.withEvents(extractor.extract(doc));
  }
}
