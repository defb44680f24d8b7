package org.kronika.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Attribution;
import org.kronika.api.ContractJson;
import org.kronika.api.Document;
import org.kronika.api.Entity;
import org.kronika.api.Event;
import org.kronika.api.Mention;
import org.kronika.api.Span;

/**
 * Writes one annotated document into the store, inside the caller's transaction: the document and
 * its search text, near-duplicate group, consolidated entities and mentions, event reports and
 * their clusters. See docs/KNOWLEDGE_BASE.md for the rules it applies.
 */
final class KbWriter {
  /** How far (days) from a cluster's report dates a report with no event time may be to join it. */
  static final int REPORT_WINDOW_DAYS = 30;
  /** How many near-duplicate candidates to verify exactly. */
  private static final int DUP_CANDIDATES = 5;

  private final Dialect dialect;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ContractJson contract = new ContractJson(false);
  private final OriginRule origins;
  private final WriteLocks locks;

  KbWriter(Dialect dialect, OriginRule origins) {
    this.dialect = dialect;
    this.origins = origins;
    this.locks = new WriteLocks(dialect);
  }

  KnowledgeBase.Outcome write(Connection c, AnnotatedDocument ad) throws SQLException {
    Document d = ad.document();
    String hash = Document.contentHash(d.text());
    Set<Long> shingles = NearDuplicates.shingles(d.text());
    int[] sig = NearDuplicates.signature(shingles);
    long[] bands = NearDuplicates.bands(sig);

    // Layer 1 of the keyed locks (WriteLocks): the id. A second writer of this id waits here, then
    // finds the first one's row and reports UNCHANGED (or replaces it).
    locks.acquire(c, List.of(WriteLocks.key(WriteLocks.Kind.DOCUMENT, d.id())));
    record Existing(long seq, String hash, byte[] minhash) {}
    Existing old = Sql.one(c, "SELECT seq, content_hash, minhash FROM documents WHERE id = ?",
        rs -> new Existing(rs.getLong(1), rs.getString(2), rs.getBytes(3)), d.id());
    if (old != null && old.hash.equals(hash)) {
      return KnowledgeBase.Outcome.UNCHANGED;
    }
    // Layer 2: the near-duplicate bands (this text's, and the replaced text's whose group it may
    // end). A near-duplicate is only ever found through a shared band, so two writers that could
    // see each other as near-duplicates wait for one another, and wire copies stay one group.
    Set<Long> bandKeys = new HashSet<>();
    for (long b : bands) {
      bandKeys.add(WriteLocks.key(WriteLocks.Kind.BAND, Long.toString(b)));
    }
    // Layer 3: the event types. Clustering reads and updates only clusters of a report's own
    // type, so writers of reports of different types never wait for each other.
    Set<Long> typeKeys = new HashSet<>();
    for (Event ev : ad.events()) {
      typeKeys.add(WriteLocks.key(WriteLocks.Kind.EVENT_TYPE, ev.type()));
    }
    KnowledgeBase.Outcome outcome = KnowledgeBase.Outcome.STORED;
    if (old != null) {
      for (long b : NearDuplicates.bands(NearDuplicates.fromBytes(old.minhash))) {
        bandKeys.add(WriteLocks.key(WriteLocks.Kind.BAND, Long.toString(b)));
      }
      locks.acquire(c, bandKeys);
      // removing the old version recomputes its clusters: lock their types now, before any write
      typeKeys.addAll(Sql.list(c, "SELECT DISTINCT type FROM events WHERE doc_seq = ?",
          rs -> WriteLocks.key(WriteLocks.Kind.EVENT_TYPE, rs.getString(1)), old.seq));
      locks.acquire(c, typeKeys);
      delete(c, old.seq);
      outcome = KnowledgeBase.Outcome.UPDATED;
    } else {
      locks.acquire(c, bandKeys);
    }

    // near-duplicates: verify the best LSH candidates among the groups' first documents
    List<Object> bandParams = new ArrayList<>();
    for (long b : bands) {
      bandParams.add(b);
    }
    List<Long> candidates = Sql.list(c,
        "SELECT doc_seq FROM dup_bands WHERE band IN (" + Sql.marks(bands.length) + ")"
            + " GROUP BY doc_seq ORDER BY count(*) DESC, doc_seq LIMIT " + DUP_CANDIDATES,
        rs -> rs.getLong(1), bandParams.toArray());
    record Rep(String group, String originKey, String originName, double similarity) {}
    Map<Long, Rep> fetched = new HashMap<>();
    if (!candidates.isEmpty()) {
      for (Map.Entry<Long, Rep> e : Sql.list(c,
          "SELECT seq, dup_group, origin_key, origin_name, text FROM documents WHERE seq IN ("
              + Sql.marks(candidates.size()) + ")",
          rs -> Map.entry(rs.getLong(1), new Rep(rs.getString(2), rs.getString(3), rs.getString(4),
              NearDuplicates.jaccard(shingles, NearDuplicates.shingles(rs.getString(5))))),
          candidates.toArray())) {
        fetched.put(e.getKey(), e.getValue());
      }
    }
    Rep rep = null;
    for (long cand : candidates) { // in candidate order: the first of equally similar ones wins
      Rep r = fetched.get(cand);
      if (r != null && r.similarity >= NearDuplicates.THRESHOLD && (rep == null || r.similarity > rep.similarity)) {
        rep = r;
      }
    }
    String dupGroup = rep != null ? rep.group : d.id();
    OriginRule.Origin docOrigin = rep != null
        ? new OriginRule.Origin(rep.originKey, rep.originName, "source")
        : origins.ofDocument(d.source(), dupGroup);
    putOrigin(c, docOrigin);

    Optional<IsoInterval> docDays = IsoInterval.parse(d.date());
    String lemmas = LemmaText.of(ad);
    long seq = Sql.one(c,
        "INSERT INTO documents (id, content_hash, lang, date, day, title, url, publisher, credits,"
            + " origin_path, origin_line, layers, text, contract, lemmas, minhash, dup_group, origin_key,"
            + " origin_name) VALUES (" + Sql.marks(19) + ") RETURNING seq",
        rs -> rs.getLong(1),
        d.id(), hash, d.lang(), d.date(), docDays.map(i -> i.first().toString()).orElse(null),
        d.title(), d.url(), d.source().publisher(), json(d.source().credits()),
        d.origin() == null ? null : d.origin().path(),
        d.origin() == null ? null : d.origin().line(),
        ad.layers().stream().map(l -> l.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(",")),
        d.text(), contract.write(ad, false), lemmas, NearDuplicates.toBytes(sig), dupGroup,
        docOrigin.key(), docOrigin.name());
    if (dialect == Dialect.SQLITE) {
      Sql.update(c, "INSERT INTO documents_fts (rowid, lemmas) VALUES (?, ?)", seq, lemmas);
    }
    if (rep == null) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO dup_bands (band, doc_seq) VALUES (?, ?)")) {
        for (long b : bands) {
          ps.setLong(1, b);
          ps.setLong(2, seq);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    Set<String> sourceNames = new LinkedHashSet<>();
    if (d.source().publisher() != null) {
      sourceNames.add("publisher\t" + d.source().publisher().strip().toLowerCase(Locale.ROOT));
    }
    for (String cr : d.source().credits()) {
      sourceNames.add("credit\t" + cr.strip().toLowerCase(Locale.ROOT));
    }
    for (String s : sourceNames) {
      String[] p = s.split("\t", 2);
      Sql.update(c, "INSERT INTO document_sources (doc_seq, name, role) VALUES (?, ?, ?)", seq, p[1], p[0]);
    }

    // entities, consolidated by code, else by type and canonical name
    Map<String, String> global = new HashMap<>();
    Map<String, String> localNames = new HashMap<>();
    try (PreparedStatement de = c.prepareStatement(
            "INSERT INTO document_entities (doc_seq, local_id, entity_id, name, type) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING");
        PreparedStatement mp = c.prepareStatement(
            "INSERT INTO mentions (doc_seq, entity_id, local_id, start_offset, end_offset, text, form)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Entity e : ad.entities()) {
        String id = consolidate(c, e);
        global.put(e.id(), id);
        localNames.put(e.id(), e.name());
        Sql.bind(de, seq, e.id(), id, e.name(), e.type());
        de.addBatch();
        for (Mention m : e.mentions()) {
          Sql.bind(mp, seq, id, e.id(), m.start(), m.end(), m.text(), m.form());
          mp.addBatch();
        }
      }
      de.executeBatch();
      mp.executeBatch();
    }

    // taken as late as possible (held to the commit): everything above runs beside other writers
    locks.acquire(c, typeKeys);
    for (Event ev : ad.events()) {
      writeEvent(c, seq, d, ev, global, localNames, docOrigin, docDays.orElse(null));
    }
    return outcome;
  }

  private String consolidate(Connection c, Entity e) throws SQLException {
    String nameKey = (e.type() == null ? "" : e.type()) + ":" + (e.name() == null ? "" : e.name().strip().toLowerCase(Locale.ROOT));
    String key;
    if (e.code() != null && !e.code().isBlank()) {
      key = "code:" + e.code().strip().toUpperCase(Locale.ROOT);
    } else {
      // a name the store already knows with a code is that coded entity
      String coded = Sql.one(c, "SELECT id FROM entities WHERE name_key = ? AND code IS NOT NULL ORDER BY id LIMIT 1",
          rs -> rs.getString(1), nameKey);
      if (coded != null) {
        return coded;
      }
      key = "name:" + nameKey;
    }
    String id = "e" + sha(key);
    Sql.update(c, "INSERT INTO entities (id, key, name_key, type, name, code, country, role)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
        id, key, nameKey, e.type(), e.name(),
        e.code() == null || e.code().isBlank() ? null : e.code().strip().toUpperCase(Locale.ROOT),
        e.country(), e.role());
    return id;
  }

  private void writeEvent(Connection c, long docSeq, Document d, Event ev, Map<String, String> global,
      Map<String, String> localNames, OriginRule.Origin docOrigin, IsoInterval docDays) throws SQLException {
    List<String> actors = mapIds(ev.actors(), global);
    List<String> recipients = mapIds(ev.recipients(), global);
    Optional<IsoInterval> time = IsoInterval.parse(ev.time());
    LocalDate day = time.map(IsoInterval::first).orElse(docDays == null ? null : docDays.first());
    OriginRule.Origin origin = origins.ofAttribution(ev.attribution(), localNames);
    if (origin == null) {
      origin = docOrigin;
    } else {
      putOrigin(c, origin);
    }
    String key = d.id() + "#" + ev.id();
    String cluster = assignCluster(c, key, ev, actors, recipients, time.orElse(null), docDays);

    ArrayNode attribution = mapper.createArrayNode();
    for (Attribution a : ev.attribution()) {
      attribution.addObject().put("name", a.name())
          .put("entity", a.entity() == null ? null : global.getOrDefault(a.entity(), null))
          .put("cue", a.cue());
    }
    ArrayNode evidence = mapper.createArrayNode();
    String text = d.text();
    for (Span s : ev.evidence()) {
      int st = Math.max(0, Math.min(s.start(), text.length()));
      int en = Math.max(st, Math.min(s.end(), text.length()));
      String t = text.substring(st, Math.min(en, st + 1000));
      evidence.addObject().put("start", s.start()).put("end", s.end()).put("text", t);
    }
    long seq = Sql.one(c,
        "INSERT INTO events (doc_seq, doc_id, local_id, event_key, type, mode, time, time_start, time_end,"
            + " day, month, week, factuality, confidence, location_id, trigger_text, trigger_lemma,"
            + " trigger_start, trigger_end, attribution, evidence, origin_key, cluster_id)"
            + " VALUES (" + Sql.marks(23) + ") RETURNING seq",
        rs -> rs.getLong(1),
        docSeq, d.id(), ev.id(), key, ev.type(), ev.mode(), ev.time(),
        time.map(i -> i.first().toString()).orElse(null), time.map(i -> i.last().toString()).orElse(null),
        day == null ? null : day.toString(), day == null ? null : IsoInterval.month(day),
        day == null ? null : IsoInterval.week(day), ev.factuality(), ev.confidence(),
        ev.location() == null ? null : global.get(ev.location()),
        ev.trigger() == null ? null : ev.trigger().text(), ev.trigger() == null ? null : ev.trigger().lemma(),
        ev.trigger() == null ? null : ev.trigger().start(), ev.trigger() == null ? null : ev.trigger().end(),
        attribution.toString(), evidence.toString(), origin.key(), cluster);
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO event_roles (event_seq, entity_id, role, position) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < actors.size(); i++) {
        Sql.bind(ps, seq, actors.get(i), "actor", i);
        ps.addBatch();
      }
      for (int i = 0; i < recipients.size(); i++) {
        Sql.bind(ps, seq, recipients.get(i), "recipient", i);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private record Candidate(String id, long ordinal, String mode, String timeStart, String timeEnd,
      String firstDay, String lastDay) {}

  /**
   * The clustering rule: a report joins the earliest cluster of the same type (and, for OTHER, the
   * same mode) that shares an actor (or, with no actors on either side, a recipient), whose
   * recipients do not contradict its own (either side empty, or overlapping), and whose time is
   * compatible: known event times overlap the cluster's common interval; otherwise the report's
   * date lies within {@value #REPORT_WINDOW_DAYS} days of the cluster's reports, or a date is unknown.
   */
  private String assignCluster(Connection c, String eventKey, Event ev, List<String> actors,
      List<String> recipients, IsoInterval time, IsoInterval docDays) throws SQLException {
    List<Candidate> candidates = List.of();
    String role = !actors.isEmpty() ? "actor" : !recipients.isEmpty() ? "recipient" : null;
    List<String> ids = !actors.isEmpty() ? actors : recipients;
    if (role != null) {
      List<Object> params = new ArrayList<>();
      params.add(ev.type());
      String timeFilter = timeFilter(time, docDays, params);
      params.add(role);
      params.addAll(ids);
      // Driven by the type's clusters that pass the time filter, each probed in cluster_entities'
      // primary key: no join rows to de-duplicate and sort. The earlier form (a join from the
      // actor's cluster_entities rows, SELECT DISTINCT) took ~5 ms per call inside the benchmark
      // against 0.1 ms in isolation, most of the store's time and all of it under the type locks
      // (docs/SCALING.md, "The cluster lookup").
      candidates = Sql.list(c,
          "SELECT c.id, c.ordinal, c.mode, c.time_start, c.time_end, c.first_day, c.last_day FROM clusters c"
              + " WHERE c.type = ?" + timeFilter
              + " AND EXISTS (SELECT 1 FROM cluster_entities ce WHERE ce.cluster_id = c.id AND ce.role = ?"
              + " AND ce.entity_id IN (" + Sql.marks(ids.size()) + ")) ORDER BY c.ordinal",
          rs -> new Candidate(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7)),
          params.toArray());
    }
    Candidate chosen = null;
    for (Candidate k : candidates) {
      if ("OTHER".equals(ev.type()) && !java.util.Objects.equals(k.mode, ev.mode())) {
        continue;
      }
      // the time test needs no query: most candidates of a busy actor fail it, so it goes first
      if (!timeCompatible(k, time, docDays)) {
        continue;
      }
      if (role.equals("recipient")) {
        // no actors on this report: only clusters without actors of their own
        if (Sql.count(c, "SELECT count(*) FROM cluster_entities WHERE cluster_id = ? AND role = 'actor'", k.id) > 0) {
          continue;
        }
      } else if (!recipients.isEmpty()) {
        List<String> theirs = Sql.list(c,
            "SELECT entity_id FROM cluster_entities WHERE cluster_id = ? AND role = 'recipient'",
            rs -> rs.getString(1), k.id);
        if (!theirs.isEmpty() && theirs.stream().noneMatch(recipients::contains)) {
          continue;
        }
      }
      chosen = k;
      break;
    }
    String id;
    if (chosen == null) {
      id = "c" + sha(eventKey);
      for (int n = 2; Sql.count(c, "SELECT count(*) FROM clusters WHERE id = ?", id) > 0; n++) {
        id = "c" + sha(eventKey + "#" + n); // a replaced document's event whose old cluster lives on
      }
      long ordinal = Sql.count(c, "SELECT COALESCE(max(ordinal), 0) + 1 FROM clusters");
      Sql.update(c, "INSERT INTO clusters (id, ordinal, type, mode, time_start, time_end, first_day, last_day, reports)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
          id, ordinal, ev.type(), ev.mode(),
          time == null ? null : time.first().toString(), time == null ? null : time.last().toString(),
          docDays == null ? null : docDays.first().toString(), docDays == null ? null : docDays.last().toString());
    } else {
      id = chosen.id;
      IsoInterval common = interval(chosen.timeStart, chosen.timeEnd);
      if (time != null) {
        common = common == null ? time : common.intersect(time).orElse(common);
      }
      String first = chosen.firstDay;
      String last = chosen.lastDay;
      if (docDays != null) {
        first = first == null || docDays.first().toString().compareTo(first) < 0 ? docDays.first().toString() : first;
        last = last == null || docDays.last().toString().compareTo(last) > 0 ? docDays.last().toString() : last;
      }
      Sql.update(c, "UPDATE clusters SET reports = reports + 1, mode = COALESCE(mode, ?), time_start = ?, time_end = ?,"
              + " first_day = ?, last_day = ? WHERE id = ?",
          ev.mode(), common == null ? null : common.first().toString(), common == null ? null : common.last().toString(),
          first, last, id);
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO cluster_entities (cluster_id, entity_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (String a : actors) {
        Sql.bind(ps, id, a, "actor");
        ps.addBatch();
      }
      for (String r : recipients) {
        Sql.bind(ps, id, r, "recipient");
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return id;
  }

  /**
   * {@link #timeCompatible} as an SQL condition on {@code clusters c} (ISO dates compare as text),
   * so a busy actor's incompatible clusters are not even read: the candidate query runs while the
   * writer holds its event-type locks, where every millisecond is one other writers wait for. The
   * Java test still decides; this only has to keep every cluster it would accept.
   */
  private static String timeFilter(IsoInterval time, IsoInterval docDays, List<Object> params) {
    String window = "";
    List<Object> windowParams = new ArrayList<>();
    if (docDays != null) {
      window = "(c.first_day IS NULL OR c.last_day IS NULL OR (c.first_day <= ? AND c.last_day >= ?))";
      windowParams.add(docDays.last().plusDays(REPORT_WINDOW_DAYS).toString());
      windowParams.add(docDays.first().minusDays(REPORT_WINDOW_DAYS).toString());
    }
    if (time == null) {
      params.addAll(windowParams);
      return window.isEmpty() ? "" : " AND " + window;
    }
    params.add(time.last().toString());
    params.add(time.first().toString());
    params.addAll(windowParams);
    return " AND ((c.time_start IS NOT NULL AND c.time_end IS NOT NULL AND c.time_start <= ? AND c.time_end >= ?)"
        + " OR ((c.time_start IS NULL OR c.time_end IS NULL)" + (window.isEmpty() ? "" : " AND " + window) + "))";
  }

  private static boolean timeCompatible(Candidate k, IsoInterval time, IsoInterval docDays) {
    IsoInterval common = interval(k.timeStart, k.timeEnd);
    if (time != null && common != null) {
      return time.overlaps(common);
    }
    IsoInterval reports = interval(k.firstDay, k.lastDay);
    if (docDays == null || reports == null) {
      return true;
    }
    IsoInterval window = new IsoInterval(reports.first().minusDays(REPORT_WINDOW_DAYS),
        reports.last().plusDays(REPORT_WINDOW_DAYS));
    return window.overlaps(docDays);
  }

  private static IsoInterval interval(String first, String last) {
    if (first == null || last == null) {
      return null;
    }
    return new IsoInterval(LocalDate.parse(first), LocalDate.parse(last));
  }

  /**
   * Removes a document and everything derived from it, for a document re-ingested with new text.
   * Clusters it belonged to are recomputed from their remaining reports (or dropped when empty).
   */
  void delete(Connection c, long seq) throws SQLException {
    List<String> clusters = Sql.list(c, "SELECT DISTINCT cluster_id FROM events WHERE doc_seq = ?",
        rs -> rs.getString(1), seq);
    Sql.update(c, "DELETE FROM event_roles WHERE event_seq IN (SELECT seq FROM events WHERE doc_seq = ?)", seq);
    Sql.update(c, "DELETE FROM events WHERE doc_seq = ?", seq);
    for (String cl : clusters) {
      recomputeCluster(c, cl);
    }
    Sql.update(c, "DELETE FROM mentions WHERE doc_seq = ?", seq);
    Sql.update(c, "DELETE FROM document_entities WHERE doc_seq = ?", seq);
    Sql.update(c, "DELETE FROM document_sources WHERE doc_seq = ?", seq);
    Sql.update(c, "DELETE FROM dup_bands WHERE doc_seq = ?", seq);
    if (dialect == Dialect.SQLITE) {
      Sql.update(c, "DELETE FROM documents_fts WHERE rowid = ?", seq);
    }
    Sql.update(c, "DELETE FROM documents WHERE seq = ?", seq);
  }

  private void recomputeCluster(Connection c, String id) throws SQLException {
    record Member(String timeStart, String timeEnd, String day) {}
    List<Member> members = Sql.list(c,
        "SELECT e.time_start, e.time_end, d.day FROM events e JOIN documents d ON d.seq = e.doc_seq WHERE e.cluster_id = ?",
        rs -> new Member(rs.getString(1), rs.getString(2), rs.getString(3)), id);
    Sql.update(c, "DELETE FROM cluster_entities WHERE cluster_id = ?", id);
    if (members.isEmpty()) {
      Sql.update(c, "DELETE FROM clusters WHERE id = ?", id);
      return;
    }
    IsoInterval common = null;
    String first = null;
    String last = null;
    for (Member m : members) {
      IsoInterval t = interval(m.timeStart, m.timeEnd);
      if (t != null) {
        common = common == null ? t : common.intersect(t).orElse(common);
      }
      if (m.day != null) {
        first = first == null || m.day.compareTo(first) < 0 ? m.day : first;
        last = last == null || m.day.compareTo(last) > 0 ? m.day : last;
      }
    }
    Sql.update(c, "UPDATE clusters SET reports = ?, time_start = ?, time_end = ?, first_day = ?, last_day = ? WHERE id = ?",
        members.size(), common == null ? null : common.first().toString(),
        common == null ? null : common.last().toString(), first, last, id);
    Sql.update(c, "INSERT INTO cluster_entities (cluster_id, entity_id, role)"
        + " SELECT DISTINCT ?, r.entity_id, r.role FROM event_roles r JOIN events e ON e.seq = r.event_seq"
        + " WHERE e.cluster_id = ?", id, id);
  }

  private void putOrigin(Connection c, OriginRule.Origin o) throws SQLException {
    Sql.update(c, "INSERT INTO origins (key, name, kind) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
        o.key(), o.name(), o.kind());
  }

  private static List<String> mapIds(List<String> local, Map<String, String> global) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String l : local) {
      String g = global.get(l);
      if (g != null) {
        out.add(g);
      }
    }
    return List.copyOf(out);
  }

  private String json(Object o) {
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
