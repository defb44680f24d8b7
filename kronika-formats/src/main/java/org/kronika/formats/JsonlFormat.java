package org.kronika.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.api.Source;

/**
 * One line of a JSONL file: one JSON object per line.
 *
 * <table>
 *   <caption>JsonlFormat</caption>
 *   <tr><th>requires</th><td>a JSON object with a non-empty string {@code text}; optional strings
 *       {@code id} (or an integer), {@code date} (partial ISO date, clock time allowed), {@code
 *       title}, {@code url}, {@code lang}; optional {@code source} as a string ({@code
 *       "Kresy.pl/Reuters"}) or an object {@code {"publisher": "...", "credits": ["..."]}}. Other
 *       fields are ignored; null counts as absent.</td></tr>
 *   <tr><th>produces</th><td>a document with those fields; {@code text} exactly as given (no
 *       byline removal, offsets refer to it); {@code id} null when absent, so the document hashes
 *       its text</td></tr>
 *   <tr><th>fails on</th><td>malformed JSON, a value that is not an object, missing or empty
 *       {@code text}, a field of the wrong type, an invalid date</td></tr>
 * </table>
 *
 * <p>{@link DocumentReader} feeds it one line at a time, so a file of any size is streamed.
 */
public final class JsonlFormat implements DocumentFormat {
  private final ObjectMapper mapper;
  private final BylineParser bylines;

  public JsonlFormat(BylineParser bylines) {
    this.bylines = bylines;
    this.mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  @Override
  public InputFormat format() {
    return InputFormat.JSONL;
  }

  @Override
  public ReadResult parse(String line, Origin origin) {
    JsonNode root;
    try {
      root = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return ReadResult.Failed.at(origin, "malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      return ReadResult.Failed.at(
          origin, "expected a JSON object, got " + (root == null ? "nothing" : root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
    }
    try {
      String text = string(root, "text");
      if (text == null || text.isBlank()) {
        return ReadResult.Failed.at(origin, "missing or empty \"text\"");
      }
      String date = string(root, "date");
      if (date != null) {
        try {
          date = PartialDate.parse(date, true);
        } catch (IllegalArgumentException e) {
          return ReadResult.Failed.at(origin, "bad \"date\": " + e.getMessage());
        }
      }
      Document doc =
          new Document(
              id(root),
              string(root, "lang"),
              date,
              string(root, "title"),
              string(root, "url"),
              source(root),
              origin,
              text);
      return new ReadResult.Ok(doc);
    } catch (WrongType e) {
      return ReadResult.Failed.at(origin, e.getMessage());
    }
  }

  private static String id(JsonNode root) {
    JsonNode n = root.get("id");
    if (n != null && n.isIntegralNumber()) {
      return n.asText();
    }
    String id = string(root, "id");
    return id == null || id.isBlank() ? null : id;
  }

  private Source source(JsonNode root) {
    JsonNode n = root.get("source");
    if (n == null || n.isNull()) {
      return Source.UNKNOWN;
    }
    if (n.isTextual()) {
      return bylines.parseSource(n.asText());
    }
    if (!n.isObject()) {
      throw new WrongType("\"source\" must be a string or an object {publisher, credits}");
    }
    String publisher = string(n, "publisher");
    List<String> credits = new ArrayList<>();
    JsonNode c = n.get("credits");
    if (c != null && !c.isNull()) {
      if (!c.isArray()) {
        throw new WrongType("\"source.credits\" must be an array of strings");
      }
      for (JsonNode e : c) {
        if (!e.isTextual()) {
          throw new WrongType("\"source.credits\" must be an array of strings");
        }
        if (!e.asText().isBlank()) {
          credits.add(e.asText().strip());
        }
      }
    }
    return new Source(publisher == null || publisher.isBlank() ? null : publisher.strip(), credits);
  }

  private static String string(JsonNode obj, String field) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new WrongType("\"" + field + "\" must be a string, got " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return n.asText();
  }

  /** A field of the wrong JSON type; turned into a failure for the line. */
  private static final class WrongType extends RuntimeException {
    WrongType(String message) {
      super(message, null, false, false);
    }
  }
}
