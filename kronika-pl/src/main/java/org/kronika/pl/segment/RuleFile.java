package org.kronika.pl.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One segmentation resource file: its entries (one per line) and its examples.
 *
 * <p>Format: blank lines are ignored; a line starting with {@code #ex:} is an example
 * {@code text ||| expected}, where {@code expected} is a sentence count or the expected sentences
 * separated by {@code " | "}, and {@code \n} in the text stands for a line break; any other line
 * starting with {@code #} is a comment; every other line, trimmed, is an entry.
 */
public record RuleFile(String name, List<String> entries, List<Example> examples) {

  /**
   * An example: the text and either the number of sentences it must split into or the sentences
   * themselves (then {@code sentenceCount == sentences.size()}).
   */
  public record Example(String file, int line, String text, int sentenceCount, List<String> sentences) {
    public Example {
      sentences = List.copyOf(sentences);
    }

    @Override
    public String toString() {
      return file + ":" + line + ": " + text.replace("\n", "\\n");
    }
  }

  private static final String EXAMPLE_PREFIX = "#ex:";
  private static final String SEPARATOR = "|||";

  public RuleFile {
    entries = List.copyOf(entries);
    examples = List.copyOf(examples);
  }

  /** Reads a resource of this package, e.g. {@code sentence-starters.txt}. */
  public static RuleFile read(String name) {
    InputStream in = RuleFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("segmentation resource missing: " + name);
    }
    List<String> entries = new ArrayList<>();
    List<Example> examples = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String t = line.strip();
        if (t.startsWith(EXAMPLE_PREFIX)) {
          examples.add(parseExample(name, lineNo, t.substring(EXAMPLE_PREFIX.length())));
        } else if (!t.isEmpty() && !t.startsWith("#")) {
          entries.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read segmentation resource " + name, e);
    }
    return new RuleFile(name, entries, examples);
  }

  private static Example parseExample(String file, int line, String body) {
    int sep = body.lastIndexOf(SEPARATOR);
    if (sep < 0) {
      throw new IllegalStateException(file + ":" + line + ": example lacks '" + SEPARATOR + "'");
    }
    String text = body.substring(0, sep).strip().replace("\\n", "\n");
    String expected = body.substring(sep + SEPARATOR.length()).strip();
    if (!expected.isEmpty() && expected.chars().allMatch(Character::isDigit)) {
      return new Example(file, line, text, Integer.parseInt(expected), List.of());
    }
    List<String> sentences = Arrays.stream(expected.split(" \\| ")).map(String::strip).toList();
    return new Example(file, line, text, sentences.size(), sentences);
  }
}
