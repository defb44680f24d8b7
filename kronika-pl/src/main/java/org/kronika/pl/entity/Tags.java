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

  /** The part of speech: the first position. */
  public static String pos(String atomicTag) {
    int c = atomicTag.indexOf(':');
    return c < 0 ? atomicTag : atomicTag.substring(0, c);
  }

  /** The case position's value, or null when the tag has none. */
  public static String caseOf(String atomicTag) {
    for (String p : atomicTag.split(":")) {
      if (CASES.contains(p)) {
        return p;
      }
    }
    return null;
  }

  /** The number ({@code sg} or {@code pl}), or null. */
  public static String numberOf(String atomicTag) {
    for (String p : atomicTag.split(":")) {
      if (p.equals("sg") || p.equals("pl")) {
        return p;
      }
    }
    return null;
  }

  /** The gender ({@code m1 m2 m3 f n n1 n2 p1 p2 p3}), or null. */
  public static String genderOf(String atomicTag) {
    for (String p : atomicTag.split(":")) {
      if (p.matches("m[123]|f|n[12]?|p[123]")) {
        return p;
      }
    }
    return null;
  }

  /** The tag with its case value replaced. */
  public static String withCase(String atomicTag, String newCase) {
    String[] parts = atomicTag.split(":");
    for (int i = 0; i < parts.length; i++) {
      if (CASES.contains(parts[i])) {
        parts[i] = newCase;
      }
    }
    return String.join(":", parts);
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
    String p = pos(atomicTag);
    return p.equals("subst") || p.equals("depr");
  }

  /** Whether the tag is adjectival ({@code adj}, and participles {@code ppas}, {@code pact}). */
  public static boolean isAdjective(String atomicTag) {
    String p = pos(atomicTag);
    return p.equals("adj") || p.equals("ppas") || p.equals("pact");
  }
}
