package org.kronika.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @Test
  void explainsEachEventWithEvidenceAndTheRulesBehindIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "date 2024-05-10 Dostawy\n\nWedług agencji Reuters Rosja wysłała Białorusi ponad sto czołgów.\n",
        StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("explain", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("AID").contains("Rosja [RUS]").contains("Białoruś [BLR]")
        .contains("evidence").contains("because      trigger:");
  }
}
