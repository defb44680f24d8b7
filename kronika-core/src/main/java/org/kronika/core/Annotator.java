package org.kronika.core;

import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Layer;

/**
 * One step of the pipeline. Implementations are immutable after construction and safe to share
 * between threads: {@link #annotate} must not mutate shared state.
 */
public interface Annotator {
  /** A stable name, used in configuration ({@code name.option=value}) and error messages. */
  String name();

  /** Layers that must be present before this annotator runs. */
  Set<Layer> requires();

  /** Layers this annotator adds. */
  Set<Layer> produces();

  /** Returns a new document with this annotator's layers added. */
  AnnotatedDocument annotate(AnnotatedDocument doc);
}
