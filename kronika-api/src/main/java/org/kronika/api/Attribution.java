package org.kronika.api;

import java.util.List;

/**
 * One link of an attribution chain: who says so, and the cue that says it. Sources that speak
 * together at the same level ("Blinken i minister … Park Jin oświadczyli") are one link: its name
 * joins theirs with " i ", {@code entity} is the first speaker's and {@code with} lists the others'.
 *
 * @param name the source's canonical name (co-speakers' names joined with " i ")
 * @param entity the entity id of the (first) source in this document, or null when it is not an entity
 * @param cue the words that mark the attribution ("powiedział", "według", "jak podaje")
 * @param with entity ids of co-speakers at the same level, in text order; empty for one source
 */
public record Attribution(String name, String entity, String cue, List<String> with) {
  public Attribution {
    with = with == null ? List.of() : List.copyOf(with);
  }

  /** A link with a single source. */
  public Attribution(String name, String entity, String cue) {
    this(name, entity, cue, List.of());
  }
}
