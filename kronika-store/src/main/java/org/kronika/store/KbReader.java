package org.kronika.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kronika.store.Filters.DocumentFilter;
import org.kronika.store.Filters.EventFilter;
import org.kronika.store.Views.AttributionView;
import org.kronika.store.Views.ClusterDetail;
import org.kronika.store.Views.ClusterSummary;
import org.kronika.store.Views.DocumentSummary;
import org.kronika.store.Views.EntityDetail;
import org.kronika.store.Views.EntityRef;
import org.kronika.store.Views.EntitySummary;
import org.kronika.store.Views.EventView;
import org.kronika.store.Views.EvidenceView;
import org.kronika.store.Views.Graph;
import org.kronika.store.Views.GraphEdge;
import org.kronika.store.Views.GraphNode;
import org.kronika.store.Views.MentionView;
import org.kronika.store.Views.OriginRef;
import org.kronika.store.Views.OriginView;
import org.kronika.store.Views.Page;
import org.kronika.store.Views.SearchHit;
import org.kronika.store.Views.Stats;
import org.kronika.store.Views.TimelineBucket;
import org.kronika.store.Views.TriggerView;

/** The read side of the knowledge base. Every method runs on a connection it is given. */
final class KbReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<AttributionView>> ATTRIBUTIONS = new TypeReference<>() {};
  private static final TypeReference<List<EvidenceView>> EVIDENCE = new TypeReference<>() {};

  private final Dialect dialect;
  private final OriginRule origins;

  KbReader(Dialect dialect, OriginRule origins) {
    this.dialect = dialect;
    this.origins = origins;
  }

  // ---- documents and search ----

  private static final String DOC_COLUMNS =
      "d.id, d.date, d.title, d.url, d.publisher, d.credits, d.lang, d.dup_group, d.origin_name,"
          + " (SELECT count(*) FROM events ev WHERE ev.doc_seq = d.seq)";

  private static DocumentSummary docSummary(ResultSet rs) throws SQLException {
    return new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), strings(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
        rs.getInt(10));
  }

  private Sql.Where docWhere(Connection c, DocumentFilter f) throws SQLException {
    Sql.Where w = new Sql.Where();
    if (f.from() != null) {
      w.add("d.day >= ?", f.from().toString());
    }
    if (f.to() != null) {
      w.add("d.day <= ?", f.to().toString());
    }
    if (f.source() != null) {
      w.add("(d.seq IN (SELECT doc_seq FROM document_sources WHERE name = ?) OR d.origin_key = ?)",
          f.source().strip().toLowerCase(Locale.ROOT), origins.key(f.source()));
    }
    if (f.filtersEvents()) {
      Sql.Where ew = eventWhere(c, new EventFilter(f.types(), f.actors(), null, null, null, f.factuality(), null, null, null));
      w.addAll("d.seq IN (SELECT e.doc_seq FROM events e" + ew.sql() + ")", ew.params);
    }
    return w;
  }

  Page<DocumentSummary> documents(Connection c, DocumentFilter f, int offset, int limit) throws SQLException {
    Sql.Where w = docWhere(c, f);
    long total = Sql.count(c, "SELECT count(*) FROM documents d" + w.sql(), w.params());
    List<DocumentSummary> items = Sql.list(c,
        "SELECT " + DOC_COLUMNS + " FROM documents d" + w.sql()
            + " ORDER BY (d.day IS NULL), d.day DESC, d.id LIMIT ? OFFSET ?",
        KbReader::docSummary, w.params(limit, offset));
    return new Page<>(items, total, offset, limit);
  }

  Optional<String> contract(Connection c, String id) throws SQLException {
    return Optional.ofNullable(Sql.one(c, "SELECT contract FROM documents WHERE id = ?", rs -> rs.getString(1), id));
  }

  Page<SearchHit> search(Connection c, SearchQuery q, DocumentFilter f, int offset, int limit) throws SQLException {
    Sql.Where w = docWhere(c, f);
    String from;
    String score;
    Object qp;
    if (dialect == Dialect.SQLITE) {
      from = "documents_fts JOIN documents d ON d.seq = documents_fts.rowid";
      w.clauses.add(0, "documents_fts MATCH ?");
      w.params.add(0, q.fts5());
      score = "-bm25(documents_fts)";
    } else {
      from = "documents d";
      w.clauses.add(0, "d.lemmas_tsv @@ to_tsquery('simple', ?)");
      w.params.add(0, q.tsquery());
      score = "ts_rank(d.lemmas_tsv, to_tsquery('simple', ?))";
    }
    qp = dialect == Dialect.SQLITE ? null : q.tsquery();
    long total = Sql.count(c, "SELECT count(*) FROM " + from + w.sql(), w.params());
    List<Object> params = new ArrayList<>();
    if (qp != null) {
      params.add(qp);
    }
    params.addAll(w.params);
    params.add(limit);
    params.add(offset);
    List<SearchHit> items = Sql.list(c,
        "SELECT d.id, d.date, d.title, d.url, d.publisher, d.credits, " + score + " AS score,"
            + " substr(d.text, 1, 300) FROM " + from + w.sql()
            + " ORDER BY score DESC, d.id LIMIT ? OFFSET ?",
        rs -> new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), strings(rs.getString(6)), rs.getDouble(7),
            rs.getString(8)),
        params.toArray());
    return new Page<>(items, total, offset, limit);
  }

  // ---- entities ----

  private static final String ENTITY_COLUMNS =
      "en.id, en.type, en.name, en.code, en.country,"
          + " (SELECT count(DISTINCT de.doc_seq) FROM document_entities de WHERE de.entity_id = en.id),"
          + " (SELECT count(*) FROM mentions m WHERE m.entity_id = en.id)";

  private static EntitySummary entitySummary(ResultSet rs) throws SQLException {
    return new EntitySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getLong(6), rs.getLong(7));
  }

  Page<EntitySummary> entities(Connection c, String q, String type, int offset, int limit) throws SQLException {
    Sql.Where w = new Sql.Where();
    w.add("EXISTS (SELECT 1 FROM document_entities de WHERE de.entity_id = en.id)");
    if (q != null && !q.isBlank()) {
      w.add("(lower(en.name) LIKE ? OR en.code = ?)", "%" + q.strip().toLowerCase(Locale.ROOT) + "%",
          q.strip().toUpperCase(Locale.ROOT));
    }
    if (type != null) {
      w.add("(en.type = ? OR en.type LIKE ?)", type, type + ".%");
    }
    long total = Sql.count(c, "SELECT count(*) FROM entities en" + w.sql(), w.params());
    List<EntitySummary> items = Sql.list(c,
        "SELECT " + ENTITY_COLUMNS + " FROM entities en" + w.sql() + " ORDER BY 6 DESC, 7 DESC, en.name, en.id LIMIT ? OFFSET ?",
        KbReader::entitySummary, w.params(limit, offset));
    return new Page<>(items, total, offset, limit);
  }

  Optional<EntityDetail> entity(Connection c, String id, int offset, int limit) throws SQLException {
    EntitySummary e = Sql.one(c, "SELECT " + ENTITY_COLUMNS + " FROM entities en WHERE en.id = ?",
        KbReader::entitySummary, id);
    if (e == null) {
      return Optional.empty();
    }
    List<MentionView> mentions = Sql.list(c,
        "SELECT d.id, d.title, d.date, m.start_offset, m.end_offset, m.text, m.form,"
            + " substr(d.text, CASE WHEN m.start_offset > 80 THEN m.start_offset - 79 ELSE 1 END, 200)"
            + " FROM mentions m JOIN documents d ON d.seq = m.doc_seq WHERE m.entity_id = ?"
            + " ORDER BY (d.day IS NULL), d.day DESC, d.id, m.start_offset LIMIT ? OFFSET ?",
        rs -> new MentionView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)),
        id, limit, offset);
    return Optional.of(new EntityDetail(e, new Page<>(mentions, e.mentions(), offset, limit)));
  }

  /** Entity ids for ISO codes or entity ids; unknown values resolve to nothing. */
  List<String> resolve(Connection c, List<String> values) throws SQLException {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(Sql.list(c, "SELECT id FROM entities WHERE id = ? OR code = ?", rs -> rs.getString(1),
          v.strip(), v.strip().toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  // ---- events ----

  Sql.Where eventWhere(Connection c, EventFilter f) throws SQLException {
    Sql.Where w = new Sql.Where();
    if (!f.types().isEmpty()) {
      w.addAll("e.type IN (" + Sql.marks(f.types()) + ")", f.types());
    }
    roleClause(c, w, "actor", f.actors(), "e.seq IN (SELECT event_seq FROM event_roles WHERE role = '%s' AND entity_id IN (%s))");
    roleClause(c, w, "recipient", f.recipients(), "e.seq IN (SELECT event_seq FROM event_roles WHERE role = '%s' AND entity_id IN (%s))");
    if (f.from() != null) {
      w.add("e.day >= ?", f.from().toString());
    }
    if (f.to() != null) {
      w.add("e.day <= ?", f.to().toString());
    }
    if (f.factuality() != null) {
      w.add("e.factuality = ?", f.factuality());
    }
    if (f.source() != null) {
      w.add("(e.doc_seq IN (SELECT doc_seq FROM document_sources WHERE name = ?) OR e.origin_key = ?)",
          f.source().strip().toLowerCase(Locale.ROOT), origins.key(f.source()));
    }
    if (f.cluster() != null) {
      w.add("e.cluster_id = ?", f.cluster());
    }
    if (f.document() != null) {
      w.add("e.doc_id = ?", f.document());
    }
    return w;
  }

  private void roleClause(Connection c, Sql.Where w, String role, List<String> values, String template)
      throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    List<String> ids = resolve(c, values);
    if (ids.isEmpty()) {
      w.add("1 = 0");
    } else {
      w.addAll(String.format(template, role, Sql.marks(ids)), ids);
    }
  }

  private static final String EVENT_SELECT =
      "SELECT e.seq, e.event_key, e.doc_id, e.local_id, e.type, e.mode, e.time, e.day, e.factuality,"
          + " e.confidence, e.location_id, e.trigger_text, e.trigger_lemma, e.trigger_start, e.trigger_end,"
          + " e.attribution, e.evidence, e.origin_key, o.name, o.kind, e.cluster_id, d.date, d.title,"
          + " d.publisher, d.url"
          + " FROM events e JOIN documents d ON d.seq = e.doc_seq LEFT JOIN origins o ON o.key = e.origin_key";

  private static final String EVENT_ORDER = " ORDER BY (e.day IS NULL), e.day, e.seq";

  Page<EventView> events(Connection c, EventFilter f, int offset, int limit) throws SQLException {
    Sql.Where w = eventWhere(c, f);
    long total = Sql.count(c, "SELECT count(*) FROM events e" + w.sql(), w.params());
    List<EventView> items = hydrate(c, Sql.list(c, EVENT_SELECT + w.sql() + EVENT_ORDER + " LIMIT ? OFFSET ?",
        KbReader::eventRow, w.params(limit, offset)));
    return new Page<>(items, total, offset, limit);
  }

  /** Streams every matching event in order, a batch at a time (for the CSV and JSONL exports). */
  void forEachEvent(Connection c, EventFilter f, int offset, int limit, Consumer<EventView> sink) throws SQLException {
    Sql.Where w = eventWhere(c, f);
    int batch = 500;
    int done = 0;
    while (done < limit) {
      int n = Math.min(batch, limit - done);
      List<EventView> page = hydrate(c, Sql.list(c, EVENT_SELECT + w.sql() + EVENT_ORDER + " LIMIT ? OFFSET ?",
          KbReader::eventRow, w.params(n, offset + done)));
      page.forEach(sink);
      done += page.size();
      if (page.size() < n) {
        break;
      }
    }
  }

  private record EventRow(EventView view, String locationId) {}

  private static EventRow eventRow(ResultSet rs) throws SQLException {
    int ts = rs.getInt(14);
    boolean hasTrigger = !rs.wasNull();
    int te = rs.getInt(15);
    TriggerView trigger = hasTrigger ? new TriggerView(ts, te, rs.getString(12), rs.getString(13)) : null;
    EventView v = new EventView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), List.of(), List.of(), null, rs.getString(7), rs.getString(8),
        rs.getString(9), rs.getDouble(10), parse(rs.getString(16), ATTRIBUTIONS), trigger,
        parse(rs.getString(17), EVIDENCE),
        new OriginRef(rs.getString(18), rs.getString(19), rs.getString(20)), rs.getString(21),
        rs.getString(22), rs.getString(23), rs.getString(24), rs.getString(25));
    return new EventRow(v, rs.getString(11));
  }

  private List<EventView> hydrate(Connection c, List<EventRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Object> seqs = new ArrayList<>();
    rows.forEach(r -> seqs.add(r.view.id()));
    record Role(long event, String role, EntityRef ref) {}
    List<Role> roles = Sql.list(c,
        "SELECT r.event_seq, r.role, en.id, en.name, en.type, en.code FROM event_roles r"
            + " JOIN entities en ON en.id = r.entity_id WHERE r.event_seq IN (" + Sql.marks(seqs) + ")"
            + " ORDER BY r.event_seq, r.role, r.position",
        rs -> new Role(rs.getLong(1), rs.getString(2),
            new EntityRef(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))),
        seqs.toArray());
    Map<Long, List<EntityRef>> actors = new HashMap<>();
    Map<Long, List<EntityRef>> recipients = new HashMap<>();
    for (Role r : roles) {
      (r.role.equals("actor") ? actors : recipients).computeIfAbsent(r.event, k -> new ArrayList<>()).add(r.ref);
    }
    Map<String, EntityRef> locations = new HashMap<>();
    for (EventRow r : rows) {
      if (r.locationId != null && !locations.containsKey(r.locationId)) {
        locations.put(r.locationId, Sql.one(c, "SELECT id, name, type, code FROM entities WHERE id = ?",
            rs -> new EntityRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), r.locationId));
      }
    }
    List<EventView> out = new ArrayList<>(rows.size());
    for (EventRow r : rows) {
      EventView v = r.view;
      out.add(new EventView(v.id(), v.key(), v.documentId(), v.localId(), v.type(), v.mode(),
          actors.getOrDefault(v.id(), List.of()), recipients.getOrDefault(v.id(), List.of()),
          r.locationId == null ? null : locations.get(r.locationId), v.time(), v.day(), v.factuality(),
          v.confidence(), v.attribution(), v.trigger(), v.evidence(), v.origin(), v.cluster(),
          v.documentDate(), v.documentTitle(), v.publisher(), v.url()));
    }
    return out;
  }

  // ---- clusters ----

  /** Sort orders of the cluster list. */
  enum ClusterSort { reports, origins, recent }

  private static final String CLUSTER_COLUMNS =
      "c.id, c.type, c.mode, c.time_start, c.time_end, c.first_day, c.last_day, c.reports,"
          + " (SELECT count(DISTINCT e.origin_key) FROM events e WHERE e.cluster_id = c.id) AS origins";

  Page<ClusterSummary> clusters(Connection c, EventFilter f, int minOrigins, String sort, int offset, int limit)
      throws SQLException {
    Sql.Where w = new Sql.Where();
    if (!f.types().isEmpty()) {
      w.addAll("c.type IN (" + Sql.marks(f.types()) + ")", f.types());
    }
    roleClause(c, w, "actor", f.actors(), "c.id IN (SELECT cluster_id FROM cluster_entities WHERE role = '%s' AND entity_id IN (%s))");
    roleClause(c, w, "recipient", f.recipients(), "c.id IN (SELECT cluster_id FROM cluster_entities WHERE role = '%s' AND entity_id IN (%s))");
    if (f.from() != null) {
      w.add("COALESCE(c.time_end, c.last_day) >= ?", f.from().toString());
    }
    if (f.to() != null) {
      w.add("COALESCE(c.time_start, c.first_day) <= ?", f.to().toString());
    }
    if (f.factuality() != null || f.source() != null || f.document() != null) {
      Sql.Where ew = eventWhere(c, new EventFilter(null, null, null, null, null, f.factuality(), f.source(), null, f.document()));
      w.addAll("c.id IN (SELECT e.cluster_id FROM events e" + ew.sql() + ")", ew.params);
    }
    String inner = "SELECT " + CLUSTER_COLUMNS + " FROM clusters c" + w.sql();
    String outer = minOrigins > 1 ? " WHERE x.origins >= " + minOrigins : "";
    long total = Sql.count(c, "SELECT count(*) FROM (" + inner + ") x" + outer, w.params());
    String order = switch (ClusterSort.valueOf(sort)) {
      case reports -> "x.reports DESC, x.origins DESC";
      case origins -> "x.origins DESC, x.reports DESC";
      case recent -> "COALESCE(x.time_start, x.first_day) DESC";
    };
    List<ClusterSummary> items = clusterSummaries(c, Sql.list(c,
        "SELECT * FROM (" + inner + ") x" + outer + " ORDER BY " + order + ", x.id LIMIT ? OFFSET ?",
        KbReader::clusterRow, w.params(limit, offset)));
    return new Page<>(items, total, offset, limit);
  }

  private static ClusterSummary clusterRow(ResultSet rs) throws SQLException {
    return new ClusterSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), List.of(), List.of());
  }

  private List<ClusterSummary> clusterSummaries(Connection c, List<ClusterSummary> rows) throws SQLException {
    if (rows.isEmpty()) {
      return rows;
    }
    List<Object> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.id()));
    Map<String, List<EntityRef>> actors = new HashMap<>();
    Map<String, List<EntityRef>> recipients = new HashMap<>();
    for (Object[] r : Sql.list(c,
        "SELECT ce.cluster_id, ce.role, en.id, en.name, en.type, en.code FROM cluster_entities ce"
            + " JOIN entities en ON en.id = ce.entity_id WHERE ce.cluster_id IN (" + Sql.marks(ids) + ")"
            + " ORDER BY ce.cluster_id, ce.role, en.name, en.id",
        rs -> new Object[] {rs.getString(1), rs.getString(2),
            new EntityRef(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))},
        ids.toArray())) {
      ("actor".equals(r[1]) ? actors : recipients).computeIfAbsent((String) r[0], k -> new ArrayList<>())
          .add((EntityRef) r[2]);
    }
    List<ClusterSummary> out = new ArrayList<>();
    for (ClusterSummary s : rows) {
      out.add(new ClusterSummary(s.id(), s.type(), s.mode(), s.timeStart(), s.timeEnd(), s.firstDay(),
          s.lastDay(), s.reports(), s.origins(), actors.getOrDefault(s.id(), List.of()),
          recipients.getOrDefault(s.id(), List.of())));
    }
    return out;
  }

  Optional<ClusterDetail> cluster(Connection c, String id, int offset, int limit) throws SQLException {
    List<ClusterSummary> rows = Sql.list(c, "SELECT " + CLUSTER_COLUMNS + " FROM clusters c WHERE c.id = ?",
        KbReader::clusterRow, id);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    ClusterSummary summary = clusterSummaries(c, rows).get(0);
    Map<String, OriginView> byKey = new LinkedHashMap<>();
    for (Object[] r : Sql.list(c,
        "SELECT e.origin_key, o.name, o.kind, e.doc_id FROM events e LEFT JOIN origins o ON o.key = e.origin_key"
            + " JOIN documents d ON d.seq = e.doc_seq WHERE e.cluster_id = ? ORDER BY e.origin_key, d.day, e.doc_id",
        rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, id)) {
      String key = (String) r[0];
      OriginView o = byKey.get(key);
      List<String> docs = o == null ? new ArrayList<>() : new ArrayList<>(o.documents());
      if (!docs.contains((String) r[3])) {
        docs.add((String) r[3]);
      }
      byKey.put(key, new OriginView(key, (String) r[1], (String) r[2], o == null ? 1 : o.reports() + 1, docs));
    }
    List<OriginView> originList = new ArrayList<>(byKey.values());
    originList.sort((a, b) -> a.reports() != b.reports() ? Integer.compare(b.reports(), a.reports()) : a.key().compareTo(b.key()));
    Page<EventView> reports = events(c, new EventFilter(null, null, null, null, null, null, null, id, null), offset, limit);
    return Optional.of(new ClusterDetail(summary, originList, reports));
  }

  // ---- aggregates ----

  List<TimelineBucket> timeline(Connection c, EventFilter f, String interval) throws SQLException {
    String bucket = switch (interval) {
      case "week" -> "e.week";
      case "month" -> "e.month";
      default -> throw new IllegalArgumentException("unknown interval '" + interval + "'; expected week or month");
    };
    Sql.Where w = eventWhere(c, f);
    w.add(bucket + " IS NOT NULL");
    return Sql.list(c,
        "SELECT " + bucket + ", e.type, count(*), count(DISTINCT e.cluster_id) FROM events e" + w.sql()
            + " GROUP BY " + bucket + ", e.type ORDER BY 1, 2",
        rs -> new TimelineBucket(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), w.params());
  }

  Graph graph(Connection c, EventFilter f, int minEvents, int limit) throws SQLException {
    Sql.Where w = eventWhere(c, f);
    List<GraphEdge> edges = Sql.list(c,
        "SELECT a.entity_id, r.entity_id, e.type, count(*), count(DISTINCT e.cluster_id) FROM events e"
            + " JOIN event_roles a ON a.event_seq = e.seq AND a.role = 'actor'"
            + " JOIN event_roles r ON r.event_seq = e.seq AND r.role = 'recipient'" + w.sql()
            + " GROUP BY a.entity_id, r.entity_id, e.type HAVING count(*) >= ?"
            + " ORDER BY 4 DESC, 1, 2, 3 LIMIT ?",
        rs -> new GraphEdge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)),
        w.params(minEvents, limit));
    Map<String, Long> counts = new LinkedHashMap<>();
    for (GraphEdge e : edges) {
      counts.merge(e.source(), e.events(), Long::sum);
      counts.merge(e.target(), e.events(), Long::sum);
    }
    List<GraphNode> nodes = new ArrayList<>();
    for (Map.Entry<String, Long> n : counts.entrySet()) {
      GraphNode node = Sql.one(c, "SELECT id, name, type, code FROM entities WHERE id = ?",
          rs -> new GraphNode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), n.getValue()),
          n.getKey());
      if (node != null) {
        nodes.add(node);
      }
    }
    nodes.sort((a, b) -> a.events() != b.events() ? Long.compare(b.events(), a.events()) : a.id().compareTo(b.id()));
    return new Graph(nodes, edges);
  }

  Stats stats(Connection c) throws SQLException {
    return new Stats(
        Sql.count(c, "SELECT count(*) FROM documents"),
        Sql.count(c, "SELECT count(DISTINCT entity_id) FROM document_entities"),
        Sql.count(c, "SELECT count(*) FROM events"),
        Sql.count(c, "SELECT count(*) FROM clusters"),
        Sql.count(c, "SELECT count(DISTINCT dup_group) FROM documents"));
  }

  private static List<String> strings(String json) {
    return parse(json, STRINGS);
  }

  private static <T> T parse(String json, TypeReference<T> type) {
    try {
      return json == null ? null : MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
