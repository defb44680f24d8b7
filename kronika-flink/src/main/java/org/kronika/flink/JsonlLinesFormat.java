package org.kronika.flink;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a file as JSONL lines for {@link org.apache.flink.connector.file.src.FileSource}: one
 * {@link RawInput} per non-blank line, carrying the file's path and the 1-based line number, so a
 * document's {@code origin} is exactly what {@code kronika extract} gives it. Line breaks are
 * {@code \n}; a trailing {@code \r} stays and the reader drops it, as {@code kronika extract} does.
 *
 * <p>A file is one split (not splittable: line numbers need the whole file). The checkpointed
 * position is the number of records already emitted; a restored reader reads the file again from
 * the start and skips them, which costs one re-read of the part already done and keeps line
 * numbers exact. A line longer than {@link #MAX_LINE_BYTES} is cut there; the reader then reports it
 * as too long, and it goes to the dead letters.
 */
public final class JsonlLinesFormat implements BulkFormat<RawInput, FileSourceSplit> {
  private static final long serialVersionUID = 1L;
  /** Lines per batch handed to Flink. */
  private static final int BATCH = 64;
  /** Longer lines are cut (one byte over the reader's limit, so it reports them as too large). */
  static final int MAX_LINE_BYTES = (int) org.kronika.formats.ReaderOptions.DEFAULTS.maxBytes() + 1;

  @Override
  public Reader<RawInput> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return new LineReader(split, 0);
  }

  @Override
  public Reader<RawInput> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return new LineReader(split, skip);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<RawInput> getProducedType() {
    return TypeInformation.of(RawInput.class);
  }

  private static final class LineReader implements Reader<RawInput> {
    private final String path;
    private final FSDataInputStream raw;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private long emitted;
    private int lineNumber;
    private boolean eof;

    LineReader(FileSourceSplit split, long skip) throws IOException {
      this.path = split.path().toUri().getPath();
      this.raw = split.path().getFileSystem().open(split.path());
      this.in = new BufferedInputStream(raw, 64 * 1024);
      while (emitted < skip) {
        if (next() == null) {
          break;
        }
        emitted++;
      }
    }

    @Override
    public RecordIterator<RawInput> readBatch() throws IOException {
      List<RawInput> batch = new ArrayList<>(BATCH);
      while (batch.size() < BATCH) {
        RawInput r = next();
        if (r == null) {
          break;
        }
        batch.add(r);
      }
      if (batch.isEmpty()) {
        return null;
      }
      long start = emitted;
      emitted += batch.size();
      return new IteratorResultIterator<>(batch.iterator(), CheckpointedPosition.NO_OFFSET, start);
    }

    /** The next non-blank line, or null at the end of the file. */
    private RawInput next() throws IOException {
      while (!eof) {
        line.reset();
        boolean any = false;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
          any = true;
          if (line.size() < MAX_LINE_BYTES) {
            line.write(b);
          }
        }
        if (b < 0) {
          eof = true;
          if (!any) {
            return null;
          }
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        if (!isBlank(bytes)) {
          return new RawInput(path, lineNumber, bytes);
        }
      }
      return null;
    }

    private static boolean isBlank(byte[] b) {
      for (byte x : b) {
        if (x != ' ' && x != '\t' && x != '\r') {
          return false;
        }
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
      raw.close();
    }
  }
}
