package org.kronika.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Attribution;
import org.kronika.api.Entity;
import org.kronika.api.Event;
import org.kronika.api.Quantity;
import org.kronika.api.Span;
import org.kronika.core.Pipeline;
import org.kronika.formats.DocumentReader;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kronika explain}: prints each event of a document in words, with the evidence it rests on
 * and the lexicon entries and rules that produced it, so an analyst can see why it is there.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain the events found in a document: evidence, roles, attribution, factuality and the rules behind them.")
public final class ExplainCommand implements KronikaCommand {
  @Parameters(arity = "1", paramLabel = "INPUT", description = "A file, or - for stdin.")
  String input;

  @Option(names = "--input-format", defaultValue = "auto", description = "auto, seed, txt, html or jsonl.")
  String inputFormat;

  @Option(names = "--event", paramLabel = "ID", description = "Only this event (e.g. V3).")
  String only;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() {
    Pipeline pipeline = pipelineOptions.build();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int failed = 0;
    try (Stream<ReadResult> results = new DocumentReader().read(List.of(input), InputFormat.parse(inputFormat))) {
      for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
        if (r instanceof ReadResult.Failed f) {
          System.err.println("kronika: skipped " + f);
          failed++;
          continue;
        }
        explain(pipeline.annotate(((ReadResult.Ok) r).document()), out);
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private void explain(AnnotatedDocument ad, PrintStream out) {
    String text = ad.text();
    Map<String, Entity> entities = new HashMap<>();
    ad.entities().forEach(e -> entities.put(e.id(), e));
    out.println("# " + ad.document().id() + (ad.document().title() == null ? "" : " — " + ad.document().title()));
    out.println("date " + ad.document().date() + ", source " + ad.document().source().publisher()
        + (ad.document().source().credits().isEmpty() ? "" : " crediting " + ad.document().source().credits()));
    if (ad.events().isEmpty()) {
      out.println("(no events)");
    }
    for (Event e : ad.events()) {
      if (only != null && !only.equals(e.id())) {
        continue;
      }
      out.println();
      out.printf("%s  %s%s  %s → %s%n", e.id(), e.type(), e.mode() == null ? "" : "/" + e.mode(),
          names(e.actors(), entities), names(e.recipients(), entities));
      out.printf("    trigger      „%s” (%s) at %d–%d%n", e.trigger().text(), e.trigger().lemma(),
          e.trigger().start(), e.trigger().end());
      out.printf("    factuality   %s%n", e.factuality());
      out.printf("    according to %s%n", e.attribution().isEmpty() ? "the article itself"
          : e.attribution().stream().map(ExplainCommand::link).collect(Collectors.joining(" ← ")));
      out.printf("    time         %s%n", e.time() == null ? "unknown" : e.time());
      if (e.location() != null) {
        out.printf("    location     %s%n", names(List.of(e.location()), entities));
      }
      for (int q : e.quantities()) {
        Quantity quantity = ad.quantities().get(q);
        double v = quantity.value();
        String value = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        out.printf("    quantity     %s %s %s („%s”)%n", quantity.qualifier(), value, quantity.unit(), quantity.text());
      }
      for (Span s : e.evidence()) {
        out.printf("    evidence     %d–%d: %s%n", s.start(), s.end(), s.of(text).replaceAll("\\s+", " "));
      }
      out.printf("    confidence   %.2f%n", e.confidence());
      for (String why : e.explanation()) {
        out.println("    because      " + why);
      }
    }
  }

  private static String link(Attribution a) {
    return a.name() + " („" + a.cue() + "”)";
  }

  private static String names(List<String> ids, Map<String, Entity> entities) {
    if (ids.isEmpty()) {
      return "—";
    }
    return ids.stream().map(id -> {
      Entity en = entities.get(id);
      return en == null ? id : en.name() + (en.code() == null ? "" : " [" + en.code() + "]");
    }).collect(Collectors.joining(" + "));
  }
}
