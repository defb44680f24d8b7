package org.kronika.pl.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/** Provides the {@code morph} annotator for Polish ({@link PolishTagger}); option {@code morph.model}. */
public final class PolishTaggerProvider implements AnnotatorProvider {
  @Override
  public String name() {
    return "morph";
  }

  @Override
  public String language() {
    return "pl";
  }

  @Override
  public Annotator create(Config config) {
    String model = config.get("model", null);
    if (model == null) {
      return PolishTagger.load();
    }
    try {
      return PolishTagger.load(Path.of(model));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
