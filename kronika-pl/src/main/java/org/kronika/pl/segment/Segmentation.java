package org.kronika.pl.segment;

import java.util.List;
import org.kronika.api.Sentence;
import org.kronika.api.Token;

/** Sentences and tokens of one text, with offsets into that text. */
public record Segmentation(List<Sentence> sentences, List<Token> tokens) {
  public Segmentation {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }
}
