package org.kronika.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kronika.cli.Main;
import org.kronika.cli.PipelineOptions;

/**
 * The Flink path (file source, local MiniCluster, parallelism 2, file sinks) prints the same
 * contract JSON as {@code kronika extract --format jsonl}, line for line and byte for byte, and
 * dead-letters exactly the lines that {@code kronika extract} skips.
 */
class SameResultsAsExtractIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void flinkOutputIsByteForByteTheSameAsExtract() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      (i % 2 == 0 ? a : b).add(Articles.good(i));
    }
    a.add(""); // a blank line counts for line numbers and is skipped
    a.addAll(Articles.badTextLines(6));
    a.add(Articles.good(1000));
    Files.write(in.resolve("a.jsonl"), a, StandardCharsets.UTF_8);
    Files.write(in.resolve("b.jsonl"), b, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Path dlq = tmp.resolve("dlq");

    KronikaJob.parse("--local", "--bounded", "--parallelism", "2", "--checkpoint-interval", "1s",
            "--input-dir", in.toString(), "--output-dir", out.toString(), "--dlq-dir", dlq.toString())
        .run(UnaryOperator.identity());

    List<String> flink = new ArrayList<>(lines(out));
    Extract extract = extract("--format", "jsonl", "--input-format", "jsonl", in.toString());
    List<String> expected = new ArrayList<>(extract.out.lines().toList());
    assertThat(expected).hasSize(61);
    flink.sort(null);
    expected.sort(null);
    assertThat(flink).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(flink.get(i).getBytes(StandardCharsets.UTF_8))
          .as("line %d", i).isEqualTo(expected.get(i).getBytes(StandardCharsets.UTF_8));
    }

    Set<String> deadWhere = new TreeSet<>();
    for (String line : lines(dlq)) {
      JsonNode d = MAPPER.readTree(line);
      deadWhere.add(d.get("where").asText());
      assertThat(d.get("stage").asText()).isEqualTo("read");
    }
    Set<String> skipped = new TreeSet<>();
    extract.err.lines().filter(l -> l.startsWith("kronika: skipped "))
        .forEach(l -> skipped.add(l.substring("kronika: skipped ".length(), l.indexOf(": ", "kronika: skipped ".length()))));
    assertThat(deadWhere).hasSize(6).isEqualTo(skipped);
  }

  @Test
  void pipelineDefaultsAreTheCliDefaults() {
    assertThat(PipelineSpec.DEFAULT_ORDER).isEqualTo(PipelineOptions.DEFAULT_ORDER);
  }

  /** Every line of the committed part files under {@code dir} (in-progress files are hidden: '.'-prefixed). */
  static List<String> lines(Path dir) throws IOException {
    List<String> all = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return all;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).forEach(all::add);
      }
    }
    return all;
  }

  record Extract(int code, String out, String err) {}

  static synchronized Extract extract(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      String[] all = Stream.concat(Stream.of("extract"), Stream.of(args)).toArray(String[]::new);
      int code = Main.commandLine().execute(all);
      return new Extract(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
