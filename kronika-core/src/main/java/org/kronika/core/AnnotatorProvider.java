package org.kronika.core;

/**
 * A {@link java.util.ServiceLoader} service that builds one kind of annotator for one language.
 * Register implementations in {@code META-INF/services/org.kronika.core.AnnotatorProvider}.
 */
public interface AnnotatorProvider {
  /** The annotator's stable name, e.g. {@code segment} or {@code morph}. */
  String name();

  /** The ISO 639-1 language this provider serves, e.g. {@code pl}. */
  String language();

  /** Builds the annotator; options are read from {@code config.scoped(name())}. */
  Annotator create(Config config);
}
