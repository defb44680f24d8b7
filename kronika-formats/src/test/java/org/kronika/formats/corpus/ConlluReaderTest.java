package org.kronika.formats.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConlluReaderTest {
  static final String TEXT =
      "# sent_id = s1\n# text = Zrobiłem to.\n"
          + "1-2\tZrobiłem\t_\t_\t_\t_\t_\t_\t_\t_\n"
          + "1\tZrobił\tzrobić\tVERB\tpraet:sg:m1:perf\t_\t0\troot\t0:root\t_\n"
          + "2\tem\tbyć\tAUX\taglt:sg:pri:imperf:wok\t_\t1\taux\t1:aux\t_\n"
          + "2.1\t_\t_\t_\t_\t_\t_\t_\t1:x\t_\n"
          + "3\tto\tto\tPRON\tsubst:sg:acc:n:ncol\t_\t1\tobj\t1:obj\tSpaceAfter=No\n"
          + "4\t.\t.\tPUNCT\tinterp\t_\t1\tpunct\t1:punct\t_\n"
          + "\n\n"
          + "1\tTak\ttak\tPART\tpart\t_\t0\troot\t0:root\t_\n";

  @Test
  void readsSentencesSkippingRangesAndEmptyNodesInWords() throws Exception {
    try (ConlluReader r = new ConlluReader(new StringReader(TEXT))) {
      List<ConlluSentence> all = r.stream().toList();
      assertThat(all).hasSize(2);
      ConlluSentence s = all.get(0);
      assertThat(s.comment("sent_id")).isEqualTo("s1");
      assertThat(s.comment("text")).isEqualTo("Zrobiłem to.");
      assertThat(s.lines()).hasSize(6);
      assertThat(s.words()).extracting(ConlluWord::form).containsExactly("Zrobił", "em", "to", ".");
      assertThat(s.words().get(2).misc()).isEqualTo("SpaceAfter=No");
      assertThat(all.get(1).words()).hasSize(1);
    }
  }

  @Test
  void roundTripsAndReadsGzip(@TempDir Path dir) throws Exception {
    Path gz = dir.resolve("x.conllu.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(TEXT.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(gz, bytes.toByteArray());
    List<ConlluSentence> all = ConlluReader.readAll(gz);
    assertThat(all.get(0).toConllu()).isEqualTo(TEXT.substring(0, TEXT.indexOf("\n\n") + 2));
  }
}
