package org.kronika.pl.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;
import org.kronika.pl.quantity.QuantityAnnotator;

/**
 * Throughput on one thread: the whole pipeline (segment, morph, time, test entities, quantity,
 * event) and the quantity + event annotators alone. Not a test: {@code EventSpeed [file] [rounds]}.
 */
public final class EventSpeed {
  public static void main(String[] args) throws Exception {
    String raw = Files.readString(Path.of(args.length > 0 ? args[0] : "../shared/seed/000_283374f547e374f2.txt")).stripLeading();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    String date = raw.startsWith("date ") ? raw.substring(5, raw.indexOf(' ', 5)) : null;
    String text = date == null ? raw : raw.substring(raw.indexOf(' ', 5) + 1);
    Pipeline front = Pipeline.load("pl", List.of("segment", "morph", "time"), Config.empty());
    TestEntities ner = TestEntities.gazetteer();
    QuantityAnnotator quantity = new QuantityAnnotator();
    EventAnnotator event = new EventAnnotator();
    Document doc = new Document(null, "pl", date, null, null, null, null, text);
    // pre-annotated inputs for the event-only measurement
    AnnotatedDocument pre = ner.annotate(front.annotate(doc));
    int tokens = pre.tokens().size();
    for (int w = 0; w < 30; w++) {
      event.annotate(quantity.annotate(ner.annotate(front.annotate(doc))));
    }
    long t0 = System.nanoTime();
    long frontNs = 0, nerNs = 0;
    for (int r = 0; r < rounds; r++) {
      long a = System.nanoTime();
      AnnotatedDocument ad = front.annotate(doc);
      long b = System.nanoTime();
      ad = ner.annotate(ad);
      long c = System.nanoTime();
      event.annotate(quantity.annotate(ad));
      frontNs += b - a;
      nerNs += c - b;
    }
    long all = System.nanoTime() - t0;
    long t1 = System.nanoTime();
    int rounds2 = rounds * 10;
    for (int r = 0; r < rounds2; r++) {
      event.annotate(quantity.annotate(pre));
    }
    long ev = System.nanoTime() - t1;
    AnnotatedDocument withQ = quantity.annotate(pre);
    long t2 = System.nanoTime();
    for (int r = 0; r < rounds2; r++) {
      quantity.annotate(pre);
    }
    long qn = System.nanoTime() - t2;
    long t3 = System.nanoTime();
    for (int r = 0; r < rounds2; r++) {
      event.annotate(withQ);
    }
    long en = System.nanoTime() - t3;
    System.out.printf("quantity only: %.0f tokens/s; event only: %.0f tokens/s%n",
        tokens * (double) rounds2 / (qn / 1e9), tokens * (double) rounds2 / (en / 1e9));
    double total = tokens * (double) rounds;
    System.out.printf("tokens/doc %d, rounds %d%n", tokens, rounds);
    System.out.printf("pipeline incl. test gazetteer: %.0f tokens/s%n", total / (all / 1e9));
    System.out.printf("pipeline without the test gazetteer (segment+morph+time+quantity+event): %.0f tokens/s%n",
        total / ((all - nerNs) / 1e9));
    System.out.printf("segment+morph+time only: %.0f tokens/s%n", total / (frontNs / 1e9));
    System.out.printf("quantity+event only: %.0f tokens/s%n", tokens * (double) rounds2 / (ev / 1e9));
  }
}
