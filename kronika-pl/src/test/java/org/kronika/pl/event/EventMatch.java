package org.kronika.pl.event;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Attribution;
import org.kronika.api.Event;

/** Compact, comparable views of events for tests and the dev-set evaluator. */
final class EventMatch {
  private EventMatch() {}

  /** "TYPE A+B -> C" with participants as codes (names when no code), sorted. */
  static String core(AnnotatedDocument ad, Event e) {
    return e.type() + " " + set(ad, e.actors()) + " -> " + set(ad, e.recipients());
  }

  static String set(AnnotatedDocument ad, List<String> ids) {
    TreeSet<String> s = new TreeSet<>();
    for (String id : ids) {
      s.add(SeedDump.name(ad, id));
    }
    return s.isEmpty() ? "-" : String.join("+", s);
  }

  static String normSet(String s) {
    if (s.equals("-")) {
      return "-";
    }
    return String.join("+", new TreeSet<>(List.of(s.split("\\+"))));
  }

  static String chain(Event e) {
    List<String> names = new ArrayList<>();
    for (Attribution a : e.attribution()) {
      names.add(a.name());
    }
    return "[" + String.join(" > ", names) + "]";
  }

  /** Parses "TYPE[/mode] A+B -> C" into {type, mode, core}. */
  static String[] parseCore(String spec) {
    String[] parts = spec.strip().split("\\s+->\\s+");
    String left = parts[0].strip();
    int sp = left.indexOf(' ');
    String tm = left.substring(0, sp);
    String actors = left.substring(sp + 1).strip();
    String recipients = parts[1].strip();
    String type = tm.contains("/") ? tm.substring(0, tm.indexOf('/')) : tm;
    String mode = tm.contains("/") ? tm.substring(tm.indexOf('/') + 1) : null;
    return new String[] {type, mode, type + " " + normSet(actors) + " -> " + normSet(recipients)};
  }
}
