package org.kronika.pl.event;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Attribution;
import org.kronika.api.Entity;
import org.kronika.api.Event;

/**
 * Prints the events of a seed-format file: {@code SeedDump file [--explain] [--ner]}; entities from the
 * test gazetteer, or with {@code --ner} from the real {@code ner} annotator.
 */
public final class SeedDump {
  public static void main(String[] args) throws Exception {
    String raw = Files.readString(Path.of(args[0])).stripLeading();
    String date = null;
    String text = raw;
    if (raw.startsWith("date ")) {
      int sp = raw.indexOf(' ', 5);
      date = raw.substring(5, sp);
      text = raw.substring(sp + 1);
    }
    java.util.List<String> opts = java.util.List.of(args).subList(1, args.length);
    EventTestPipeline pipe = opts.contains("--ner") ? EventTestPipeline.real() : EventTestPipeline.get();
    AnnotatedDocument ad = pipe.annotate(text, date);
    System.out.print(show(ad, opts.contains("--explain")));
  }

  static String name(AnnotatedDocument ad, String id) {
    for (Entity e : ad.entities()) {
      if (e.id().equals(id)) {
        return e.code() != null ? e.code() : e.name();
      }
    }
    return id;
  }

  public static String show(AnnotatedDocument ad, boolean explain) {
    StringBuilder b = new StringBuilder();
    for (Event e : ad.events()) {
      b.append(e.id()).append(' ').append(e.type()).append(e.mode() == null ? "" : "/" + e.mode())
          .append(" '").append(e.trigger().text()).append("' ")
          .append(String.join("+", e.actors().stream().map(x -> name(ad, x)).toList())).append(" -> ")
          .append(String.join("+", e.recipients().stream().map(x -> name(ad, x)).toList()))
          .append(" | ").append(e.factuality()).append(" | time=").append(e.time()).append(" | [")
          .append(String.join(", ", e.attribution().stream().map(Attribution::name).toList()))
          .append("] | q=").append(e.quantities().stream().map(q -> {
            var x = ad.quantities().get(q);
            return x.qualifier() + x.value() + " " + x.unit();
          }).toList()).append(" | loc=").append(e.location() == null ? "-" : name(ad, e.location()))
          .append(" | ev=").append(e.evidence().size()).append(" conf=").append(e.confidence()).append('\n');
      if (explain) {
        b.append("    ").append(e.explanation()).append('\n');
      }
    }
    return b.toString();
  }
}
