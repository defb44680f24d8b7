package org.kronika.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Document;
import org.kronika.core.Annotator;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;
import org.kronika.pl.entity.EntityAnnotator;
import org.kronika.pl.entity.EntityAnnotatorProvider;
import org.kronika.pl.entity.EntityResolver;
import org.kronika.pl.entity.MentionSpan;
import org.kronika.pl.ner.PolishNer;

/**
 * Speed of the entity layer and the stages after it on the bench corpus ({@link BenchCorpus}), one
 * thread, CPU time of the thread. The stages up to {@code ner} run once, untimed, and the NER
 * model's spans are kept; then every pass times the entity layer alone ({@link EntityAnnotator} fed
 * the kept model spans: gazetteer, union, resolver) and the later stages ({@code time},
 * {@code quantity}, {@code event}) on the {@code ner} output. With {@code --model}, each pass also
 * times the whole {@code ner} stage and the raw model ({@code ner-model}).
 *
 * <pre>
 * java -cp kronika-bench/target/test-classes:kronika-bench/target/classes:kronika-bench/target/lib/* \
 *   org.kronika.bench.EntityLayerSpeed [--shared ../shared] [--max-docs N] [--passes N] [--warmup N] [--model]
 * </pre>
 *
 * Not a test: a measuring main in test scope (no timing assertion anywhere).
 */
public final class EntityLayerSpeed {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private EntityLayerSpeed() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = Bench.options(args, Set.of("model"));
    Path shared = Path.of(o.getOrDefault("shared", "../shared"));
    int maxDocs = Integer.parseInt(o.getOrDefault("max-docs", "0"));
    int passes = Integer.parseInt(o.getOrDefault("passes", "5"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "2"));
    boolean withModel = o.containsKey("model");
    BenchCorpus corpus = BenchCorpus.load(shared, maxDocs);
    Pipeline full = Pipeline.loadDefault("pl", Config.empty());
    List<Annotator> stages = full.annotators();
    int at = 0;
    while (!stages.get(at).name().equals("ner")) {
      at++;
    }
    Pipeline before = BenchPipelines.prefix(full, at);
    Annotator ner = stages.get(at);
    PolishNer model = PolishNer.load(PolishNer.DEFAULT_MODEL);
    Annotator rawModel = Pipeline.load("pl", List.of("segment", "morph", "ner-model"), Config.empty())
        .annotators().get(2);
    Map<AnnotatedDocument, List<MentionSpan>> spans = new IdentityHashMap<>();
    Annotator entityOnly = new EntityAnnotator(EntityResolver.load(), spans::get);
    List<AnnotatedDocument> prepared = new ArrayList<>();
    List<AnnotatedDocument> afterNer = new ArrayList<>();
    long tokens = 0;
    for (Document d : corpus.documents()) {
      AnnotatedDocument ad = before.annotate(d);
      prepared.add(ad);
      spans.put(ad, EntityAnnotatorProvider.modelSpans(model, ad));
      afterNer.add(ner.annotate(ad));
      tokens += ad.tokens().size();
    }
    System.out.printf(Locale.ROOT, "%s: %d documents, %d tokens%n", corpus.description(), prepared.size(), tokens);
    for (int p = 0; p < warmup + passes; p++) {
      Map<String, Long> cpu = new LinkedHashMap<>();
      for (int k = 0; k < prepared.size(); k++) {
        AnnotatedDocument ad = prepared.get(k);
        if (withModel) {
          time(cpu, "ner-model", rawModel, ad);
          time(cpu, "ner", ner, ad);
        }
        time(cpu, "entity-layer", entityOnly, ad);
        AnnotatedDocument cur = afterNer.get(k);
        for (int i = at + 1; i < stages.size(); i++) {
          cur = time(cpu, stages.get(i).name(), stages.get(i), cur);
        }
      }
      StringBuilder sb = new StringBuilder(p < warmup ? "warm-up" : "pass   ").append(' ').append(p);
      for (Map.Entry<String, Long> e : cpu.entrySet()) {
        sb.append(String.format(Locale.ROOT, "  %s %.0f tok/cpu-s (%.2f µs/tok)", e.getKey(),
            tokens / (e.getValue() / 1e9), e.getValue() / 1e3 / tokens));
      }
      System.out.println(sb);
    }
  }

  private static AnnotatedDocument time(Map<String, Long> cpu, String name, Annotator a, AnnotatedDocument d) {
    long c0 = THREADS.getCurrentThreadCpuTime();
    AnnotatedDocument out = a.annotate(d);
    cpu.merge(name, THREADS.getCurrentThreadCpuTime() - c0, Long::sum);
    return out;
  }
}
