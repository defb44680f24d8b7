package org.kronika.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A document with the layers produced so far. Immutable: each annotator returns a new instance
 * with its layer added, and records which layers are present.
 */
public record AnnotatedDocument(
    Document document,
    Set<Layer> layers,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Entity> entities,
    List<TimeExpression> times,
    List<Quantity> quantities,
    List<Event> events) {

  public AnnotatedDocument {
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    events = List.copyOf(events);
  }

  /** A document with no layers. Annotators add layers through the {@code with*} methods only. */
  public static AnnotatedDocument of(Document document) {
    return new AnnotatedDocument(document, Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public String text() {
    return document.text();
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  public AnnotatedDocument withSegmentation(List<Sentence> newSentences, List<Token> newTokens) {
    return new AnnotatedDocument(
        document, plus(Layer.SENTENCES, Layer.TOKENS), newSentences, newTokens, entities, times, quantities, events);
  }

  public AnnotatedDocument withMorphology(List<Token> analysed) {
    if (analysed.size() != tokens.size()) {
      throw new IllegalArgumentException("morphology must keep the token count");
    }
    return new AnnotatedDocument(document, plus(Layer.MORPHOLOGY), sentences, analysed, entities, times, quantities, events);
  }

  public AnnotatedDocument withEntities(List<Entity> newEntities) {
    return new AnnotatedDocument(document, plus(Layer.ENTITIES), sentences, tokens, newEntities, times, quantities, events);
  }

  public AnnotatedDocument withTimes(List<TimeExpression> newTimes) {
    return new AnnotatedDocument(document, plus(Layer.TIMES), sentences, tokens, entities, newTimes, quantities, events);
  }

  public AnnotatedDocument withQuantities(List<Quantity> newQuantities) {
    return new AnnotatedDocument(
        document, plus(Layer.QUANTITIES), sentences, tokens, entities, times, newQuantities, events);
  }

  public AnnotatedDocument withEvents(List<Event> newEvents) {
    return new AnnotatedDocument(
        document, plus(Layer.EVENTS), sentences, tokens, entities, times, quantities, newEvents);
  }

  private Set<Layer> plus(Layer... more) {
    EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    s.addAll(List.of(more));
    return s;
  }
}
