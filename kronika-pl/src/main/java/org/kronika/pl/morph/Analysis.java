package org.kronika.pl.morph;

import java.util.List;
import org.kronika.api.Reading;

/** The tagger's answer for one word: chosen lemma, NKJP tag and UPOS, and all readings offered. */
public record Analysis(String lemma, String tag, String upos, List<Reading> readings) {
  public Analysis {
    readings = List.copyOf(readings);
  }
}
