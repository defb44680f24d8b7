package org.kronika.pl.time;

import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Layer;
import org.kronika.core.Annotator;
import org.kronika.core.Config;

/**
 * Tags Polish time expressions and resolves them to ISO 8601 values.
 *
 * <table>
 *   <caption>time annotator</caption>
 *   <tr><th>name</th><td>{@code time}</td></tr>
 *   <tr><th>requires</th><td>nothing: it scans the raw text itself (character offsets)</td></tr>
 *   <tr><th>produces</th><td>{@link Layer#TIMES}</td></tr>
 *   <tr><th>option {@code time.anchor}</th><td>{@code document} (default): resolve against the
 *       document date; {@code none}: leave relative expressions unresolved; or an ISO date used
 *       for every document</td></tr>
 * </table>
 *
 * <p>Spans include a leading preposition that belongs to the expression ({@code w czwartek},
 * {@code od sierpnia br.}). Values follow {@link TimeResolver}'s conventions: the granularity
 * never exceeds what the document date supports, so {@code w czwartek} in a document dated
 * {@code 2023-11} is {@code 2023-11} with mod {@code weekday}, and {@code w ubiegłym tygodniu}
 * is {@code 2023-10/2023-11} with mod {@code within} (the months the week may fall in).
 * Immutable and thread-safe.
 */
public final class TimeAnnotator implements Annotator {
  private final TimeTagger tagger;
  private final String anchor;

  public TimeAnnotator(Config config) {
    this.tagger = TimeTagger.polish();
    this.anchor = config.get("anchor", "document");
  }

  public TimeAnnotator() {
    this(Config.empty());
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TIMES);
  }

  @Override
  public AnnotatedDocument annotate(AnnotatedDocument doc) {
    String date = switch (anchor) {
      case "document" -> doc.document().date();
      case "none" -> null;
      default -> anchor;
    };
    return doc.withTimes(tagger.tag(doc.text(), date));
  }
}
