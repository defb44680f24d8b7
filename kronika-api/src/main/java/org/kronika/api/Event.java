package org.kronika.api;

import java.util.List;

/**
 * One event: who did what to whom, when, where, how much, according to whom, and how sure.
 *
 * @param id document-local id ({@code V1}, …)
 * @param type one of PLOVER's 16 types, or {@code OTHER} with a mode
 * @param mode a PLOVER mode where one applies, else null
 * @param actors entity ids of the actors (compound actors stay one event)
 * @param recipients entity ids of the recipients
 * @param location entity id of the location, or null
 * @param time ISO 8601 value of the event's time, or null
 * @param quantities indices into the document's quantities layer
 * @param factuality {@code fact}, {@code probable}, {@code possible}, {@code negated} or {@code unknown}
 * @param attribution the chain from the outermost reporter to the innermost source; empty when the
 *     article asserts it in its own voice
 * @param trigger the words that express the event
 * @param evidence sentence spans that state it (several when the article states it more than once)
 * @param confidence the extractor's confidence in [0, 1]
 * @param explanation the lexicon entries and rules that produced the event, for {@code explain}
 */
public record Event(
    String id,
    String type,
    String mode,
    List<String> actors,
    List<String> recipients,
    String location,
    String time,
    List<Integer> quantities,
    String factuality,
    List<Attribution> attribution,
    Trigger trigger,
    List<Span> evidence,
    double confidence,
    List<String> explanation) {

  public Event {
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    quantities = List.copyOf(quantities);
    attribution = List.copyOf(attribution);
    evidence = List.copyOf(evidence);
    explanation = explanation == null ? List.of() : List.copyOf(explanation);
  }
}
