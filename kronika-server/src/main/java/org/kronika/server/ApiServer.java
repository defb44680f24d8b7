package org.kronika.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kronika.store.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the REST API (Javalin) from its dependencies, so tests construct it in-process. It serves
 * JSON under {@code /api}, its OpenAPI 3.0 description at {@code /openapi.json}, and, when the
 * classpath holds a {@code /web} folder (the web UI), static files from it at {@code /}.
 *
 * <p>Errors are RFC 7807 problem details: 400 for a bad parameter, 404 for an unknown id or path,
 * 500 (with no internals) for anything else.
 */
public final class ApiServer {
  /** Default port of {@code kronika serve}. */
  public static final int DEFAULT_PORT = 7070;
  /** Default bind address: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** Classpath folder the web UI will ship its static files in. */
  public static final String WEB_ROOT = "/web";

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private ApiServer() {}

  public static Javalin create(KbService service) {
    ObjectMapper mapper = new ObjectMapper();
    ApiController api = new ApiController(service, mapper);
    byte[] openapi = openApi();
    boolean web = ApiServer.class.getResource(WEB_ROOT) != null;
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.defaultContentType = "application/json";
      if (web) {
        config.staticFiles.add(sf -> {
          sf.hostedPath = "/";
          sf.directory = WEB_ROOT;
          sf.location = Location.CLASSPATH;
        });
        // front-end libraries (ECharts, Cytoscape) from WebJars on the classpath, at /webjars/…
        config.staticFiles.enableWebjars();
      }
    });
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    app.get("/api/stats", api::stats);
    app.get("/api/documents", api::documents);
    app.get("/api/documents/{id}", api::document);
    app.get("/api/search", api::search);
    app.get("/api/entities", api::entities);
    app.get("/api/entities/{id}", api::entity);
    app.get("/api/events", api::events);
    app.get("/api/events.csv", api::eventsCsv);
    app.get("/api/events.jsonl", api::eventsJsonl);
    app.get("/api/clusters", api::clusters);
    app.get("/api/clusters/{id}", api::cluster);
    app.get("/api/timeline", api::timeline);
    app.get("/api/graph", api::graph);

    app.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
    byte[] webPage = web ? webIndex() : null;
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 404 && webPage != null && wantsPage(ctx)) {
        // a browser asking for an unknown page gets the UI, which shows its "not found" view
        ctx.status(404).contentType("text/html; charset=utf-8").result(webPage);
      } else {
        problem(ctx, e.getStatus(), e.getMessage());
      }
    });
    app.exception(KnowledgeBase.StoreException.class, (e, ctx) -> {
      LOG.error("store failure on {}", ctx.path(), e);
      problem(ctx, 503, "the knowledge base could not answer; see the server log");
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected failure on {}", ctx.path(), e);
      problem(ctx, 500, "unexpected server error; see the server log");
    });
    app.error(404, ctx -> {
      if (!ctx.res().isCommitted() && (ctx.result() == null || ctx.result().isEmpty())) {
        if (webPage != null && wantsPage(ctx)) {
          // a browser asking for an unknown page gets the UI, which shows its "not found" view
          ctx.contentType("text/html; charset=utf-8").result(webPage);
        } else {
          problem(ctx, 404, "no such resource: " + ctx.path());
        }
      }
    });
    app.error(405, ctx -> problem(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
    return app;
  }

  private static void problem(io.javalin.http.Context ctx, int status, String detail) {
    ctx.status(status);
    ctx.json(Problem.of(status, detail, ctx.path()));
    ctx.contentType("application/problem+json");
  }

  /** A browser page request outside the API: GET, not under /api, and HTML accepted. */
  private static boolean wantsPage(io.javalin.http.Context ctx) {
    String accept = ctx.header("Accept");
    return ctx.method() == io.javalin.http.HandlerType.GET && !ctx.path().startsWith("/api/")
        && !ctx.path().equals("/api") && accept != null && accept.contains("text/html");
  }

  private static byte[] webIndex() {
    try (InputStream in = ApiServer.class.getResourceAsStream(WEB_ROOT + "/index.html")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] openApi() {
    try (InputStream in = ApiServer.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
