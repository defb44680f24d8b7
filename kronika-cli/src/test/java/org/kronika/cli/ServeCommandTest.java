package org.kronika.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @Test
  void aBadPortIsOneLineAndExitCode2(@TempDir Path dir) {
    CliRunner.Result r = CliRunner.run("serve", "--store", dir.toString(), "--port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kronika serve: --port must be between 0 and 65535");
  }

  @Test
  void storeAndDbTogetherAreRefused(@TempDir Path dir) {
    CliRunner.Result r = CliRunner.run("ingest", "--store", dir.toString(), "--db", "postgresql://u:p@h/db", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("either --store or --db");
  }
}
