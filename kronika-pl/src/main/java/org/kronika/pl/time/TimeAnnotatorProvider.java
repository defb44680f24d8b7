package org.kronika.pl.time;

import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/** Registers the Polish {@link TimeAnnotator} under the name {@code time}. */
public final class TimeAnnotatorProvider implements AnnotatorProvider {
  @Override
  public String name() {
    return "time";
  }

  @Override
  public String language() {
    return "pl";
  }

  @Override
  public Annotator create(Config config) {
    return new TimeAnnotator(config);
  }
}
