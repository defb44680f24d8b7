package org.kronika.pl.segment;

import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/** Provides {@link PolishSegmenter} as annotator {@code segment} for language {@code pl}. */
public final class PolishSegmenterProvider implements AnnotatorProvider {
  @Override
  public String name() {
    return PolishSegmenter.NAME;
  }

  @Override
  public String language() {
    return "pl";
  }

  @Override
  public Annotator create(Config config) {
    return new PolishSegmenter();
  }
}
