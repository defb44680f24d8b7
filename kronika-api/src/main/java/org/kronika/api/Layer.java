package org.kronika.api;

/** The closed set of annotation layers. Annotators declare which they require and produce. */
public enum Layer {
  SENTENCES,
  TOKENS,
  MORPHOLOGY,
  ENTITIES,
  TIMES,
  QUANTITIES,
  EVENTS
}
