package org.kronika.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kronika.formats.TestInputs.all;
import static org.kronika.formats.TestInputs.failed;
import static org.kronika.formats.TestInputs.ok;
import static org.kronika.formats.TestInputs.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.api.Source;

class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private List<ReadResult> read(String name, byte[] bytes) {
    return all(reader.read(name, bytes, InputFormat.AUTO));
  }

  private ReadResult.Failed onlyFailure(String name, byte[] bytes) {
    List<ReadResult> results = read(name, bytes);
    assertThat(results).hasSize(1);
    return failed(results.get(0));
  }

  @Test
  void sampleFilesAreDetectedAndRead() {
    List<ReadResult> results =
        all(reader.read(
            Stream.of("seed-sample.txt", "plain.txt", "article.html", "no-article.html")
                .map(n -> sample(n).toString())
                .toList(),
            InputFormat.AUTO));
    assertThat(results).hasSize(4).allMatch(r -> r instanceof ReadResult.Ok, "all read");
    Document seed = ok(results.get(0));
    assertThat(seed.date()).isEqualTo("2024-03-05");
    assertThat(seed.title()).isEqualTo("Rada miasta przyjęła budżet na rok 2024");
    assertThat(seed.text()).startsWith(seed.title()).endsWith("od głosu.");
    assertThat(seed.source()).isEqualTo(new Source("Kurier Testowy", List.of("PAP")));
    assertThat(seed.origin().path()).endsWith("seed-sample.txt");
    Document plain = ok(results.get(1));
    assertThat(plain.title()).isEqualTo("Mosty na rzece zostaną wyremontowane");
    assertThat(plain.source().publisher()).isEqualTo("Reuters");
    assertThat(ok(results.get(2)).date()).isEqualTo("2024-05-17");
    assertThat(ok(results.get(3)).date()).isEqualTo("2024-09-15");
  }

  @Test
  void jsonlFileGivesOneResultPerLineAndBadLinesDoNotStopIt() {
    String path = sample("docs.jsonl").toString();
    List<ReadResult> results = all(reader.read(List.of(path), InputFormat.AUTO));
    assertThat(results).hasSize(5);
    Document first = ok(results.get(0));
    assertThat(first.id()).isEqualTo("a1");
    assertThat(first.date()).isEqualTo("2013-02-12T04:30:00");
    assertThat(first.origin()).isEqualTo(new Origin(path, 1));
    assertThat(first.source()).isEqualTo(new Source("Kresy.pl", List.of("Reuters")));
    assertThat(first.lang()).isEqualTo("pl");
    assertThat(ok(results.get(1)).source()).isEqualTo(new Source("PAP", List.of()));
    assertThat(failed(results.get(2)).where()).isEqualTo(path + ":4");
    assertThat(failed(results.get(2)).message()).startsWith("malformed JSON");
    assertThat(failed(results.get(3)).toString()).isEqualTo(path + ":5: bad \"date\": invalid date '2023-13': month 13 is not 01-12");
    Document fifth = ok(results.get(4));
    assertThat(fifth.origin().line()).isEqualTo(6);
    assertThat(fifth.id()).isEqualTo(Document.contentHash("Piąty dokument bez id."));
  }

  @Test
  void brokenUtf8ReportsTheByteOffset() {
    byte[] bytes = utf8("Zażółć gęślą jaźń. ");
    byte[] broken = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    broken[bytes.length] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed
    broken[bytes.length + 1] = 'x';
    broken[bytes.length + 2] = '\n';
    ReadResult.Failed f = onlyFailure("bad.txt", broken);
    assertThat(f.toString()).isEqualTo("bad.txt: invalid UTF-8 at byte offset " + bytes.length + " (convert the file to UTF-8)");
    byte[] latin2 = {'Z', 'a', (byte) 0xBF, 'o', 'l', 'w'}; // ISO-8859-2 'ż'
    assertThat(onlyFailure("l2.txt", latin2).message()).contains("invalid UTF-8 at byte offset 2");
    byte[] truncated = {'a', 'b', (byte) 0xE2, (byte) 0x82}; // cut in the middle of '€'
    assertThat(onlyFailure("cut.txt", truncated).message()).contains("byte offset 2");
  }

  @Test
  void brokenUtf8InAJsonlLineReportsTheFileOffsetAndTheRestGoesOn() {
    byte[] good = utf8("{\"text\":\"ok\"}\n");
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    byte[] all = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(good, 0, all, good.length + bad.length, good.length);
    List<ReadResult> results = all(reader.read("d.jsonl", all, InputFormat.JSONL));
    assertThat(results).hasSize(3);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(failed(results.get(1)).toString()).startsWith("d.jsonl:2: invalid UTF-8 at byte offset " + (good.length + 9));
    assertThat(ok(results.get(2)).origin().line()).isEqualTo(3);
  }

  @Test
  void binaryFilesAreRejected() {
    byte[] nul = utf8("PK\u0003\u0004abc\u0000def");
    assertThat(onlyFailure("a.zip", nul).message()).contains("binary").contains("NUL byte at byte offset 7");
    byte[] utf16 = "Tekst".getBytes(StandardCharsets.UTF_16LE);
    assertThat(onlyFailure("u16.txt", utf16).message()).contains("binary").contains("UTF-16");
    byte[] controls = new byte[100];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    assertThat(onlyFailure("c.bin", controls).message()).contains("50 control characters in 100 bytes");
  }

  @Test
  void emptyAndBlankInputsAreRejected() {
    assertThat(onlyFailure("e.txt", new byte[0]).toString()).isEqualTo("e.txt: empty file");
    assertThat(onlyFailure("w.txt", utf8(" \n\t\n  ")).message()).contains("only white space");
    assertThat(onlyFailure("w.jsonl", utf8("\n \n")).message()).contains("only white space");
    assertThat(failed(all(reader.read("w.jsonl", utf8("\n\n  \n"), InputFormat.JSONL)).get(0)).message())
        .contains("no JSON lines");
    assertThat(onlyFailure("bom.txt", utf8("\uFEFF  ")).message()).contains("only white space");
  }

  @Test
  void byteOrderMarkIsDropped() {
    Document d = ok(read("bom.txt", utf8("\uFEFFdate 2023 Tytuł\nTreść.")).get(0));
    assertThat(d.text()).isEqualTo("Tytuł\nTreść.");
    Document j = ok(all(reader.read("bom.jsonl", utf8("\uFEFF{\"text\":\"a\"}"), InputFormat.AUTO)).get(0));
    assertThat(j.text()).isEqualTo("a");
  }

  @Test
  void hugeFilesAreRejectedFromTheirSizeWithoutReadingThem(@TempDir Path dir) throws IOException {
    DocumentReader small = new DocumentReader(new ReaderOptions(1000));
    Path huge = dir.resolve("huge.txt");
    Files.write(huge, utf8("Zdanie. ".repeat(200)));
    Path fits = dir.resolve("fits.txt");
    Files.write(fits, utf8("Zdanie. ".repeat(100)));
    List<ReadResult> results = all(small.read(List.of(huge.toString(), fits.toString()), InputFormat.AUTO));
    assertThat(failed(results.get(0)).message())
        .isEqualTo("too large: 1600 bytes exceeds the limit of 1000 bytes per document (ReaderOptions.maxBytes)");
    assertThat(results.get(1)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void hugeStreamsAreCutAfterTheLimit() {
    DocumentReader small = new DocumentReader(new ReaderOptions(1000));
    CountingStream endless = new CountingStream(Long.MAX_VALUE, "Zdanie bez końca ");
    ReadResult.Failed f = failed(all(small.read("<stdin>", endless, InputFormat.TXT)).get(0));
    assertThat(f.message()).contains("more than 1000 bytes");
    assertThat(endless.read.get()).isEqualTo(1001);
  }

  @Test
  void jsonlIsStreamedLazily() {
    CountingStream lines = new CountingStream(Long.MAX_VALUE, "{\"text\":\"Jeden dokument.\"}\n");
    List<ReadResult> first = all(reader.read("big.jsonl", lines, InputFormat.AUTO).limit(3));
    assertThat(first).hasSize(3).allMatch(r -> r instanceof ReadResult.Ok);
    assertThat(lines.read.get()).as("bytes read for three records").isLessThan(300_000);
  }

  @Test
  void tooLongJsonlLinesFailAloneWithoutBeingKept() {
    DocumentReader small = new DocumentReader(new ReaderOptions(100));
    String big = "{\"text\":\"" + "x".repeat(200_000) + "\"}";
    byte[] content = utf8("{\"text\":\"a\"}\n" + big + "\n{\"text\":\"b\"}\n");
    List<ReadResult> results = all(small.read("d.jsonl", content, InputFormat.AUTO));
    assertThat(results).hasSize(3);
    assertThat(failed(results.get(1)).toString())
        .startsWith("d.jsonl:2: line too long: " + (big.length()) + " bytes exceeds the limit of 100 bytes");
    assertThat(ok(results.get(2)).text()).isEqualTo("b");
  }

  @Test
  void directoriesAreWalkedRecursivelyInOrderSkippingHiddenFiles(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve("b.txt"), "date 2020 Drugi\n\nTreść B.");
    Files.writeString(dir.resolve("a.txt"), "Pierwszy plik.");
    Files.writeString(dir.resolve("sub/c.txt"), "Plik w podkatalogu.");
    Files.writeString(dir.resolve("sub/empty.txt"), "");
    Files.writeString(dir.resolve(".secret.txt"), "Ukryty.");
    Files.writeString(dir.resolve(".hidden/d.txt"), "W ukrytym katalogu.");
    List<ReadResult> results = all(reader.read(List.of(dir.toString()), InputFormat.AUTO));
    assertThat(results)
        .extracting(r -> r instanceof ReadResult.Ok ok ? ok.document().origin().path() : ((ReadResult.Failed) r).where())
        .containsExactly(
            dir.resolve("a.txt").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("sub/c.txt").toString(),
            dir.resolve("sub/empty.txt").toString());
    assertThat(ok(results.get(1)).date()).isEqualTo("2020");
    assertThat(failed(results.get(3)).message()).isEqualTo("empty file");
  }

  @Test
  void missingPathsFailAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Dobry plik.");
    List<ReadResult> results =
        all(reader.read(List.of(dir.resolve("missing.txt").toString(), "", good.toString()), InputFormat.AUTO));
    assertThat(failed(results.get(0)).toString()).isEqualTo(dir.resolve("missing.txt") + ": no such file or directory");
    assertThat(failed(results.get(1)).message()).isEqualTo("empty path");
    assertThat(ok(results.get(2)).text()).isEqualTo("Dobry plik.");
  }

  @Test
  void dashReadsStandardInput() {
    InputStream in = new ByteArrayInputStream(utf8("  date 2023-11 Tytuł\n\nTreść.\n\nPAP\n"));
    DocumentReader withStdin = new DocumentReader(ReaderOptions.DEFAULTS, () -> in);
    Document d = ok(all(withStdin.read(List.of("-"), InputFormat.AUTO)).get(0));
    assertThat(d.origin()).isEqualTo(Origin.of(DocumentReader.STDIN_NAME));
    assertThat(d.source().publisher()).isEqualTo("PAP");
  }

  @Test
  void explicitFormatOverridesDetection() {
    byte[] seedLike = utf8("date 2023-11 Tytuł\nTreść.");
    assertThat(ok(all(reader.read("a.txt", seedLike, InputFormat.TXT)).get(0)).text()).isEqualTo("date 2023-11 Tytuł\nTreść.");
    assertThat(failed(all(reader.read("a.txt", utf8("Tekst."), InputFormat.SEED)).get(0)).message()).contains("not in seed format");
    assertThat(failed(all(reader.read("a.txt", utf8("Tekst."), InputFormat.JSONL)).get(0)).toString()).startsWith("a.txt:1: malformed JSON");
  }

  /** An input of {@code limit} bytes repeating a pattern, counting how much was read. */
  private static final class CountingStream extends InputStream {
    final AtomicLong read = new AtomicLong();
    private final byte[] pattern;
    private final long limit;

    CountingStream(long limit, String pattern) {
      this.limit = limit;
      this.pattern = utf8(pattern);
    }

    @Override
    public int read() {
      if (read.get() >= limit) {
        return -1;
      }
      return pattern[(int) (read.getAndIncrement() % pattern.length)] & 0xff;
    }
  }
}
