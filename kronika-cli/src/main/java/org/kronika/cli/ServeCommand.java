package org.kronika.cli;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.kronika.core.Config;
import org.kronika.core.Pipeline;
import org.kronika.server.ApiServer;
import org.kronika.server.KbService;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.QueryLemmatizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kronika serve}: the web workbench and the REST API over a knowledge base. Binds to 127.0.0.1 unless told otherwise. Search
 * queries are lemmatised with the language pack's segmenter and morphology, as ingest did.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the knowledge base over HTTP: the web workbench at /, JSON API under /api, OpenAPI at /openapi.json.")
public final class ServeCommand implements KronikaCommand {
  @Option(names = "--port", defaultValue = "" + ApiServer.DEFAULT_PORT, description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = ApiServer.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  String host;

  @Option(names = "--lang", defaultValue = "pl", description = "Language pack for query lemmatisation (default: ${DEFAULT-VALUE}).")
  String lang;

  @Mixin StoreOptions storeOptions;

  /**
   * Starts the API and workbench over {@code kb}, with queries lemmatised by the language pack's
   * segmenter and morphology. Closes {@code kb} when the server cannot start.
   */
  static Javalin start(KnowledgeBase kb, String lang, String host, int port) {
    if (port < 0 || port > 65535) {
      kb.close();
      throw new IllegalArgumentException("--port must be between 0 and 65535");
    }
    List<String> names = new ArrayList<>();
    var available = Pipeline.available(lang);
    for (String n : List.of("segment", "morph")) {
      if (available.contains(n)) {
        names.add(n);
      }
    }
    Pipeline lemmas = Pipeline.load(lang, names, Config.of(java.util.Map.of()));
    try {
      return ApiServer.create(new KbService(kb, QueryLemmatizer.of(lemmas::annotate))).start(host, port);
    } catch (RuntimeException e) {
      kb.close();
      throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    StoreOptions.quietLibraries();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535");
    }
    KnowledgeBase kb = KnowledgeBase.open(storeOptions.location());
    Javalin app = start(kb, lang, host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      kb.close();
      stopped.countDown();
    }, "kronika-serve-stop"));
    System.err.println("kronika serve: http://" + host + ":" + app.port() + "/ (workbench; API under /api, OpenAPI at"
        + " /openapi.json; store: " + kb.location() + "; Ctrl-C stops)");
    stopped.await();
    return 0;
  }
}
