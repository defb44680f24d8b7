package org.kronika.formats;

import java.util.Optional;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.api.Source;

/**
 * Plain text.
 *
 * <table>
 *   <caption>TextFormat</caption>
 *   <tr><th>requires</th><td>any non-blank text</td></tr>
 *   <tr><th>produces</th><td>{@code text}: the whole input without leading and trailing white
 *       space and without a trailing byline ({@link BylineParser}); {@code title}: the first line
 *       when it looks like a headline (at most {@value #MAX_TITLE} characters, no final
 *       punctuation, followed by more text), else null; {@code source}: from the byline; {@code
 *       date, id, lang, url}: null</td></tr>
 *   <tr><th>fails on</th><td>blank text</td></tr>
 * </table>
 */
public final class TextFormat implements DocumentFormat {
  static final int MAX_TITLE = 200;

  private final BylineParser bylines;

  public TextFormat(BylineParser bylines) {
    this.bylines = bylines;
  }

  @Override
  public InputFormat format() {
    return InputFormat.TXT;
  }

  @Override
  public ReadResult parse(String input, Origin origin) {
    String text = input.strip();
    if (text.isEmpty()) {
      return ReadResult.Failed.at(origin, "empty text (only white space)");
    }
    Source source = Source.UNKNOWN;
    Optional<BylineParser.Split> split = bylines.splitTrailing(text);
    if (split.isPresent()) {
      source = split.get().source();
      text = text.substring(0, split.get().bodyEnd());
    }
    return new ReadResult.Ok(new Document(null, null, null, headline(text), null, source, origin, text));
  }

  /** The first line when it looks like a headline, else null. */
  static String headline(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0 || text.substring(nl).isBlank()) {
      return null;
    }
    String first = text.substring(0, nl).strip();
    if (first.isEmpty() || first.length() > MAX_TITLE) {
      return null;
    }
    char last = first.charAt(first.length() - 1);
    return ".,;:".indexOf(last) >= 0 ? null : first;
  }
}
