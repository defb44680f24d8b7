package org.kronika.api;

import java.util.List;

/**
 * Who published a document and which agencies it credits, as in a byline {@code Kresy.pl/Reuters}.
 *
 * @param publisher the outlet that published the text, or null when unknown
 * @param credits agencies or outlets the publisher credits, outermost first
 */
public record Source(String publisher, List<String> credits) {
  public static final Source UNKNOWN = new Source(null, List.of());

  public Source {
    credits = List.copyOf(credits);
  }

  public boolean isKnown() {
    return publisher != null || !credits.isEmpty();
  }
}
