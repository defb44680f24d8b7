package org.kronika.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kronika.store.Filters.EventFilter;
import org.kronika.store.Views.Page;

/**
 * The HTTP side of the API: reads parameters, calls {@link KbService}, writes JSON. No rules live
 * here. Unknown ids answer 404, bad parameters 400 (see {@link ApiServer}).
 */
final class ApiController {
  private final KbService service;
  private final ObjectMapper mapper;

  ApiController(KbService service, ObjectMapper mapper) {
    this.service = service;
    this.mapper = mapper;
  }

  /** A page as JSON: items, total, and both paging styles. */
  static Map<String, Object> page(Page<?> p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", p.items());
    m.put("total", p.total());
    m.put("offset", p.offset());
    m.put("limit", p.limit());
    m.put("page", p.offset() / p.limit() + 1);
    m.put("size", p.limit());
    return m;
  }

  void documents(Context ctx) {
    ctx.json(page(service.documents(Params.documents(ctx), Params.paging(ctx))));
  }

  void document(Context ctx) {
    String id = ctx.pathParam("id");
    String json = service.document(id).orElseThrow(() -> new NotFoundResponse("no document with id '" + id + "'"));
    ctx.contentType("application/json").result(json);
  }

  void search(Context ctx) {
    String q = Params.string(ctx, "q");
    if (q == null) {
      throw new IllegalArgumentException("q: the search text is missing");
    }
    ctx.json(page(service.search(q, Params.documents(ctx), Params.paging(ctx))));
  }

  void entities(Context ctx) {
    ctx.json(page(service.entities(Params.string(ctx, "q"), Params.string(ctx, "type"), Params.paging(ctx))));
  }

  void entity(Context ctx) {
    String id = ctx.pathParam("id");
    var e = service.entity(id, Params.paging(ctx)).orElseThrow(() -> new NotFoundResponse("no entity with id '" + id + "'"));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entity", e.entity());
    m.put("mentions", page(e.mentions()));
    ctx.json(m);
  }

  void events(Context ctx) throws IOException {
    String format = Params.string(ctx, "format");
    if (format == null || format.equals("json")) {
      ctx.json(page(service.events(Params.events(ctx), Params.paging(ctx))));
    } else if (format.equals("csv")) {
      eventsCsv(ctx);
    } else if (format.equals("jsonl")) {
      eventsJsonl(ctx);
    } else {
      throw new IllegalArgumentException("format: unknown '" + format + "'; expected json, csv or jsonl");
    }
  }

  void eventsCsv(Context ctx) throws IOException {
    export(ctx, "text/csv; charset=utf-8", "events.csv", true);
  }

  void eventsJsonl(Context ctx) throws IOException {
    export(ctx, "application/x-ndjson; charset=utf-8", "events.jsonl", false);
  }

  private void export(Context ctx, String contentType, String fileName, boolean csv) throws IOException {
    EventFilter f = Params.events(ctx);
    int offset = Params.integer(ctx, "offset", 0);
    int limit = Params.integer(ctx, "limit", Integer.MAX_VALUE);
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more");
    }
    ctx.contentType(contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    service.exportEvents(f, offset, limit, csv ? EventExport.csv(out) : EventExport.jsonl(out, mapper));
    out.flush();
  }

  void clusters(Context ctx) {
    String sort = Params.string(ctx, "sort");
    ctx.json(page(service.clusters(Params.events(ctx), Params.integer(ctx, "minOrigins", 0),
        sort == null ? "reports" : sort, Params.paging(ctx))));
  }

  void cluster(Context ctx) {
    String id = ctx.pathParam("id");
    var c = service.cluster(id, Params.paging(ctx)).orElseThrow(() -> new NotFoundResponse("no cluster with id '" + id + "'"));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cluster", c.cluster());
    m.put("origins", c.origins());
    m.put("reports", page(c.reports()));
    ctx.json(m);
  }

  void timeline(Context ctx) {
    String interval = Params.string(ctx, "interval");
    interval = interval == null ? "month" : interval;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("interval", interval);
    m.put("buckets", service.timeline(Params.events(ctx), interval));
    ctx.json(m);
  }

  void graph(Context ctx) {
    ctx.json(service.graph(Params.events(ctx), Params.integer(ctx, "minEvents", 1), Params.integer(ctx, "limit", 500)));
  }

  void stats(Context ctx) {
    ctx.json(service.stats());
  }
}
