package org.kronika.formats;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.kronika.api.Origin;

/**
 * Reads documents from files, directories and standard input, in any {@link InputFormat}.
 *
 * <table>
 *   <caption>DocumentReader</caption>
 *   <tr><th>requires</th><td>inputs: file paths, directories (read recursively in sorted order,
 *       hidden files and directories skipped) or {@code -} for standard input (its origin path is
 *       {@value #STDIN_NAME}); UTF-8 text (a byte-order mark is dropped)</td></tr>
 *   <tr><th>produces</th><td>a lazy stream of {@link ReadResult}s in input order: one per file,
 *       or one per non-blank line of a JSONL file</td></tr>
 *   <tr><th>fails on</th><td>missing or unreadable paths, empty or white-space-only input, binary
 *       content (NUL bytes or many control characters), invalid UTF-8 (with the byte offset),
 *       documents over {@link ReaderOptions#maxBytes()}, and whatever the format rejects: each is
 *       a one-line {@link ReadResult.Failed}, and reading goes on with the next input or
 *       line</td></tr>
 *   <tr><th>options</th><td>{@link ReaderOptions}</td></tr>
 * </table>
 *
 * <p>Memory: a file over the limit is rejected from its size without being read (only its first
 * {@value #HEAD_BYTES} bytes, to detect the format); standard input is read to at most the limit
 * plus one byte; JSONL is streamed line by line, so a file of any size can be read. Close the
 * returned stream (try-with-resources) if you do not consume it to the end, so the open file is
 * released.
 *
 * <p>Immutable and thread-safe; each call to {@code read} has its own state.
 */
public final class DocumentReader {
  /** The input name that means standard input. */
  public static final String STDIN = "-";
  /** The origin path of documents read from standard input. */
  public static final String STDIN_NAME = "<stdin>";
  /** How much of an input the format detector sees. */
  static final int HEAD_BYTES = 64 * 1024;

  private final ReaderOptions options;
  private final Supplier<InputStream> stdin;
  private final FormatDetector detector = new FormatDetector();
  private final Map<InputFormat, DocumentFormat> formats;

  public DocumentReader() {
    this(ReaderOptions.DEFAULTS);
  }

  public DocumentReader(ReaderOptions options) {
    this(options, () -> System.in);
  }

