package org.kronika.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.ContractJson;
import org.kronika.api.Document;
import org.kronika.core.Pipeline;
import org.kronika.formats.DocumentReader;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;
import org.kronika.formats.ReaderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kronika extract}: reads documents, runs the pipeline and prints the contract JSON.
 *
 * <p>One unreadable or failing document is reported on stderr as one line and skipped; the exit
 * code is 0 when every input was processed, 1 when any was skipped.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Annotate articles and print the contract JSON (docs/SCHEMA.md).")
public final class ExtractCommand implements KronikaCommand {
  enum OutputFormat { json, jsonl }

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin.")
  List<String> inputs;

  @Option(names = "--input-format", defaultValue = "auto",
      description = "auto, seed, txt, html or jsonl (default: ${DEFAULT-VALUE}).")
  String inputFormat;

  @Option(names = "--format", defaultValue = "json",
      description = "json (one pretty object, or an array for several documents) or jsonl (one object per line).")
  OutputFormat format;

  @Option(names = "--tokens", description = "Include the tokens layer (lemma, NKJP tag, UPOS).")
  boolean tokens;

  @Option(names = {"-o", "--output"}, description = "Write to this file instead of stdout; shows a progress bar.")
  Path output;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin PipelineOptions pipelineOptions;

  @Override
  public Integer call() throws IOException, InterruptedException {
    InputFormat fmt = InputFormat.parse(inputFormat);
    Pipeline pipeline = pipelineOptions.build();
    DocumentReader reader = new DocumentReader(ReaderOptions.DEFAULTS);
    ContractJson json = new ContractJson(tokens);
    PrintStream err = System.err;
    int failed = 0;
    int done = 0;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Writer out = openOutput();
        Stream<ReadResult> results = reader.read(inputs, fmt);
        ProgressBar bar = output == null ? null : progressBar()) {
      List<String> pretty = new ArrayList<>();
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      Iterator<ReadResult> it = results.iterator();
      while (it.hasNext() || !window.isEmpty()) {
        while (it.hasNext() && window.size() < 4 * Math.max(1, threads)) {
          ReadResult r = it.next();
          window.add(pool.submit(() -> process(r, pipeline, json)));
        }
        Outcome o = await(window.poll());
        if (bar != null) {
          bar.step();
        }
        if (o.error != null) {
          failed++;
          err.println("kronika: skipped " + o.error);
          continue;
        }
        done++;
        if (format == OutputFormat.jsonl) {
          out.write(json.write(o.doc, false));
          out.write('\n');
        } else {
          pretty.add(json.write(o.doc, true));
        }
      }
      if (format == OutputFormat.json) {
        if (pretty.size() == 1) {
          out.write(pretty.get(0));
          out.write('\n');
        } else {
          out.write("[\n" + String.join(",\n", pretty) + "\n]\n");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (failed > 0 || output != null) {
      err.println("kronika: " + done + " document(s) written, " + failed + " skipped");
    }
    return failed == 0 ? 0 : 1;
  }

  private record Outcome(AnnotatedDocument doc, String error) {}

  private static Outcome process(ReadResult r, Pipeline pipeline, ContractJson json) {
    if (r instanceof ReadResult.Failed f) {
      return new Outcome(null, f.toString());
    }
    Document d = ((ReadResult.Ok) r).document();
    try {
      return new Outcome(pipeline.annotate(d), null);
    } catch (RuntimeException | StackOverflowError e) {
      String where = d.origin() == null ? d.id()
          : d.origin().line() == null ? d.origin().path() : d.origin().path() + ":" + d.origin().line();
      return new Outcome(null, where + ": annotation failed: " + e);
    }
  }

  private static Outcome await(Future<Outcome> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      return new Outcome(null, "internal error: " + e.getCause());
    }
  }

  private Writer openOutput() throws IOException {
    if (output == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush(); // never close System.out
        }
      };
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }

  private static ProgressBar progressBar() {
    return new ProgressBarBuilder()
        .setTaskName("extract")
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" docs", 1)
        .showSpeed()
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .build();
  }
}
