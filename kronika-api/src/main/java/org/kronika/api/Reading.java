package org.kronika.api;

/** One morphological reading of a token: a lemma and a positional NKJP-style tag. */
public record Reading(String lemma, String tag) {}
