package org.kronika.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kronika.formats.TestInputs.failed;
import static org.kronika.formats.TestInputs.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.api.Source;

class TextFormatTest {
  private final TextFormat txt = new TextFormat(new BylineParser());
  private final Origin origin = Origin.of("a.txt");

  @Test
  void headlineBodyAndByline() {
    Document d = ok(txt.parse("\nMosty zostaną wyremontowane\n\nRemont potrwa dwa lata.\n\n(PAP)\n", origin));
    assertThat(d.title()).isEqualTo("Mosty zostaną wyremontowane");
    assertThat(d.text()).isEqualTo("Mosty zostaną wyremontowane\n\nRemont potrwa dwa lata.");
    assertThat(d.source()).isEqualTo(new Source("PAP", List.of()));
    assertThat(d.date()).isNull();
  }

  @Test
  void aFirstSentenceIsNotATitle() {
    Document d = ok(txt.parse("Remont potrwa dwa lata.\nKoszt to 40 mln zł.", origin));
    assertThat(d.title()).isNull();
    assertThat(d.text()).isEqualTo("Remont potrwa dwa lata.\nKoszt to 40 mln zł.");
    assertThat(d.source()).isEqualTo(Source.UNKNOWN);
  }

  @Test
  void aSingleLineHasNoTitle() {
    assertThat(ok(txt.parse("Tylko jedna linia", origin)).title()).isNull();
  }

  @Test
  void blankTextFails() {
    assertThat(failed(txt.parse(" \n\t ", origin)).message()).contains("empty");
  }
}
