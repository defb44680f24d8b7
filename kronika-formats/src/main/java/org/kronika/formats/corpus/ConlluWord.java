package org.kronika.formats.corpus;

/**
 * One line of a CoNLL-U sentence: a syntactic word, a multiword range ({@code 2-3}) or an empty
 * node ({@code 5.1}). Columns are kept verbatim ({@code _} stays {@code _}) so a sentence can be
 * written back unchanged except for the columns a caller replaces.
 */
public record ConlluWord(
    String id,
    String form,
    String lemma,
    String upos,
    String xpos,
    String feats,
    String head,
    String deprel,
    String deps,
    String misc) {

  /** Parses one tab-separated line with exactly ten columns. */
  public static ConlluWord parse(String line) {
    String[] c = line.split("\t", -1);
    if (c.length != 10) {
      throw new IllegalArgumentException("CoNLL-U line must have 10 columns, got " + c.length + ": " + line);
    }
    return new ConlluWord(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
  }

  /** A multiword token range such as {@code 2-3}: not a syntactic word. */
  public boolean isRange() {
    return id.indexOf('-') >= 0;
  }

  /** An enhanced-dependency empty node such as {@code 5.1}: not a syntactic word. */
  public boolean isEmptyNode() {
    return id.indexOf('.') >= 0;
  }

  /** A syntactic word: neither a range nor an empty node. */
  public boolean isWord() {
    return !isRange() && !isEmptyNode();
  }

  public ConlluWord withMorphology(String newLemma, String newUpos, String newXpos) {
    return new ConlluWord(id, form, newLemma, newUpos, newXpos, feats, head, deprel, deps, misc);
  }

  public String toLine() {
    return String.join("\t", id, form, lemma, upos, xpos, feats, head, deprel, deps, misc);
  }
}
