package org.kronika.formats.corpus;

import java.util.List;

/**
 * One CoNLL-U sentence: its comment lines (without changes, including the leading {@code #}) and
 * all its lines in file order, ranges and empty nodes included.
 */
public record ConlluSentence(List<String> comments, List<ConlluWord> lines) {
  public ConlluSentence {
    comments = List.copyOf(comments);
    lines = List.copyOf(lines);
  }

  /** The syntactic words only: multiword ranges and empty nodes are left out. */
  public List<ConlluWord> words() {
    return lines.stream().filter(ConlluWord::isWord).toList();
  }

  /** The value of a {@code # key = value} comment, or null. */
  public String comment(String key) {
    for (String c : comments) {
      String s = c.substring(1).trim();
      if (s.startsWith(key)) {
        String rest = s.substring(key.length()).trim();
        if (rest.startsWith("=")) {
          return rest.substring(1).trim();
        }
      }
    }
    return null;
  }

  /** The sentence in CoNLL-U, ending with the blank line that closes it. */
  public String toConllu() {
    StringBuilder sb = new StringBuilder();
    for (String c : comments) {
      sb.append(c).append('\n');
    }
    for (ConlluWord w : lines) {
      sb.append(w.toLine()).append('\n');
    }
    return sb.append('\n').toString();
  }
}
