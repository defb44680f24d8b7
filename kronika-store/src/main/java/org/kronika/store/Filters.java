package org.kronika.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Query filters. Null fields do not filter. Values are checked by {@link #validate} callers. */
public final class Filters {
  private Filters() {}

  /** PLOVER's 16 event types plus OTHER. */
  public static final Set<String> EVENT_TYPES = Set.of(
      "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
      "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER");

  public static final Set<String> FACTUALITIES = Set.of("fact", "probable", "possible", "negated", "unknown");

  /**
   * Which events to answer.
   *
   * @param types event types (any of)
   * @param actors ISO codes or entity ids (any of)
   * @param recipients ISO codes or entity ids (any of)
   * @param from first day (inclusive) of the event's day
   * @param to last day (inclusive)
   * @param factuality one factuality value
   * @param source a publisher, credited agency or origin name
   * @param cluster a cluster id
   * @param document a document id
   */
  public record EventFilter(
      List<String> types, List<String> actors, List<String> recipients, LocalDate from, LocalDate to,
      String factuality, String source, String cluster, String document) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, null);

    public EventFilter {
      types = types == null ? List.of() : List.copyOf(types);
      actors = actors == null ? List.of() : List.copyOf(actors);
      recipients = recipients == null ? List.of() : List.copyOf(recipients);
      for (String t : types) {
        if (!EVENT_TYPES.contains(t)) {
          throw new IllegalArgumentException("unknown event type '" + t + "'; expected one of " + new java.util.TreeSet<>(EVENT_TYPES));
        }
      }
      if (factuality != null && !FACTUALITIES.contains(factuality)) {
        throw new IllegalArgumentException("unknown factuality '" + factuality + "'; expected one of " + new java.util.TreeSet<>(FACTUALITIES));
      }
      checkRange(from, to);
    }
  }

  /**
   * Which documents to answer (list and search). {@code types}, {@code actors} and
   * {@code factuality} keep the documents that report at least one event matching all of them.
   *
   * @param actors ISO codes or entity ids (any of), as in {@link EventFilter#actors}
   * @param factuality one factuality value
   */
  public record DocumentFilter(LocalDate from, LocalDate to, String source, List<String> types,
      List<String> actors, String factuality) {
    public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null);

    public DocumentFilter {
      types = types == null ? List.of() : List.copyOf(types);
      actors = actors == null ? List.of() : List.copyOf(actors);
      for (String t : types) {
        if (!EVENT_TYPES.contains(t)) {
          throw new IllegalArgumentException("unknown event type '" + t + "'; expected one of " + new java.util.TreeSet<>(EVENT_TYPES));
        }
      }
      if (factuality != null && !FACTUALITIES.contains(factuality)) {
        throw new IllegalArgumentException("unknown factuality '" + factuality + "'; expected one of " + new java.util.TreeSet<>(FACTUALITIES));
      }
      checkRange(from, to);
    }

    public DocumentFilter(LocalDate from, LocalDate to, String source, List<String> types) {
      this(from, to, source, types, null, null);
    }

    /** Whether the filter asks for documents with a matching event. */
    public boolean filtersEvents() {
      return !types.isEmpty() || !actors.isEmpty() || factuality != null;
    }
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
    }
  }
}
