package org.kronika.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kronika.core.Pipeline;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.ingest.Ingester;
import org.kronika.store.ingest.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kronika ingest}: reads articles, runs the pipeline and stores each document in the
 * knowledge base (docs/KNOWLEDGE_BASE.md).
 *
 * <p>Idempotent and resumable: a document already stored with the same id and text is left as it
 * is (and not annotated again); each document is committed before it is counted as stored. One bad
 * document is reported on stderr as one line and skipped. Exit code 0 when nothing was skipped,
 * 1 otherwise, 2 for a configuration error.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Annotate articles and store them in the knowledge base (SQLite by default, or PostgreSQL).")
public final class IngestCommand implements KronikaCommand {
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories, globs (quoted), .jsonl, .warc(.gz), RSS/Atom feeds, or - for stdin.")
  List<String> inputs;

  @Option(names = "--input-format", defaultValue = "auto",
      description = "auto, seed, txt, html or jsonl (default: ${DEFAULT-VALUE}); WARC and feeds are recognised in auto.")
  String inputFormat;

  @Option(names = "--threads", description = "Annotation threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"},
      description = "Print one line per stored document on stdout (status, id, where), after its commit.")
  boolean verbose;

  /** Slows each store step down, so a test can interrupt a run midway. */
  @Option(names = "--delay-ms", hidden = true)
  long delayMillis;

  @Mixin StoreOptions storeOptions;

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws InterruptedException {
    StoreOptions.quietLibraries();
    InputFormat fmt = InputFormat.parse(inputFormat);
    Pipeline pipeline = pipelineOptions.build();
    PrintStream err = System.err;
    PrintStream out = System.out;
    Ingester.Summary summary;
    String storeName;
    try (KnowledgeBase kb = KnowledgeBase.open(storeOptions.location());
        ProgressBar bar = quiet ? null : progressBar()) {
      Ingester.Listener listener = (status, where, message) -> {
        if (bar != null) {
          bar.step();
          if (bar.getMax() > 0 && bar.getCurrent() > bar.getMax()) {
            bar.maxHint(-1);
          }
        }
        if (status == Ingester.Status.SKIPPED) {
          err.println("kronika: skipped " + where + ": " + message);
        } else if (verbose) {
          out.println(status.name().toLowerCase() + "\t" + where);
          out.flush();
        }
      };
      Ingester ingester = new Ingester(kb, pipeline::annotate, threads, listener, delayMillis);
      List<String> files = InputFiles.expand(inputs);
      if (bar != null) {
        long estimate = InputFiles.estimate(files);
        if (estimate > 0) {
          bar.maxHint(estimate);
        }
      }
      storeName = kb.location().toString();
      try (Stream<ReadResult> results = ingester.readExpanded(files, fmt)) {
        summary = ingester.run(results);
      }
      if (bar != null) {
        bar.maxHint(bar.getCurrent());
      }
    }
    err.println("kronika ingest: " + summary + " (store: " + storeName + ")");
    return summary.skipped() == 0 ? 0 : 1;
  }

  private static ProgressBar progressBar() {
    return new ProgressBarBuilder()
        .setTaskName("ingest")
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" docs", 1)
        .showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
  }
}
