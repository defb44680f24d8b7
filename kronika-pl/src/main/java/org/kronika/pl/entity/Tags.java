package org.kronika.pl.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for NKJP/PoliMorf positional tags. PoliMorf joins alternative tags with {@code +} and
 * alternative values of one position with {@code .} ({@code adj:sg:gen.dat.loc:f:pos}); {@link
 * #expand} turns one such tag into the atomic tags it stands for.
 */
public final class Tags {
  /** The case values of the NKJP tagset. */
  public static final List<String> CASES = List.of("nom", "gen", "dat", "acc", "inst", "loc", "voc");

  private Tags() {}

  /** Every atomic tag a PoliMorf tag stands for, in order ({@code a:b.c} → {@code a:b}, {@code a:c}). */
  public static List<String> expand(String tag) {
    if (atomic(tag)) {
      // already atomic (the tagger's tags): the split-and-join below would give the tag back
      return List.of(tag);
    }
    List<String> out = new ArrayList<>();
    for (String alt : tag.split("\\+")) {
      String[] parts = alt.split(":");
      expand(parts, 0, new StringBuilder(), out);
    }
    return out;
  }

  private static void expand(String[] parts, int i, StringBuilder prefix, List<String> out) {
    if (i == parts.length) {
      out.add(prefix.toString());
      return;
    }
    for (String v : parts[i].split("\\.")) {
      int len = prefix.length();
      if (i > 0) {
        prefix.append(':');
      }
      prefix.append(v);
      expand(parts, i + 1, prefix, out);
      prefix.setLength(len);
    }
  }

  /**
   * Whether {@link #expand} gives the tag itself: no {@code +} or {@code .} alternatives, and no
   * trailing {@code :} (which {@link String#split} would drop).
   */
  private static boolean atomic(String tag) {
    return tag.indexOf('+') < 0 && tag.indexOf('.') < 0 && !tag.endsWith(":");
  }

  /** The part of speech: the first position. */
  public static String pos(String atomicTag) {
    int c = atomicTag.indexOf(':');
    return c < 0 ? atomicTag : atomicTag.substring(0, c);
  }

  /** The case position's value, or null when the tag has none. */
  public static String caseOf(String atomicTag) {
    return firstPosition(atomicTag, Tags::caseAt);
  }

  /** The number ({@code sg} or {@code pl}), or null. */
  public static String numberOf(String atomicTag) {
    return firstPosition(atomicTag, Tags::numberAt);
  }

  /** The gender ({@code m1 m2 m3 f n n1 n2 p1 p2 p3}), or null. */
  public static String genderOf(String atomicTag) {
    return firstPosition(atomicTag, Tags::genderAt);
  }

  /** Reads one position {@code [off, off + len)} of a tag: its value of some kind, or null. */
  private interface Position {
    String at(String tag, int off, int len);
  }

  /** The first position the reader gives a value for, or null; no allocation. */
  private static String firstPosition(String tag, Position position) {
    int n = tag.length();
    for (int i = 0; i <= n; ) {
      int j = tag.indexOf(':', i);
      if (j < 0) {
        j = n;
      }
      String v = position.at(tag, i, j - i);
      if (v != null) {
        return v;
      }
      i = j + 1;
    }
    return null;
  }

  /** The case value spelt at {@code [off, off + len)}, or null. */
  private static String caseAt(String tag, int off, int len) {
    return valueAt(CASES, tag, off, len);
  }

  private static final List<String> NUMBERS = List.of("sg", "pl");

  private static String numberAt(String tag, int off, int len) {
    return valueAt(NUMBERS, tag, off, len);
  }

  /** The gender values, each as {@link #genderOf} returns it. */
  private static final List<String> GENDERS = List.of("m1", "m2", "m3", "f", "n", "n1", "n2", "p1", "p2", "p3");

  private static String genderAt(String tag, int off, int len) {
    return valueAt(GENDERS, tag, off, len);
  }

  /** The value of {@code values} spelt exactly at {@code [off, off + len)}, or null. */
  private static String valueAt(List<String> values, String tag, int off, int len) {
    for (int k = 0; k < values.size(); k++) {
      String v = values.get(k);
      if (v.length() == len && tag.startsWith(v, off)) {
        return v;
      }
    }
    return null;
  }

  /** The tag with its case value replaced. */
  public static String withCase(String atomicTag, String newCase) {
    if (atomicTag.endsWith(":")) {
      // split drops the trailing empty positions; keep that behaviour for such odd tags
      String[] parts = atomicTag.split(":");
      for (int i = 0; i < parts.length; i++) {
        if (CASES.contains(parts[i])) {
          parts[i] = newCase;
        }
      }
      return String.join(":", parts);
    }
    StringBuilder sb = new StringBuilder(atomicTag.length() + 2);
    int n = atomicTag.length();
    for (int i = 0; i <= n; ) {
      int j = atomicTag.indexOf(':', i);
      if (j < 0) {
        j = n;
      }
      if (i > 0) {
        sb.append(':');
      }
      if (caseAt(atomicTag, i, j - i) != null) {
        sb.append(newCase);
      } else {
        sb.append(atomicTag, i, j);
      }
      i = j + 1;
    }
    return sb.toString();
  }

  /** The tag with its gender value replaced (no change when it has none). */
  public static String withGender(String atomicTag, String newGender) {
    String[] parts = atomicTag.split(":");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].matches("m[123]|f|n[12]?|p[123]")) {
        parts[i] = newGender;
      }
    }
    return String.join(":", parts);
  }

  /** Whether the tag is nominal ({@code subst}, {@code depr}) . */
  public static boolean isNoun(String atomicTag) {
    return posIs(atomicTag, "subst") || posIs(atomicTag, "depr");
  }

  /** Whether the tag is adjectival ({@code adj}, and participles {@code ppas}, {@code pact}). */
  public static boolean isAdjective(String atomicTag) {
    return posIs(atomicTag, "adj") || posIs(atomicTag, "ppas") || posIs(atomicTag, "pact");
  }

  /** Whether {@link #pos} of the tag is {@code pos}, without cutting it out. */
  private static boolean posIs(String atomicTag, String pos) {
    return atomicTag.startsWith(pos) && (atomicTag.length() == pos.length() || atomicTag.charAt(pos.length()) == ':');
  }
}
