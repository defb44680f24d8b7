package org.kronika.formats;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.kronika.api.Document;

/** Helpers shared by the tests of this package. */
final class TestInputs {
  private TestInputs() {}

  static Path sample(String name) {
    try {
      return Path.of(TestInputs.class.getResource("/samples/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  static List<ReadResult> all(Stream<ReadResult> results) {
    try (results) {
      return results.toList();
    }
  }

  static Document ok(ReadResult r) {
    if (r instanceof ReadResult.Ok ok) {
      return ok.document();
    }
    throw new AssertionError("expected a document, got " + r);
  }

  static ReadResult.Failed failed(ReadResult r) {
    if (r instanceof ReadResult.Failed f) {
      return f;
    }
    throw new AssertionError("expected a failure, got " + r);
  }
}
