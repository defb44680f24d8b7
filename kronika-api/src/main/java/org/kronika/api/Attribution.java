package org.kronika.api;

/**
 * One link of an attribution chain: who says so, and the cue that says it.
 *
 * @param name the source's canonical name
 * @param entity the entity id of the source in this document, or null when it is not an entity
 * @param cue the words that mark the attribution ("powiedział", "według", "jak podaje")
 */
public record Attribution(String name, String entity, String cue) {}
