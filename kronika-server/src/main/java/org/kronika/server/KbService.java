package org.kronika.server;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kronika.store.Filters.DocumentFilter;
import org.kronika.store.Filters.EventFilter;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.SearchQuery;
import org.kronika.store.Views.ClusterDetail;
import org.kronika.store.Views.ClusterSummary;
import org.kronika.store.Views.DocumentSummary;
import org.kronika.store.Views.EntityDetail;
import org.kronika.store.Views.EntitySummary;
import org.kronika.store.Views.EventView;
import org.kronika.store.Views.Graph;
import org.kronika.store.Views.Page;
import org.kronika.store.Views.SearchHit;
import org.kronika.store.Views.Stats;
import org.kronika.store.Views.TimelineBucket;

/**
 * The API's service layer: what the knowledge base answers, in the API's terms. It knows nothing
 * of HTTP; a bad argument is an {@link IllegalArgumentException}, an unknown id an empty result.
 */
public final class KbService {
  /** A window of a list. */
  public record Paging(int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public Paging {
      if (offset < 0) {
        throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("page size must be between 1 and " + MAX_LIMIT + ", not " + limit);
      }
    }
  }

  public static final List<String> CLUSTER_SORTS = List.of("reports", "origins", "recent");
  public static final List<String> INTERVALS = List.of("week", "month");

  private final KnowledgeBase kb;
  private final Function<String, List<String>> queryLemmatizer;

  /**
   * @param queryLemmatizer turns query text into lemmas, the same way the stored documents were
   *     lemmatised ({@link org.kronika.store.QueryLemmatizer})
   */
  public KbService(KnowledgeBase kb, Function<String, List<String>> queryLemmatizer) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.queryLemmatizer = Objects.requireNonNull(queryLemmatizer, "queryLemmatizer");
  }

  public Page<DocumentSummary> documents(DocumentFilter f, Paging p) {
    return kb.documents(f, p.offset(), p.limit());
  }

  /** The contract JSON of a document. */
  public Optional<String> document(String id) {
    return kb.contract(id);
  }

  public Page<SearchHit> search(String q, DocumentFilter f, Paging p) {
    return kb.search(SearchQuery.parse(q, queryLemmatizer), f, p.offset(), p.limit());
  }

  public Page<EntitySummary> entities(String q, String type, Paging p) {
    return kb.entities(q, type, p.offset(), p.limit());
  }

  public Optional<EntityDetail> entity(String id, Paging mentions) {
    return kb.entity(id, mentions.offset(), mentions.limit());
  }

  public Page<EventView> events(EventFilter f, Paging p) {
    return kb.events(f, p.offset(), p.limit());
  }

  /** Every matching event from {@code offset}, at most {@code limit}, for exports. */
  public void exportEvents(EventFilter f, int offset, int limit, Consumer<EventView> sink) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more");
    }
    kb.forEachEvent(f, offset, limit, sink);
  }

  public Page<ClusterSummary> clusters(EventFilter f, int minOrigins, String sort, Paging p) {
    if (!CLUSTER_SORTS.contains(sort)) {
      throw new IllegalArgumentException("unknown sort '" + sort + "'; expected one of " + CLUSTER_SORTS);
    }
    if (minOrigins < 0) {
      throw new IllegalArgumentException("minOrigins must be 0 or more");
    }
    return kb.clusters(f, minOrigins, sort, p.offset(), p.limit());
  }

  public Optional<ClusterDetail> cluster(String id, Paging reports) {
    return kb.cluster(id, reports.offset(), reports.limit());
  }

  public List<TimelineBucket> timeline(EventFilter f, String interval) {
    if (!INTERVALS.contains(interval)) {
      throw new IllegalArgumentException("unknown interval '" + interval + "'; expected one of " + INTERVALS);
    }
    return kb.timeline(f, interval);
  }

  public Graph graph(EventFilter f, int minEvents, int limit) {
    if (minEvents < 1) {
      throw new IllegalArgumentException("minEvents must be 1 or more");
    }
    if (limit < 1 || limit > 5000) {
      throw new IllegalArgumentException("limit must be between 1 and 5000");
    }
    return kb.graph(f, minEvents, limit);
  }

  public Stats stats() {
    return kb.stats();
  }
}
