package org.kronika.server.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kronika.api.AnnotatedDocument;
import org.kronika.server.ApiServer;
import org.kronika.server.KbService;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.SampleCorpus;
import org.kronika.store.StoreLocation;

/**
 * Serves the workbench over the hand-annotated sample corpus in a temporary store, for working on
 * the UI by hand: {@code java -cp … org.kronika.server.web.FixtureServer [PORT]} (default 7071).
 */
public final class FixtureServer {
  private FixtureServer() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 7071;
    Path dir = Files.createTempDirectory("kronika-fixtures");
    SampleCorpus corpus = new SampleCorpus();
    KnowledgeBase kb = KnowledgeBase.open(StoreLocation.sqlite(dir));
    for (AnnotatedDocument d : corpus.all()) {
      kb.store(d);
    }
    var app = ApiServer.create(new KbService(kb, corpus.lemmatizer())).start("127.0.0.1", port);
    System.err.println("fixture workbench: http://127.0.0.1:" + app.port() + "/");
  }
}
