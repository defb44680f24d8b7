package org.kronika.pl.entity;

import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/** Provides {@link EntityAnnotator} (gazetteer spans until the NER model is wired) as {@code ner} for {@code pl}. */
public final class EntityAnnotatorProvider implements AnnotatorProvider {
  @Override
  public String name() {
    return EntityAnnotator.NAME;
  }

  @Override
  public String language() {
    return "pl";
  }

  @Override
  public Annotator create(Config config) {
    return new EntityAnnotator(EntityResolver.load());
  }
}
