package org.kronika.pl.quantity;

import org.kronika.core.Annotator;
import org.kronika.core.AnnotatorProvider;
import org.kronika.core.Config;

/** Registers the Polish {@link QuantityAnnotator} under the name {@code quantity}. */
public final class QuantityAnnotatorProvider implements AnnotatorProvider {
  @Override
  public String name() {
    return "quantity";
  }

  @Override
  public String language() {
    return "pl";
  }

  @Override
  public Annotator create(Config config) {
    return new QuantityAnnotator(config);
  }
}
