package org.kronika.formats;

import org.kronika.api.Origin;

/**
 * A parser for one input format. It works on text already decoded and checked by {@link
 * DocumentReader} (valid UTF-8, not binary, within the size limit, byte-order mark removed), so
 * implementations do no IO. They are immutable and thread-safe.
 *
 * <p>The unit of input is a whole file for seed, txt and html, and one line for JSONL.
 */
public sealed interface DocumentFormat permits SeedFormat, TextFormat, HtmlFormat, JsonlFormat {

  /** Which format this is. Never {@link InputFormat#AUTO}. */
  InputFormat format();

  /**
   * Parses one unit of input.
   *
   * @param text the decoded unit
   * @param origin where it came from; copied into the document and used to locate failures
   * @return the document, or a one-line failure; never throws on bad input
   */
  ReadResult parse(String text, Origin origin);
}
