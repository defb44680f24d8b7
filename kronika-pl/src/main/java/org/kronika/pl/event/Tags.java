package org.kronika.pl.event;

import java.util.List;
import org.kronika.api.Reading;
import org.kronika.api.Token;

/**
 * Reads NKJP positional tags ({@code subst:sg:gen:f}, {@code praet:pl:m1:perf}, dotted
 * alternatives such as {@code gen.dat}) into small bit masks. Stateless.
 */
public final class Tags {
  public static final int NOM = 1, GEN = 2, DAT = 4, ACC = 8, INST = 16, LOC = 32, VOC = 64;
  public static final int ALL_CASES = 127;
  public static final int SG = 1, PL = 2;

  private Tags() {}

  public static String pos(String tag) {
    if (tag == null) {
      return "";
    }
    int c = tag.indexOf(':');
    return c < 0 ? tag : tag.substring(0, c);
  }

  private static int caseBit(String t, int off, int len) {
    if (len == 3) {
      if (t.startsWith("nom", off)) {
        return NOM;
      } else if (t.startsWith("gen", off)) {
        return GEN;
      } else if (t.startsWith("dat", off)) {
        return DAT;
      } else if (t.startsWith("acc", off)) {
        return ACC;
      } else if (t.startsWith("loc", off)) {
        return LOC;
      } else if (t.startsWith("voc", off)) {
        return VOC;
      }
    } else if (len == 4 && t.startsWith("inst", off)) {
      return INST;
    }
    return 0;
  }

  /** Case bits named in one tag (prepositions carry the case they govern); allocation-free. */
  public static int cases(String tag) {
    return orFields(tag, Tags::caseBit);
  }

  /** The bit one tag field {@code tag[off, off + len)} stands for, 0 when none. */
  @FunctionalInterface
  private interface FieldBit {
    int of(String tag, int off, int len);
  }

  /** OR of {@code bit} over the tag's fields (pieces between ':' and '.'); 0 for null. */
  private static int orFields(String tag, FieldBit bit) {
    if (tag == null) {
      return 0;
    }
    int m = 0;
    int n = tag.length();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && tag.charAt(j) != ':' && tag.charAt(j) != '.') {
        j++;
      }
      m |= bit.of(tag, i, j - i);
      i = j + 1;
    }
    return m;
  }

  /** True when the tag's part of speech is {@code pos}. */
  public static boolean posIs(String tag, String pos) {
    return tag != null && tag.startsWith(pos)
        && (tag.length() == pos.length() || tag.charAt(pos.length()) == ':');
  }

  /** Case bits over all readings of a token whose part of speech is one of {@code poses}. */
  public static int readingCases(Token t, String... poses) {
    int m = 0;
    for (Reading r : t.readings()) {
      String p = pos(r.tag());
      for (String want : poses) {
        if (p.equals(want)) {
          m |= cases(r.tag());
        }
      }
    }
    if (t.tag() != null) {
      m |= cases(t.tag());
    }
    return m;
  }

  public static int number(String tag) {
    return orFields(tag, Tags::numberBit);
  }

  private static int numberBit(String tag, int off, int len) {
    if (len == 2) {
      if (tag.startsWith("sg", off)) {
        return SG;
      } else if (tag.startsWith("pl", off)) {
        return PL;
      }
    }
    return 0;
  }

  /** Gender field values ({@code m1}, {@code m2}, {@code m3}, {@code f}, {@code n}); empty when none. */
  public static List<String> genders(String tag) {
    if (tag == null) {
      return List.of();
    }
    // the pieces between ':' and '.', left to right, as split(":") then split("\\.") give them
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    int n = tag.length();
    int i = 0;
    while (i <= n) {
      int j = i;
      while (j < n && tag.charAt(j) != ':' && tag.charAt(j) != '.') {
        j++;
      }
      String g = gender(tag, i, j - i);
      if (g != null) {
        out.add(g);
      }
      i = j + 1;
    }
    return out;
  }

  private static final List<String> GENDERS = List.of("m1", "m2", "m3", "f", "n", "n1", "n2", "p1",
      "p2", "p3");

  /** The gender value {@code tag[off, off + len)} spells, or null. */
  private static String gender(String tag, int off, int len) {
    if (len < 1 || len > 2) {
      return null;
    }
    for (String g : GENDERS) {
      if (g.length() == len && tag.startsWith(g, off)) {
        return g;
      }
    }
    return null;
  }

  public static boolean isFiniteVerb(String tag) {
    return switch (pos(tag)) {
      case "fin", "praet", "bedzie", "impt", "imps", "winien", "aglt" -> true;
      default -> false;
    };
  }

  public static boolean isVerbal(String tag) {
    return isFiniteVerb(tag) || pos(tag).equals("inf") || pos(tag).equals("pcon")
        || pos(tag).equals("pant");
  }

  public static boolean isNoun(String tag) {
    return switch (pos(tag)) {
      case "subst", "depr", "ger", "brev", "ign" -> true;
      default -> false;
    };
  }

  public static boolean isAdj(String tag) {
    return switch (pos(tag)) {
      case "adj", "ppas", "pact", "adja" -> true;
      default -> false;
    };
  }

  public static boolean isNum(String tag) {
    return pos(tag).equals("num") || pos(tag).equals("dig") || pos(tag).equals("numcol");
  }
}
