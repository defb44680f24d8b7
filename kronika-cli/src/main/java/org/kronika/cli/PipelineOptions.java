package org.kronika.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline: language, annotators and their options. */
public final class PipelineOptions {
  /** The full pipeline, in order ({@link Pipeline#DEFAULT_ORDER}). */
  public static final List<String> DEFAULT_ORDER = Pipeline.DEFAULT_ORDER;

  @Option(names = "--lang", defaultValue = "pl", description = "Language pack (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--annotators", split = ",",
      description = "Annotators to run, in order (default: the full pipeline of the language pack).")
  List<String> annotators;

  @Option(names = "-D", paramLabel = "KEY=VALUE", description = "Annotator option, e.g. -D ner.model=FILE.")
  Map<String, String> options = new LinkedHashMap<>();

  public Pipeline build() {
    Config config = Config.of(options);
    return annotators == null ? Pipeline.loadDefault(lang, config) : Pipeline.load(lang, annotators, config);
  }
}
