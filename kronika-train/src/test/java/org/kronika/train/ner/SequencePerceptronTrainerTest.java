package org.kronika.train.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import morfologik.stemming.polish.PolishStemmer;
import opennlp.tools.ml.model.AbstractModel;
import org.junit.jupiter.api.Test;
import org.kronika.pl.ner.Gazetteer;
import org.kronika.pl.ner.LabelCodec;
import org.kronika.pl.ner.LabelCodec.TokenSpan;
import org.kronika.pl.ner.NerFeatures;
import org.kronika.pl.ner.NerModel;
import org.kronika.pl.ner.PolishNer;

/** The structured perceptron learns a small labelled set and its model decodes as trained. */
class SequencePerceptronTrainerTest {
  private static final String[][] PEOPLE = {{"Jan", "Kowalski"}, {"Anna", "Nowak"},
      {"Piotr", "Wiśniewski"}, {"Maria", "Wójcik"}, {"Tomasz", "Lewandowski"}};
  private static final String[] CITIES = {"Krakowie", "Gdańsku", "Poznaniu", "Lublinie"};
  private static final String[] FIRMS = {"Orlen", "Allegro", "Comarch"};

  /** "Jan Kowalski mieszka w Krakowie i pracuje w Orlen ." with the names marked. */
  static List<NerSample> samples() {
    List<NerSample> out = new ArrayList<>();
    int doc = 0;
    for (String[] p : PEOPLE) {
      for (String city : CITIES) {
        for (String firm : FIRMS) {
          List<String> words = Arrays.asList(p[0], p[1], "mieszka", "w", city, "i", "pracuje", "w",
              firm, ".");
          out.add(new NerSample(doc++, words, List.of(new TokenSpan(0, 2, "persName"),
              new TokenSpan(4, 5, "placeName.settlement"), new TokenSpan(8, 9, "orgName"))));
        }
      }
    }
    return out;
  }

  @Test
  void learnsTheTrainingSequencesAndTheModelDecodesThemWithSequenceScores() {
    List<NerSample> train = samples();
    NerFeatures features = new NerFeatures(Gazetteer.empty());
    AbstractModel classifier = new SequencePerceptronTrainer(LabelCodec.BIO, 3, 1)
        .train(train, List.of(), features, new PolishStemmer(), 5, 1);
    PolishNer ner = new PolishNer(new NerModel(classifier, LabelCodec.BIO, 3, true), features, false);
    for (NerSample s : train) {
      assertThat(ner.recognize(s.words())).as(String.join(" ", s.words())).isEqualTo(s.names());
    }
    // the previous-label features are in the model under the names the decoder reads
    assertThat(new NerModel(classifier, LabelCodec.BIO, 3, true).featureValues("p1=")).isNotEmpty();
  }
}
