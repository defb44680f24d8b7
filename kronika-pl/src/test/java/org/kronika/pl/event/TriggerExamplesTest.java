package org.kronika.pl.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Event;

/** Every example in the trigger lexicons gives the event it promises. */
class TriggerExamplesTest {

  @Test
  void lexiconExamples() {
    List<String> failures = new ArrayList<>();
    List<EventLexicon.Example> examples = EventLexicon.polish().examples();
    assertThat(examples).hasSizeGreaterThan(60);
    for (EventLexicon.Example ex : examples) {
      String spec = ex.expected();
      String fact = null;
      for (String f : List.of("probable", "possible", "negated", "unknown", "fact")) {
        if (spec.endsWith(" " + f)) {
          fact = f;
          spec = spec.substring(0, spec.length() - f.length()).strip();
        }
      }
      String[] want = EventMatch.parseCore(spec);
      AnnotatedDocument ad = EventTestPipeline.get().annotate(ex.text(), "2024-03");
      boolean ok = false;
      for (Event e : ad.events()) {
        ok |= EventMatch.core(ad, e).equals(want[2]) && (want[1] == null || want[1].equals(e.mode()))
            && (fact == null || fact.equals(e.factuality()));
      }
      if (!ok) {
        failures.add(ex.file() + ": " + ex.text() + " => " + ex.expected() + "   got "
            + ad.events().stream().map(e -> EventMatch.core(ad, e) + "/" + e.mode() + " " + e.factuality()).toList());
      }
    }
    assertThat(failures).isEmpty();
  }
}
