package org.kronika.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.kronika.core.Pipeline;
import org.kronika.formats.DocumentReader;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;
import org.kronika.server.ApiServer;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.StoreLocation;
import org.kronika.store.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kronika demo}: ingests the bundled sample story ({@code samples/demo/}, packaged in the CLI
 * jar under {@code kronika-demo/}) — or the given files — into a temporary store, serves the web
 * workbench over it and prints the URL. The store is deleted when the command stops.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Try Kronika: ingest the bundled sample story (18 Polish articles by several outlets over six weeks,",
        "with republished wire copy, hedged claims and denials) or your own files into a temporary store,",
        "then serve the web workbench on it. The temporary store is removed on exit (Ctrl-C)."})
public final class DemoCommand implements KronikaCommand {
  /** Where the bundled samples sit on the classpath. */
  static final String SAMPLES = "kronika-demo/";

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Your own articles instead of the samples: files, directories, globs, .jsonl, WARC, RSS/Atom.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--port", defaultValue = "" + ApiServer.DEFAULT_PORT, description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = ApiServer.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--threads", description = "Annotation threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin PipelineOptions pipelineOptions;

  /** A running demo: its server, its temporary store and the URL to open. */
  record Running(Javalin app, KnowledgeBase kb, Path dir, String url, Ingester.Summary summary) implements AutoCloseable {
    @Override
    public void close() {
      app.stop();
      kb.close();
      deleteTree(dir);
    }
  }

  @Override
  public Integer call() throws Exception {
    StoreOptions.quietLibraries();
    Running demo = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      demo.close();
      stopped.countDown();
    }, "kronika-demo-stop"));
    System.out.println("kronika demo: " + demo.summary().stored() + " articles in a temporary store. Open " + demo.url());
    System.out.println("(Ctrl-C stops the server and removes the store " + demo.dir() + ")");
    System.out.flush();
    stopped.await();
    return demo.summary().skipped() == 0 ? 0 : 1;
  }

  /** Ingests and starts the server; the caller closes the result. */
  Running start() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535");
    }
    Path dir = Files.createTempDirectory("kronika-demo-");
    KnowledgeBase kb = KnowledgeBase.open(StoreLocation.sqlite(dir));
    Ingester.Summary summary;
    try {
      Pipeline pipeline = pipeline();
      System.err.println("kronika demo: annotating " + (inputs.isEmpty() ? "the bundled sample story" : String.join(" ", inputs)) + "…");
      Ingester ingester = new Ingester(kb, pipeline::annotate, threads,
          (status, where, message) -> {
            if (status == Ingester.Status.SKIPPED) {
              System.err.println("kronika: skipped " + where + ": " + message);
            }
          }, 0);
      try (Stream<ReadResult> docs = inputs.isEmpty() ? bundled() : ingester.read(inputs, InputFormat.AUTO)) {
        summary = ingester.run(docs);
      }
      System.err.println("kronika demo: " + summary);
    } catch (RuntimeException | IOException | InterruptedException e) {
      kb.close();
      deleteTree(dir);
      throw e;
    }
    Javalin app;
    try {
      app = ServeCommand.start(kb, pipelineOptions.lang, host, port);
    } catch (RuntimeException e) {
      deleteTree(dir);
      throw e;
    }
    String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host;
    return new Running(app, kb, dir, "http://" + shown + ":" + app.port() + "/", summary);
  }

  private Pipeline pipeline() {
    return pipelineOptions.build();
  }

  /** The bundled sample articles, in name order, read as seed files named {@code samples/demo/NAME}. */
  static Stream<ReadResult> bundled() throws IOException {
    DocumentReader reader = new DocumentReader();
    List<Stream<ReadResult>> parts = new ArrayList<>();
    for (String name : bundledNames()) {
      byte[] bytes;
      try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(SAMPLES + name)) {
        bytes = in.readAllBytes();
      }
      parts.add(reader.read("samples/demo/" + name, bytes, InputFormat.SEED));
    }
    return parts.stream().flatMap(s -> s);
  }

  /** Names of the sample files, from the CLI jar or, in a build tree, the classes folder. */
  static List<String> bundledNames() throws IOException {
    Path where;
    try {
      where = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(where)) {
      Path dir = where.resolve(SAMPLES);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(names::add);
        }
      }
    } else {
      try (ZipFile jar = new ZipFile(where.toFile())) {
        jar.stream().map(ZipEntry::getName)
            .filter(n -> n.startsWith(SAMPLES) && n.endsWith(".txt") && n.indexOf('/', SAMPLES.length()) < 0)
            .map(n -> n.substring(SAMPLES.length())).forEach(names::add);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("the demo samples are missing from " + where + "; rebuild the CLI");
    }
    names.sort(Comparator.naturalOrder());
    return names;
  }

  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      System.err.println("kronika demo: could not remove " + dir + ": " + e.getMessage());
    }
  }
}
