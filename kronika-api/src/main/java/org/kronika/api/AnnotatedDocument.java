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
    List<TimeExpression> times) {

  public AnnotatedDocument {
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
  }

  /** A document with no layers. Annotators add layers through the {@code with*} methods only. */
  public static AnnotatedDocument of(Document document) {
    return new AnnotatedDocument(document, Set.of(), List.of(), List.of(), List.of(), List.of());
  }

  public String text() {
    return document.text();
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  public AnnotatedDocument withSegmentation(List<Sentence> newSentences, List<Token> newTokens) {
    return new AnnotatedDocument(
        document, plus(Layer.SENTENCES, Layer.TOKENS), newSentences, newTokens, entities, times);
  }

  public AnnotatedDocument withMorphology(List<Token> analysed) {
    if (analysed.size() != tokens.size()) {
      throw new IllegalArgumentException("morphology must keep the token count");
    }
    return new AnnotatedDocument(document, plus(Layer.MORPHOLOGY), sentences, analysed, entities, times);
  }

  public AnnotatedDocument withEntities(List<Entity> newEntities) {
    return new AnnotatedDocument(document, plus(Layer.ENTITIES), sentences, tokens, newEntities, times);
  }

  public AnnotatedDocument withTimes(List<TimeExpression> newTimes) {
    return new AnnotatedDocument(document, plus(Layer.TIMES), sentences, tokens, entities, newTimes);
  }

  private Set<Layer> plus(Layer... more) {
    EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    s.addAll(List.of(more));
    return s;
  }
}
