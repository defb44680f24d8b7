package org.kronika.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.formats.BylineParser;
import org.kronika.formats.ReadResult;
import org.kronika.formats.SeedFormat;

/**
 * The bench input: the seed article first (read by the real seed-format reader, so it carries its
 * date and byline), then every PolEval 2018 NER gold document's raw text ({@code input.fileContent}),
 * in file order. PolEval documents have no date; they get {@link #POLEVAL_DATE} so the time
 * annotator resolves against something, as {@code TimeTaggerBenchmark} does.
 */
public record BenchCorpus(String description, List<Document> documents) {
  public static final String POLEVAL = "data/ner/poleval2018-ner-gold.json.gz";
  public static final String SEED = "seed/000_283374f547e374f2.txt";
  public static final String POLEVAL_DATE = "2018-06-01";

  public BenchCorpus {
    documents = List.copyOf(documents);
  }

  public long chars() {
    return documents.stream().mapToLong(d -> d.text().length()).sum();
  }

  /** The first {@code n} documents (all when {@code n <= 0} or larger than the corpus). */
  public BenchCorpus head(int n) {
    if (n <= 0 || n >= documents.size()) {
      return this;
    }
    return new BenchCorpus(description + ", first " + n + " documents", documents.subList(0, n));
  }

  /** True when the shared folder holds both inputs. */
  public static boolean available(Path shared) {
    return Files.isRegularFile(shared.resolve(POLEVAL)) && Files.isRegularFile(shared.resolve(SEED));
  }

  /** Seed + PolEval documents; {@code maxDocs > 0} keeps only that many PolEval documents. */
  public static BenchCorpus load(Path shared, int maxDocs) throws IOException {
    List<Document> docs = new ArrayList<>();
    Path seed = shared.resolve(SEED);
    String seedText = Files.readString(seed, StandardCharsets.UTF_8);
    ReadResult r = new SeedFormat(new BylineParser()).parse(seedText, Origin.of(seed.toString()));
    if (r instanceof ReadResult.Ok ok) {
      docs.add(ok.document().withLang("pl"));
    } else {
      throw new IOException("seed not readable: " + r);
    }
    int n = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(shared.resolve(POLEVAL)))) {
      for (JsonNode q : new ObjectMapper().readTree(in).get("questions")) {
        if (maxDocs > 0 && n >= maxDocs) {
          break;
        }
        String text = q.get("input").get("fileContent").asText();
        docs.add(new Document("poleval-" + n, "pl", POLEVAL_DATE, null, null, null,
            Origin.of(POLEVAL), text));
        n++;
      }
    }
    return new BenchCorpus("seed article + " + n + " PolEval 2018 NER gold documents (raw text)", docs);
  }

  /** A tiny made-up corpus for tests and smoke runs without {@code ../shared}. */
  public static BenchCorpus synthetic(int copies) {
    String text =
        "Według Białego Domu Korea Północna dostarczyła Rosji ponad tysiąc kontenerów z amunicją. "
            + "W czwartek rzecznik prasowy poinformował, że transporty odbywały się drogą morską "
            + "przez port w Rajin od sierpnia br. Agencja Reuters przekazała to 9 listopada 2023 r.";
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      docs.add(new Document("synthetic-" + i, "pl", "2023-11", null, null, null, null, text));
    }
    return new BenchCorpus(copies + " synthetic documents", docs);
  }
}
