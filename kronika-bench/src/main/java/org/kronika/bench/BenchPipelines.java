package org.kronika.bench;

import java.util.List;
import org.kronika.cli.PipelineOptions;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;

/**
 * Which annotators the bench runs: exactly the pipeline the CLI runs by default, i.e. every annotator
 * of {@link PipelineOptions#DEFAULT_ORDER} that the language pack provides (found through
 * {@link java.util.ServiceLoader}), in that order. Providers outside the default order (such as
 * {@code ner-model}, the raw NER model kept for evaluation) are not part of the shipped pipeline and
 * are not measured as stages. Nothing here names a stage.
 */
public final class BenchPipelines {
  private BenchPipelines() {}

  public static List<String> defaultNames(String lang) {
    return Pipeline.defaultNames(lang);
  }

  /**
   * Loads the pipeline; if appended (not default-order) annotators make it invalid (a requirement not
   * met), they are dropped and the default-order pipeline is loaded instead.
   */
  public static Pipeline load(String lang, List<String> names) {
    try {
      return Pipeline.load(lang, names, Config.empty());
    } catch (IllegalStateException e) {
      List<String> known = names.stream().filter(PipelineOptions.DEFAULT_ORDER::contains).toList();
      if (known.equals(names)) {
        throw e;
      }
      System.err.println("[bench] " + e.getMessage() + "; running " + known + " only");
      return Pipeline.load(lang, known, Config.empty());
    }
  }

  /** The first {@code n} stages of a pipeline, as a pipeline of their own (the same instances). */
  public static Pipeline prefix(Pipeline p, int n) {
    return new Pipeline(p.language(), p.annotators().subList(0, n));
  }
}