  /** For tests: reads {@code -} from the given supplier instead of {@link System#in}. */
  DocumentReader(ReaderOptions options, Supplier<InputStream> stdin) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    BylineParser bylines = new BylineParser();
    Map<InputFormat, DocumentFormat> m = new EnumMap<>(InputFormat.class);
    for (DocumentFormat f :
        List.of(new SeedFormat(bylines), new TextFormat(bylines), new HtmlFormat(), new JsonlFormat(bylines))) {
      m.put(f.format(), f);
    }
    this.formats = Map.copyOf(m);
  }

  public ReaderOptions options() {
    return options;
  }

  /**
   * Reads files, directories or {@code -} (standard input), lazily and in order.
   *
   * @param format the format of every input, or {@link InputFormat#AUTO} to detect each one
   */
  public Stream<ReadResult> read(List<String> inputs, InputFormat format) {
    List<String> all = List.copyOf(inputs);
    Objects.requireNonNull(format, "format");
    return all.stream().flatMap(input -> readInput(input, format));
  }

  /** Reads one input held in memory; {@code name} is its origin path and a format hint. */
  public Stream<ReadResult> read(String name, byte[] content, InputFormat format) {
    return read(name, new ByteArrayInputStream(content), content.length, format);
  }

  /**
   * Reads one input from a stream, for standard input, servers and message queues. JSONL is
   * streamed, so consume the result before closing {@code in}; the caller owns {@code in}.
   */
  public Stream<ReadResult> read(String name, InputStream in, InputFormat format) {
    return read(name, in, -1, format);
  }

  private Stream<ReadResult> readInput(String input, InputFormat format) {
    if (input.equals(STDIN)) {
      return read(STDIN_NAME, new FilterInputStream(stdin.get()) {
            @Override
            public void close() {
              // standard input belongs to the process, not to us
            }
          }, -1, format);
    }
    if (input.isBlank()) {
      return failed(Origin.of(input), "empty path");
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      return failed(Origin.of(input), "invalid path: " + e.getReason());
    }
    if (Files.isDirectory(path)) {
      return readDirectory(path, format);
    }
    if (!Files.exists(path)) {
      return failed(Origin.of(input), "no such file or directory");
    }
    if (!Files.isRegularFile(path)) {
      return failed(Origin.of(input), "not a regular file");
    }
    return readFile(input, path, format);
  }

  private Stream<ReadResult> readDirectory(Path dir, InputFormat format) {
    List<Path> files = new ArrayList<>();
    List<ReadResult> problems = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              boolean file = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(f);
              if (file && !hidden(f)) {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              problems.add(ReadResult.Failed.at(Origin.of(f.toString()), "cannot read: " + describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(ReadResult.Failed.at(Origin.of(dir.toString()), "cannot list directory: " + describe(e)));
    }
    files.sort(Comparator.comparing(Path::toString));
    return Stream.concat(
        problems.stream(), files.stream().flatMap(f -> readFile(f.toString(), f, format)));
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private Stream<ReadResult> readFile(String name, Path path, InputFormat format) {
    InputStream in;
    long size;
    try {
      size = Files.size(path);
      in = Files.newInputStream(path);
    } catch (IOException e) {
      return failed(Origin.of(name), "cannot read: " + describe(e));
    }
    try {
      return read(name, in, size, format).onClose(() -> closeQuietly(in));
    } catch (RuntimeException | Error e) {
      closeQuietly(in);
      throw e;
    }
  }

  /** The one path every input takes: detect, check, decode, parse. */
  private Stream<ReadResult> read(String name, InputStream in, long knownSize, InputFormat format) {
    Origin origin = Origin.of(name);
    try {
      int headSize = (int) Math.min(HEAD_BYTES, options.maxBytes() + 1);
      byte[] head = in.readNBytes(headSize);
      if (head.length == 0) {
        return failed(origin, "empty file");
      }
      String binary = binaryProblem(head, 0, head.length, 0);
      if (binary != null) {
        return failed(origin, binary);
      }
      boolean truncated = knownSize >= 0 ? knownSize > head.length : head.length == headSize;
      InputFormat f =
          format == InputFormat.AUTO
              ? detector.detect(name, new String(head, StandardCharsets.UTF_8), truncated)
              : format;
      if (f == InputFormat.JSONL) {
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), in);
        return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                new JsonLines(name, all, formats.get(f)), Spliterator.ORDERED | Spliterator.NONNULL),
            false);
      }
      if (knownSize > options.maxBytes()) {
        return failed(origin, tooLarge(knownSize + " bytes"));
      }
      byte[] rest = in.readNBytes((int) Math.max(0, options.maxBytes() + 1 - head.length));
      byte[] content = rest.length == 0 ? head : concat(head, rest);
      if (content.length > options.maxBytes()) {
        return failed(origin, tooLarge("more than " + options.maxBytes() + " bytes"));
      }
      return Stream.of(decodeAndParse(content, 0, content.length, 0, formats.get(f), origin));
    } catch (IOException | UncheckedIOException e) {
      return failed(origin, "cannot read: " + describe(e));
    }
  }

  private String tooLarge(String size) {
    return "too large: " + size + " exceeds the limit of " + options.maxBytes()
        + " bytes per document (ReaderOptions.maxBytes)";
  }

  private static ReadResult decodeAndParse(
      byte[] b, int off, int len, long fileOffset, DocumentFormat format, Origin origin) {
    String binary = binaryProblem(b, off, len, fileOffset);
    if (binary != null) {
      return ReadResult.Failed.at(origin, binary);
    }
    String text;
    try {
      text = decodeUtf8(b, off, len);
    } catch (BadUtf8 e) {
      return ReadResult.Failed.at(
          origin, "invalid UTF-8 at byte offset " + (fileOffset + e.offset) + " (convert the file to UTF-8)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return ReadResult.Failed.at(origin, "empty (only white space)");
    }
    try {
      return format.parse(text, origin);
    } catch (RuntimeException e) {
      return ReadResult.Failed.at(origin, "cannot parse as " + format.format().id() + ": " + e);
    }
  }

  /** Why these bytes look binary, or null when they look like text. */
  static String binaryProblem(byte[] b, int off, int len, long fileOffset) {
    int controls = 0;
    for (int i = off; i < off + len; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return "binary content: NUL byte at byte offset " + (fileOffset + i - off)
            + " (not UTF-8 text; UTF-16 is not supported)";
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
        controls++;
      }
    }
    if (controls > 0 && controls * 20L > len) {
      return "binary content: " + controls + " control characters in " + len + " bytes";
    }
    return null;
  }

  /** Strict UTF-8 decoding that knows where it failed. */
  static String decodeUtf8(byte[] b, int off, int len) throws BadUtf8 {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer out = CharBuffer.allocate(len); // UTF-8 never gives more chars than bytes
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new BadUtf8(in.position() - off);
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new BadUtf8(in.position() - off);
    }
    out.flip();
    return out.toString();
  }

  /** Invalid UTF-8 at {@code offset} bytes into the decoded range. */
  static final class BadUtf8 extends Exception {
    private static final long serialVersionUID = 1L;
    final long offset;

    BadUtf8(long offset) {
      super("invalid UTF-8 at byte offset " + offset, null, false, false);
      this.offset = offset;
    }
  }

  /** One result per non-blank line, read in chunks so that lines of any length cost at most the limit. */
  private final class JsonLines implements Iterator<ReadResult> {
    private final String name;
    private final InputStream in;
    private final DocumentFormat format;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;
    private boolean eof;
    private byte[] line = new byte[256];
    private int lineLength;
    private long lineBytes; // the whole line's length, even past the limit
    private long offset; // byte offset of the next line in the input
    private int lineNumber;
    private boolean sawText;
    private boolean done;
    private ReadResult next;

    JsonLines(String name, InputStream in, DocumentFormat format) {
      this.name = name;
      this.in = in;
      this.format = format;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult r = next;
      next = null;
      return r;
    }

    private ReadResult advance() {
      try {
        while (readLine()) {
          lineNumber++;
          long start = offset;
          offset += lineBytes + 1;
          Origin origin = new Origin(name, lineNumber);
          if (lineBytes > options.maxBytes()) {
            sawText = true;
            return ReadResult.Failed.at(
                origin, "line too long: " + lineBytes + " bytes exceeds the limit of "
                    + options.maxBytes() + " bytes per document (ReaderOptions.maxBytes)");
          }
          int from = 0;
          int to = lineLength;
          if (to > from && line[to - 1] == '\r') {
            to--;
          }
          if (lineNumber == 1 && to >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
              && (line[2] & 0xff) == 0xBF) {
            from = 3;
          }
          if (isBlank(line, from, to)) {
            continue;
          }
          sawText = true;
          return decodeAndParse(line, from, to - from, start + from, format, origin);
        }
        done = true;
        return sawText ? null : ReadResult.Failed.at(Origin.of(name), "empty (only white space; no JSON lines)");
      } catch (IOException e) {
        done = true;
        return ReadResult.Failed.at(
            Origin.of(name), "cannot read after line " + lineNumber + ": " + describe(e));
      }
    }

    /** Reads the next line into {@code line}; false at the end of input. */
    private boolean readLine() throws IOException {
      lineLength = 0;
      lineBytes = 0;
      boolean any = false;
      while (true) {
        if (pos == lim) {
          if (eof) {
            return any;
          }
          int n = in.read(buf);
          if (n < 0) {
            eof = true;
            return any;
          }
          pos = 0;
          lim = n;
        }
        any = true;
        int nl = pos;
        while (nl < lim && buf[nl] != '\n') {
          nl++;
        }
        append(pos, nl - pos);
        boolean found = nl < lim;
        pos = found ? nl + 1 : lim;
        if (found) {
          return true;
        }
      }
    }

    private void append(int from, int count) {
      lineBytes += count;
      if (lineBytes > options.maxBytes()) {
        return; // over the limit: count it, keep nothing
      }
      if (lineLength + count > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
      }
      System.arraycopy(buf, from, line, lineLength, count);
      lineLength += count;
    }
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static Stream<ReadResult> failed(Origin origin, String message) {
    return Stream.of(ReadResult.Failed.at(origin, message));
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing was lost: everything was already read
    }
  }
}
