package org.kronika.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link AnnotatedDocument} as the output contract {@code kronika/1} (see
 * docs/SCHEMA.md). Field names and order are stable; a layer that was not computed is left out, so
 * a consumer can tell "not computed" from "none found" (an empty list).
 *
 * <p>Thread-safe: the mapper is configured once and never changed.
 */
public final class ContractJson {
  public static final String SCHEMA = "kronika/1";

  private final ObjectMapper mapper;
  private final boolean withTokens;

  public ContractJson(boolean withTokens) {
    this.mapper = new ObjectMapper();
    this.withTokens = withTokens;
  }

  public ObjectNode toTree(AnnotatedDocument ad) {
    Document d = ad.document();
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("id", d.id());
    root.put("lang", d.lang());
    root.put("date", d.date());
    root.put("title", d.title());
    if (d.url() != null) {
      root.put("url", d.url());
    }
    ObjectNode src = root.putObject("source");
    src.put("publisher", d.source().publisher());
    ArrayNode credits = src.putArray("credits");
    d.source().credits().forEach(credits::add);
    ObjectNode origin = root.putObject("origin");
    origin.put("path", d.origin() == null ? null : d.origin().path());
    if (d.origin() != null && d.origin().line() != null) {
      origin.put("line", d.origin().line());
    } else {
      origin.putNull("line");
    }
    root.put("text", d.text());
    if (ad.has(Layer.SENTENCES)) {
      ArrayNode sentences = root.putArray("sentences");
      for (Sentence s : ad.sentences()) {
        sentences.addObject().put("start", s.start()).put("end", s.end());
      }
    }
    if (withTokens && ad.has(Layer.TOKENS)) {
      ArrayNode tokens = root.putArray("tokens");
      String text = d.text();
      for (Token t : ad.tokens()) {
        ObjectNode o = tokens.addObject();
        o.put("start", t.start()).put("end", t.end()).put("text", t.text(text));
        if (ad.has(Layer.MORPHOLOGY)) {
          o.put("lemma", t.lemma()).put("tag", t.tag()).put("upos", t.upos());
        }
      }
    }
    if (ad.has(Layer.ENTITIES)) {
      ArrayNode entities = root.putArray("entities");
      for (Entity e : ad.entities()) {
        ObjectNode o = entities.addObject();
        o.put("id", e.id()).put("type", e.type()).put("name", e.name()).put("code", e.code());
        if (e.role() != null) {
          o.put("role", e.role());
        }
        if (e.country() != null) {
          o.put("country", e.country());
        }
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : e.mentions()) {
          mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text())
              .put("form", m.form());
        }
      }
    }
    if (ad.has(Layer.TIMES)) {
      ArrayNode times = root.putArray("times");
      for (TimeExpression t : ad.times()) {
        ObjectNode o = times.addObject();
        o.put("start", t.start()).put("end", t.end()).put("text", t.text());
        o.put("kind", t.kind()).put("value", t.value()).put("granularity", t.granularity());
        if (t.mod() != null) {
          o.put("mod", t.mod());
        }
        o.put("anchor", t.anchor());
      }
    }
    if (ad.has(Layer.QUANTITIES)) {
      ArrayNode quantities = root.putArray("quantities");
      for (Quantity q : ad.quantities()) {
        ObjectNode o = quantities.addObject();
        o.put("start", q.start()).put("end", q.end()).put("text", q.text());
        if (q.value() == Math.rint(q.value()) && Math.abs(q.value()) < 1e15) {
          o.put("value", (long) q.value());
        } else {
          o.put("value", q.value());
        }
        o.put("qualifier", q.qualifier()).put("unit", q.unit());
      }
    }
    if (ad.has(Layer.EVENTS)) {
      ArrayNode events = root.putArray("events");
      for (Event e : ad.events()) {
        events.add(event(e));
      }
    }
    return root;
  }

  private ObjectNode event(Event e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", e.id()).put("type", e.type()).put("mode", e.mode());
    ArrayNode actors = o.putArray("actors");
    e.actors().forEach(actors::add);
    ArrayNode recipients = o.putArray("recipients");
    e.recipients().forEach(recipients::add);
    o.put("location", e.location()).put("time", e.time());
    ArrayNode qs = o.putArray("quantities");
    e.quantities().forEach(qs::add);
    o.put("factuality", e.factuality());
    ArrayNode attribution = o.putArray("attribution");
    for (Attribution a : e.attribution()) {
      ObjectNode ao = attribution.addObject().put("name", a.name()).put("entity", a.entity()).put("cue", a.cue());
      if (!a.with().isEmpty()) {
        ArrayNode with = ao.putArray("with"); // co-speakers at the same level (optional)
        a.with().forEach(with::add);
      }
    }
    Trigger t = e.trigger();
    o.putObject("trigger").put("start", t.start()).put("end", t.end()).put("text", t.text())
        .put("lemma", t.lemma());
    ArrayNode evidence = o.putArray("evidence");
    for (Span s : e.evidence()) {
      evidence.addObject().put("start", s.start()).put("end", s.end());
    }
    o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    if (!e.explanation().isEmpty()) {
      ArrayNode ex = o.putArray("explanation");
      e.explanation().forEach(ex::add);
    }
    return o;
  }

  public String write(AnnotatedDocument ad, boolean pretty) {
    try {
      return pretty
          ? mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(ad))
          : mapper.writeValueAsString(toTree(ad));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise document " + ad.document().id(), e);
    }
  }
}
