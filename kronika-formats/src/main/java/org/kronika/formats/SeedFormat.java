package org.kronika.formats;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.api.Source;

/**
 * The seed article format.
 *
 * <table>
 *   <caption>SeedFormat</caption>
 *   <tr><th>requires</th><td>optional leading white space, then {@code date YYYY[-MM[-DD]]} or
 *       {@code date unknown}; the rest of that line is the title; then the body; optionally a
 *       trailing byline line ({@link BylineParser})</td></tr>
 *   <tr><th>produces</th><td>{@code text}: from the title's first character to the end of the
 *       body exactly as in the file, without the byline and trailing white space; {@code title}:
 *       the rest of the first line, trimmed (null when empty); {@code date}: the partial ISO value
 *       or null for {@code unknown}; {@code source}: from the byline; {@code id, lang, url}:
 *       null</td></tr>
 *   <tr><th>fails on</th><td>a missing or invalid date header ({@code date 2023-13}), no text
 *       after the header</td></tr>
 * </table>
 */
public final class SeedFormat implements DocumentFormat {
  /** Matches the header up to the title (or the end of the header line). */
  static final Pattern HEADER = Pattern.compile("\\s*date[ \\t]+(\\S+)[ \\t\\u00A0]*");

  private final BylineParser bylines;

  public SeedFormat(BylineParser bylines) {
    this.bylines = bylines;
  }

  @Override
  public InputFormat format() {
    return InputFormat.SEED;
  }

  @Override
  public ReadResult parse(String text, Origin origin) {
    Matcher m = HEADER.matcher(text);
    if (!m.lookingAt()) {
      return ReadResult.Failed.at(
          origin, "not in seed format: expected a first line 'date YYYY[-MM[-DD]] title' or 'date unknown title'");
    }
    String date;
    if (m.group(1).equals("unknown")) {
      date = null;
    } else {
      try {
        date = PartialDate.parse(m.group(1), false);
      } catch (IllegalArgumentException e) {
        return ReadResult.Failed.at(origin, "bad 'date' header: " + e.getMessage());
      }
    }
    int lineEnd = text.indexOf('\n', m.end());
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    String title = text.substring(m.end(), lineEnd).strip();
    int start = m.end();
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length()) {
      return ReadResult.Failed.at(origin, "no text after the 'date' header");
    }
    String body = text.substring(start);
    Source source = Source.UNKNOWN;
    Optional<BylineParser.Split> split = bylines.splitTrailing(body);
    if (split.isPresent()) {
      source = split.get().source();
      body = body.substring(0, split.get().bodyEnd());
    } else {
      body = body.stripTrailing();
    }
    return new ReadResult.Ok(
        new Document(null, null, date, title.isEmpty() ? null : title, null, source, origin, body));
  }
}
