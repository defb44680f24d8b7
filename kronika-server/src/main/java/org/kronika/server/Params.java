package org.kronika.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kronika.server.KbService.Paging;
import org.kronika.store.Filters.DocumentFilter;
import org.kronika.store.Filters.EventFilter;
import org.kronika.store.IsoInterval;

/** Reads and checks query parameters; every problem is an {@link IllegalArgumentException} (400). */
final class Params {
  static final int DEFAULT_SIZE = 20;

  private Params() {}

  /**
   * Paging from {@code page} (1-based) and {@code size}, or from {@code offset} and {@code limit};
   * not both styles at once.
   */
  static Paging paging(Context ctx) {
    boolean pages = has(ctx, "page") || has(ctx, "size");
    boolean offsets = has(ctx, "offset") || has(ctx, "limit");
    if (pages && offsets) {
      throw new IllegalArgumentException("use either page/size or offset/limit, not both");
    }
    if (offsets) {
      int limit = integer(ctx, "limit", DEFAULT_SIZE);
      return new Paging(integer(ctx, "offset", 0), limit);
    }
    int page = integer(ctx, "page", 1);
    int size = integer(ctx, "size", DEFAULT_SIZE);
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, not " + page);
    }
    if (size < 1 || size > Paging.MAX_LIMIT) {
      throw new IllegalArgumentException("size must be between 1 and " + Paging.MAX_LIMIT + ", not " + size);
    }
    long offset = (long) (page - 1) * size;
    if (offset > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("page too large");
    }
    return new Paging((int) offset, size);
  }

  static boolean has(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v != null && !v.isBlank();
  }

  static String string(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static int integer(Context ctx, String name, int dflt) {
    String v = string(ctx, name);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + v + "' is not a whole number");
    }
  }

  /** Comma-separated or repeated values. */
  static List<String> list(Context ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /** A day, month or year; {@code from} takes its first day, {@code to} its last. */
  static LocalDate date(Context ctx, String name, boolean first) {
    String v = string(ctx, name);
    if (v == null) {
      return null;
    }
    if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException(name + ": '" + v + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    IsoInterval i = IsoInterval.parse(v)
        .orElseThrow(() -> new IllegalArgumentException(name + ": '" + v + "' is not a valid date"));
    return first ? i.first() : i.last();
  }

  static List<String> types(Context ctx) {
    return list(ctx, "type").stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
  }

  static EventFilter events(Context ctx) {
    String factuality = string(ctx, "factuality");
    return new EventFilter(types(ctx), list(ctx, "actor"), list(ctx, "recipient"), date(ctx, "from", true),
        date(ctx, "to", false), factuality == null ? null : factuality.toLowerCase(Locale.ROOT),
        string(ctx, "source"), string(ctx, "cluster"), string(ctx, "document"));
  }

  static DocumentFilter documents(Context ctx) {
    String factuality = string(ctx, "factuality");
    return new DocumentFilter(date(ctx, "from", true), date(ctx, "to", false), string(ctx, "source"), types(ctx),
        list(ctx, "actor"), factuality == null ? null : factuality.toLowerCase(Locale.ROOT));
  }
}
