package org.kronika.pl.ner;

import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/** Service entry for {@link PolishNer}: name {@code ner}, language {@code pl}, option {@code model}. */
public final class PolishNerProvider implements AnnotatorProvider {
  @Override
  public String name() {
    return PolishNer.NAME;
  }

  @Override
  public String language() {
    return "pl";
  }

  @Override
  public Annotator create(Config config) {
    return PolishNer.load(config.get("model", PolishNer.DEFAULT_MODEL));
  }
}
