package org.kronika.store;

import java.util.List;

/** What the knowledge base answers: plain records, ready to be written as JSON. */
public final class Views {
  private Views() {}

  /** One page of a longer list: the items, how many there are in all, and the window asked for. */
  public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
      items = List.copyOf(items);
    }
  }

  public record DocumentSummary(
      String id, String date, String title, String url, String publisher, List<String> credits,
      String lang, String dupGroup, String origin, int events) {}

  public record SearchHit(
      String id, String date, String title, String url, String publisher, List<String> credits,
      double score, String snippet) {}

  public record EntityRef(String id, String name, String type, String code) {}

  public record EntitySummary(
      String id, String type, String name, String code, String country, long documents, long mentions) {}

  public record MentionView(
      String documentId, String documentTitle, String documentDate, int start, int end, String text,
      String form, String context) {}

  public record EntityDetail(EntitySummary entity, Page<MentionView> mentions) {}

  public record AttributionView(String name, String entity, String cue) {}

  public record TriggerView(int start, int end, String text, String lemma) {}

  public record EvidenceView(int start, int end, String text) {}

  public record OriginRef(String key, String name, String kind) {}

  public record EventView(
      long id, String key, String documentId, String localId, String type, String mode,
      List<EntityRef> actors, List<EntityRef> recipients, EntityRef location, String time,
      String day, String factuality, double confidence, List<AttributionView> attribution,
      TriggerView trigger, List<EvidenceView> evidence, OriginRef origin, String cluster,
      String documentDate, String documentTitle, String publisher, String url) {}

  public record OriginView(String key, String name, String kind, int reports, List<String> documents) {}

  public record ClusterSummary(
      String id, String type, String mode, String timeStart, String timeEnd, String firstDay,
      String lastDay, int reports, int origins, List<EntityRef> actors, List<EntityRef> recipients) {}

  public record ClusterDetail(ClusterSummary cluster, List<OriginView> origins, Page<EventView> reports) {}

  public record TimelineBucket(String bucket, String type, long events, long clusters) {}

  public record GraphNode(String id, String name, String type, String code, long events) {}

  public record GraphEdge(String source, String target, String type, long events, long clusters) {}

  public record Graph(List<GraphNode> nodes, List<GraphEdge> edges) {}

  /** Counts of the whole store, for {@code /api/stats} and the ingest summary. */
  public record Stats(long documents, long entities, long events, long clusters, long dupGroups) {}
}
