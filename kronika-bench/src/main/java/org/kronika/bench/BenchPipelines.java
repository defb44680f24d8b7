package org.kronika.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kronika.cli.PipelineOptions;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;

/**
 * Which annotators the bench runs: every one the language pack provides (found through
 * {@link java.util.ServiceLoader}), in the CLI's default order ({@link PipelineOptions#DEFAULT_ORDER});
 * annotators the pack provides that the default order does not name yet are appended, so a new stage
 * is measured the day it is registered. Nothing here names a stage: the bench measures whatever the
 * pipeline has.
 */
public final class BenchPipelines {
  private BenchPipelines() {}

  public static List<String> defaultNames(String lang) {
    Set<String> available = Pipeline.available(lang);
    List<String> names = new ArrayList<>();
    for (String n : PipelineOptions.DEFAULT_ORDER) {
      if (available.contains(n)) {
        names.add(n);
      }
    }
    for (String n : available) {
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    return names;
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
