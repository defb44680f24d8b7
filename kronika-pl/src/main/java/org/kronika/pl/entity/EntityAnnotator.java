package org.kronika.pl.entity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Layer;
import org.kronika.core.Annotator;

/**
 * Finds, normalises and links the entities of a Polish document.
 *
 * <table>
 *   <caption>Contract</caption>
 *   <tr><th>name</th><td>{@code ner}</td></tr>
 *   <tr><th>requires</th><td>{@link Layer#TOKENS} (uses {@link Layer#MORPHOLOGY} when present)</td></tr>
 *   <tr><th>produces</th><td>{@link Layer#ENTITIES}</td></tr>
 *   <tr><th>options</th><td>none</td></tr>
 *   <tr><th>resources</th><td>this package: {@code polish-synth.fsa}, {@code countries-pl.tsv},
 *       {@code country-short-names.tsv}, {@code country-adjectives.tsv}, {@code capitals.tsv},
 *       {@code org-aliases.tsv}, {@code roles.tsv}, {@code petrarch-persons.tsv.gz}
 *       (docs/models/entities.md)</td></tr>
 * </table>
 *
 * <p>Mention spans come from a {@code spans} function (the statistical NER model); the spans of
 * {@link GazetteerMentionFinder} are added where they overlap none of those. With no model, the
 * gazetteer alone supplies spans. {@link EntityResolver} turns them into entities.
 */
public final class EntityAnnotator implements Annotator {
  public static final String NAME = "ner";

  private final EntityResolver resolver;
  private final GazetteerMentionFinder gazetteer;
  private final Function<AnnotatedDocument, List<MentionSpan>> model;

  /** Gazetteer spans only. */
  public EntityAnnotator(EntityResolver resolver) {
    this(resolver, d -> List.of());
  }

  /** Model spans ∪ gazetteer spans. */
  public EntityAnnotator(EntityResolver resolver, Function<AnnotatedDocument, List<MentionSpan>> model) {
    this.resolver = Objects.requireNonNull(resolver);
    this.gazetteer = new GazetteerMentionFinder(resolver.lexicons());
    this.model = Objects.requireNonNull(model);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public AnnotatedDocument annotate(AnnotatedDocument doc) {
    // one view of the document for both: readings and lemmas are computed once per token
    DocView dv = resolver.view(doc);
    List<MentionSpan> found = gazetteer.find(dv);
    List<MentionSpan> spans = GazetteerMentionFinder.union(
        gazetteer.retypeLexiconNames(model.apply(doc), found, dv), found);
    return doc.withEntities(resolver.resolve(dv, spans));
  }
}
