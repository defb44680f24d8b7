package org.kronika.pl.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the segmenter uses, read once from this package's resource files: abbreviations by
 * {@link AbbreviationClass} and the sentence starters. Immutable.
 */
public final class SegmentationRules {
  /** Resource file of words that start sentences rather than names. */
  public static final String STARTERS = "sentence-starters.txt";
  /** Resource file with examples only, for the segmenter's built-in rules. */
  public static final String EXAMPLES = "segmentation-examples.txt";

  private final Map<String, AbbreviationClass> abbreviations;
  private final Set<String> starters;
  private final int maxAbbreviationLength;

  private SegmentationRules(Map<String, AbbreviationClass> abbreviations, Set<String> starters) {
    this.abbreviations = Map.copyOf(abbreviations);
    this.starters = Set.copyOf(starters);
    int max = 0;
    for (String a : this.abbreviations.keySet()) {
      max = Math.max(max, a.length());
    }
    this.maxAbbreviationLength = max;
  }

  /** Every resource file of the segmenter, each carrying examples. */
  public static List<String> resourceFiles() {
    List<String> files = new ArrayList<>();
    for (AbbreviationClass c : AbbreviationClass.values()) {
      files.add(c.resource());
    }
    files.add(STARTERS);
    files.add(EXAMPLES);
    return Collections.unmodifiableList(files);
  }

  /** Loads the default lists from the classpath. */
  public static SegmentationRules load() {
    Map<String, AbbreviationClass> abbr = new HashMap<>();
    for (AbbreviationClass c : AbbreviationClass.values()) {
      RuleFile f = RuleFile.read(c.resource());
      for (String e : f.entries()) {
        if (!e.endsWith(".") || e.chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalStateException(
              c.resource() + ": abbreviation '" + e + "' must end with '.' and contain no space");
        }
        AbbreviationClass old = abbr.put(e, c);
        if (old != null && old != c) {
          throw new IllegalStateException("abbreviation '" + e + "' is both " + old + " and " + c);
        }
      }
    }
    Set<String> starters = new HashSet<>();
    for (String e : RuleFile.read(STARTERS).entries()) {
      starters.add(e.toLowerCase(Locale.ROOT));
    }
    return new SegmentationRules(abbr, starters);
  }

  /**
   * The class of an abbreviation written with its final period, e.g. {@code "br."}; the lower-case
   * form is tried when the exact one is not listed. Null when not an abbreviation.
   */
  public AbbreviationClass abbreviationClass(String withPeriod) {
    if (withPeriod.length() > maxAbbreviationLength) {
      return null;
    }
    AbbreviationClass c = abbreviations.get(withPeriod);
    if (c == null) {
      String lower = withPeriod.toLowerCase(Locale.ROOT);
      if (!lower.equals(withPeriod)) {
        c = abbreviations.get(lower);
      }
    }
    return c;
  }

  /** Whether a capitalised word typically starts a sentence (e.g. {@code Potem}, {@code W}). */
  public boolean isSentenceStarter(String word) {
    return starters.contains(word.toLowerCase(Locale.ROOT));
  }
}
