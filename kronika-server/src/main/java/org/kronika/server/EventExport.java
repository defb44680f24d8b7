package org.kronika.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.kronika.store.Views.AttributionView;
import org.kronika.store.Views.EntityRef;
import org.kronika.store.Views.EventView;
import org.kronika.store.Views.EvidenceView;

/** Writes events as CSV (RFC 4180, one row per report) or JSONL (one {@link EventView} per line). */
final class EventExport {
  static final List<String> CSV_COLUMNS = List.of(
      "id", "document", "event", "type", "mode", "actors", "actor_codes", "recipients", "recipient_codes",
      "time", "day", "factuality", "confidence", "attribution", "origin", "cluster", "trigger", "evidence",
      "document_date", "publisher", "url");

  private EventExport() {}

  static Consumer<EventView> csv(Writer out) {
    write(out, String.join(",", CSV_COLUMNS) + "\r\n");
    return e -> {
      List<String> row = List.of(
          Long.toString(e.id()), e.documentId(), e.localId(), e.type(), s(e.mode()), names(e.actors()),
          codes(e.actors()), names(e.recipients()), codes(e.recipients()), s(e.time()), s(e.day()),
          s(e.factuality()), Double.toString(e.confidence()),
          e.attribution() == null ? "" : e.attribution().stream().map(AttributionView::name).collect(Collectors.joining(" > ")),
          e.origin() == null ? "" : s(e.origin().name()), s(e.cluster()),
          e.trigger() == null ? "" : s(e.trigger().text()),
          e.evidence() == null ? "" : e.evidence().stream().map(EvidenceView::text).collect(Collectors.joining(" | ")),
          s(e.documentDate()), s(e.publisher()), s(e.url()));
      write(out, row.stream().map(EventExport::quote).collect(Collectors.joining(",")) + "\r\n");
    };
  }

  static Consumer<EventView> jsonl(Writer out, ObjectMapper mapper) {
    return e -> {
      try {
        write(out, mapper.writeValueAsString(e) + "\n");
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    };
  }

  private static String names(List<EntityRef> refs) {
    return refs.stream().map(r -> s(r.name())).collect(Collectors.joining("; "));
  }

  private static String codes(List<EntityRef> refs) {
    return refs.stream().map(r -> r.code() == null ? r.id() : r.code()).collect(Collectors.joining("; "));
  }

  private static String s(String v) {
    return v == null ? "" : v;
  }

  static String quote(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  private static void write(Writer out, String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
