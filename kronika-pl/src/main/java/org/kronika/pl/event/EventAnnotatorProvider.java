package org.kronika.pl.event;

import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/** Registers the Polish {@link EventAnnotator} under the name {@code event}. */
public final class EventAnnotatorProvider implements AnnotatorProvider {
  @Override
  public String name() {
    return "event";
  }

  @Override
  public String language() {
    return "pl";
  }

  @Override
  public Annotator create(Config config) {
    return new EventAnnotator(config);
  }
}
