package org.kronika.flink;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;

/**
 * What a task needs to build its {@link Pipeline} in {@code open()}: the language, the annotators
 * and their options. Only this travels with the job graph; the pipeline (models, dictionaries) is
 * built once per task on the task manager and never serialised.
 *
 * @param annotators names in order, or null for every annotator of {@link #DEFAULT_ORDER} that
 *     the language pack provides (what {@code kronika extract} runs by default)
 */
public record PipelineSpec(String lang, List<String> annotators, Map<String, String> options) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The full pipeline in order: {@link Pipeline#DEFAULT_ORDER}, as the CLI runs it. */
  public static final List<String> DEFAULT_ORDER = Pipeline.DEFAULT_ORDER;

  public PipelineSpec {
    lang = lang == null ? "pl" : lang;
    annotators = annotators == null ? null : List.copyOf(annotators);
    options = options == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(options));
  }

  public static PipelineSpec defaults() {
    return new PipelineSpec("pl", null, Map.of());
  }

  /** The annotator names this spec resolves to on this classpath. */
  public List<String> names() {
    if (annotators != null) {
      return annotators;
    }
    return Pipeline.defaultNames(lang);
  }

  public Pipeline build() {
    return Pipeline.load(lang, names(), Config.of(options));
  }
}
