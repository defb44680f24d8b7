package org.kronika.pl.morph;

import java.util.List;

/**
 * Tags one sentence of already tokenised words: for each word, its chosen lemma, NKJP tag and UD
 * part of speech, plus every reading the dictionary offered. Implementations are thread-safe.
 */
public interface WordTagger {
  List<Analysis> tagWords(List<String> words);
}
