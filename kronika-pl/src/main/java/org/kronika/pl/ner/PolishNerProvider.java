package org.kronika.pl.ner;

import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/**
 * Service entry for {@link PolishNer} alone: name {@code ner-model} (raw model spans, one entity per
 * mention; for evaluation), language {@code pl}, option {@code model}. The default pipeline runs the
 * model inside {@code ner} ({@link org.kronika.pl.entity.EntityAnnotator}), which adds gazetteer
 * spans, base forms and linking.
 */
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
