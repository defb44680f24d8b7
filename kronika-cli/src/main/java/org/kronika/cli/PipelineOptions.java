package org.kronika.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.kronika.api.Layer;
import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline: language, annotators and their options. */
public final class PipelineOptions {
  /** The full pipeline, in order; by default every one of these that the language pack provides runs. */
  public static final List<String> DEFAULT_ORDER =
      List.of("segment", "morph", "ner", "time", "quantity", "event");

  @Option(names = "--lang", defaultValue = "pl", description = "Language pack (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--annotators", split = ",",
      description = "Annotators to run, in order (default: the full pipeline of the language pack).")
  List<String> annotators;

  @Option(names = "-D", paramLabel = "KEY=VALUE", description = "Annotator option, e.g. -D ner.model=FILE.")
  Map<String, String> options = new LinkedHashMap<>();

  public Pipeline build() {
    if (annotators != null) {
      return Pipeline.load(lang, annotators, Config.of(options));
    }
    // The default pipeline runs what the pack provides, skipping an annotator whose required layers
    // nothing before it produces (e.g. events while no entity annotator is installed), with a note.
    Map<String, AnnotatorProvider> byName = new LinkedHashMap<>();
    for (AnnotatorProvider p : ServiceLoader.load(AnnotatorProvider.class)) {
      if (p.language().equals(lang)) {
        byName.put(p.name(), p);
      }
    }
    Config config = Config.of(options);
    List<Annotator> list = new ArrayList<>();
    EnumSet<Layer> have = EnumSet.noneOf(Layer.class);
    for (String n : DEFAULT_ORDER) {
      AnnotatorProvider p = byName.get(n);
      if (p == null) {
        continue;
      }
      Annotator a = p.create(config.scoped(n));
      EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(a.requires());
      missing.removeAll(have);
      if (!missing.isEmpty()) {
        System.err.println("kronika: skipping annotator '" + n + "': needs " + missing);
        continue;
      }
      list.add(a);
      have.addAll(a.produces());
    }
    return new Pipeline(lang, list);
  }
}
