package org.kronika.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.api.Layer;

/**
 * An ordered list of annotators, checked when built: each annotator's required layers must be
 * produced by an earlier one, so a misconfigured pipeline fails at start-up rather than halfway
 * through a batch. Immutable and thread-safe; one instance serves all threads.
 */
public final class Pipeline {
  /**
   * The full pipeline, in order. The default pipeline is every one of these that the language
   * pack provides; the CLI, the Flink job and the bench all use {@link #loadDefault}.
   */
  public static final List<String> DEFAULT_ORDER =
      List.of("segment", "morph", "ner", "time", "quantity", "event");

  private final List<Annotator> annotators;
  private final String language;

  public Pipeline(String language, List<Annotator> annotators) {
    this.language = language;
    this.annotators = List.copyOf(annotators);
    EnumSet<Layer> available = EnumSet.noneOf(Layer.class);
    for (Annotator a : this.annotators) {
      EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(a.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "annotator '" + a.name() + "' requires " + missing + " but only " + available
                + " are produced before it");
      }
      available.addAll(a.produces());
    }
  }

  /**
   * Builds the pipeline for a language from the annotators found by {@link ServiceLoader}, in the
   * order given by {@code names}.
   */
  public static Pipeline load(String language, List<String> names, Config config) {
    Map<String, AnnotatorProvider> byName = new LinkedHashMap<>();
    for (AnnotatorProvider p : ServiceLoader.load(AnnotatorProvider.class)) {
      if (p.language().equals(language)) {
        byName.put(p.name(), p);
      }
    }
    List<Annotator> list = new ArrayList<>();
    for (String n : names) {
      AnnotatorProvider p = byName.get(n);
      if (p == null) {
        throw new IllegalArgumentException(
            "no annotator '" + n + "' for language '" + language + "'; available: " + byName.keySet());
      }
      list.add(p.create(config.scoped(n)));
    }
    return new Pipeline(language, list);
  }

  /** Names of the default pipeline for a language: {@link #DEFAULT_ORDER} filtered by what is installed. */
  public static List<String> defaultNames(String language) {
    Set<String> installed = available(language);
    return DEFAULT_ORDER.stream().filter(installed::contains).toList();
  }

  /** The default pipeline for a language (see {@link #defaultNames}). */
  public static Pipeline loadDefault(String language, Config config) {
    return load(language, defaultNames(language), config);
  }

  /** Names of the annotators that {@link ServiceLoader} finds for a language. */
  public static Set<String> available(String language) {
    Set<String> names = new java.util.TreeSet<>();
    for (AnnotatorProvider p : ServiceLoader.load(AnnotatorProvider.class)) {
      if (p.language().equals(language)) {
        names.add(p.name());
      }
    }
    return names;
  }

  public String language() {
    return language;
  }

  public List<Annotator> annotators() {
    return annotators;
  }

  public Set<Layer> produces() {
    EnumSet<Layer> s = EnumSet.noneOf(Layer.class);
    annotators.forEach(a -> s.addAll(a.produces()));
    return s;
  }

  public AnnotatedDocument annotate(Document doc) {
    AnnotatedDocument ad = AnnotatedDocument.of(doc.lang() == null ? doc.withLang(language) : doc);
    for (Annotator a : annotators) {
      ad = a.annotate(ad);
    }
    return ad;
  }
}
