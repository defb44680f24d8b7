package org.kronika.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kronika.formats.TestInputs.all;
import static org.kronika.formats.TestInputs.ok;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kronika.api.Document;
import org.kronika.api.Source;

/** Reads the seed article from {@code ../shared/seed}; skips when that is absent. */
class SeedFileTest {
  private static final String SEED = "seed/000_283374f547e374f2.txt";

  @Test
  void readsTheSeedArticle() throws IOException {
    String shared = System.getProperty("kronika.shared");
    Assumptions.assumeTrue(shared != null, "kronika.shared is not set");
    Path file = Path.of(shared).resolve(SEED);
    Assumptions.assumeTrue(Files.isRegularFile(file), () -> file + " is absent");

    List<ReadResult> results = all(new DocumentReader().read(List.of(file.toString()), InputFormat.AUTO));
    assertThat(results).hasSize(1);
    Document d = ok(results.get(0));

    String raw = Files.readString(file, StandardCharsets.UTF_8);
    String firstLine = raw.stripLeading().lines().findFirst().orElseThrow();
    String titleFromFile = firstLine.replaceFirst("^date\\s+\\S+\\s+", "").strip();
    String lastLine = raw.strip().lines().reduce((a, b) -> b).orElseThrow().strip();

    assertThat(d.date()).isEqualTo("2023-11");
    assertThat(d.title()).isEqualTo(titleFromFile);
    assertThat(d.text()).startsWith(d.title());
    assertThat(d.source()).isEqualTo(new Source("Kresy.pl", List.of("Reuters")));
    assertThat(lastLine).isEqualTo("Kresy.pl/Reuters");
    assertThat(d.text()).doesNotContain(lastLine).isEqualTo(d.text().strip());
    assertThat(raw).as("text is an exact slice of the file").contains(d.text());
    assertThat(d.origin().path()).isEqualTo(file.toString());
    assertThat(d.lang()).isNull();
  }
}
