package org.kronika.formats;

/**
 * Limits for {@link DocumentReader}.
 *
 * @param maxBytes the largest document accepted, in bytes of UTF-8: a whole file for seed, txt and
 *     html input, one line for JSONL (a JSONL file itself may be any size, since it is streamed).
 *     Larger inputs are rejected without being read into memory.
 */
public record ReaderOptions(long maxBytes) {
  /** 5 MB per document. */
  public static final ReaderOptions DEFAULTS = new ReaderOptions(5_000_000L);

  /** Above this a document cannot be held in one array. */
  static final long MAX_LIMIT = Integer.MAX_VALUE - 64;

  public ReaderOptions {
    if (maxBytes < 1 || maxBytes > MAX_LIMIT) {
      throw new IllegalArgumentException("maxBytes must be in 1.." + MAX_LIMIT + ", got " + maxBytes);
    }
  }

  public ReaderOptions withMaxBytes(long newMaxBytes) {
    return new ReaderOptions(newMaxBytes);
  }
}
