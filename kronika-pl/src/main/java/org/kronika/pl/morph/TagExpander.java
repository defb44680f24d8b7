package org.kronika.pl.morph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a PoliMorf (Morfologik) compound tag into atomic NKJP tags written as UD Polish PDB writes
 * its XPOS column.
 *
 * <table>
 *   <caption>conversions</caption>
 *   <tr><th>PoliMorf</th><th>NKJP / UD PDB XPOS</th></tr>
 *   <tr><td>{@code a+b}</td><td>each of a and b</td></tr>
 *   <tr><td>{@code sg:nom.acc:m3}</td><td>one tag per value: {@code sg:nom:m3}, {@code sg:acc:m3}</td></tr>
 *   <tr><td>{@code verb:fin:sg:ter:imperf:refl.nonrefl}</td><td>{@code fin:sg:ter:imperf} (no {@code verb:}, no reflexivity)</td></tr>
 *   <tr><td>{@code verb:praet:sg:m1:ter:perf}, {@code verb:pot:…}</td><td>{@code praet:sg:m1:perf} (person belongs to the agglutinate)</td></tr>
 *   <tr><td>subst gender {@code n1 n2 p1 p2 p3}</td><td>{@code n:col n:ncol m1:pt n:pt n:pt}</td></tr>
 *   <tr><td>other genders {@code n1 n2 p1 p2 p3}</td><td>{@code n n m1 n n}</td></tr>
 *   <tr><td>{@code num:…:congr} gender n1 / other</td><td>{@code …:congr:col} / {@code …:congr:ncol}</td></tr>
 *   <tr><td>{@code siebie:acc:nakc}</td><td>{@code siebie:acc}</td></tr>
 *   <tr><td>{@code qub}, {@code burk}</td><td>{@code part}, {@code frag}</td></tr>
 * </table>
 */
public final class TagExpander {
  private TagExpander() {}

  /** Atomic tags for a compound PoliMorf tag, deduplicated, in dictionary order. */
  public static List<String> expand(String compound) {
    Set<String> out = new LinkedHashSet<>();
    int from = 0;
    while (from <= compound.length()) {
      int plus = compound.indexOf('+', from);
      if (plus < 0) {
        plus = compound.length();
      }
      if (plus > from) {
        expandOne(compound.substring(from, plus), out);
      }
      from = plus + 1;
    }
    return new ArrayList<>(out);
  }

  private static void expandOne(String part, Set<String> out) {
    String[] f = part.split(":");
    List<String[]> alts = new ArrayList<>(f.length);
    int start = f[0].equals("verb") && f.length > 1 ? 1 : 0;
    for (int i = start; i < f.length; i++) {
      alts.add(f[i].split("\\."));
    }
    String[] cur = new String[alts.size()];
    product(alts, 0, cur, out);
  }

  private static void product(List<String[]> alts, int i, String[] cur, Set<String> out) {
    if (i == alts.size()) {
      String t = normalise(cur);
      if (t != null) {
        out.add(t);
      }
      return;
    }
    for (String v : alts.get(i)) {
      cur[i] = v;
      product(alts, i + 1, cur, out);
    }
  }

  /** Normalises one atomic PoliMorf tag (fields without alternatives) to UD PDB form. */
  static String normalise(String[] f) {
    String pos = f[0];
    List<String> r = new ArrayList<>(f.length + 1);
    switch (pos) {
      case "qub" -> {
        return "part";
      }
      case "burk" -> {
        return "frag";
      }
      case "pred" -> {
        return "pred";
      }
      case "siebie" -> {
        return f.length > 1 ? "siebie:" + f[1] : "siebie";
      }
      case "praet", "pot", "winien" -> {
        r.add(pos.equals("pot") ? "praet" : pos);
        for (int i = 1; i < f.length; i++) {
          String v = f[i];
          if (isPerson(v) || isRefl(v)) {
            continue;
          }
          r.add(isGender(v) ? plainGender(v) : v);
        }
      }
      case "subst" -> {
        r.add(pos);
        String extra = null;
        for (int i = 1; i < f.length; i++) {
          String v = f[i];
          if (isGender(v)) {
            switch (v) {
              case "n1" -> { r.add("n"); extra = "col"; }
              case "n2" -> { r.add("n"); extra = "ncol"; }
              case "p1" -> { r.add("m1"); extra = "pt"; }
              case "p2", "p3" -> { r.add("n"); extra = "pt"; }
              default -> r.add(v);
            }
          } else {
            r.add(v);
          }
        }
        if (extra != null) {
          r.add(extra);
        }
      }
      case "num" -> {
        r.add(pos);
        boolean col = false;
        boolean hasAcm = false;
        for (int i = 1; i < f.length; i++) {
          String v = f[i];
          if (isGender(v)) {
            col |= v.equals("n1");
            r.add(plainGender(v));
          } else {
            hasAcm |= v.equals("congr") || v.equals("rec");
            r.add(v);
          }
        }
        if (hasAcm) {
          r.add(col ? "col" : "ncol");
        }
      }
      default -> {
        r.add(pos);
        for (int i = 1; i < f.length; i++) {
          String v = f[i];
          if (isRefl(v)) {
            continue;
          }
          r.add(isGender(v) ? plainGender(v) : v);
        }
      }
    }
    return String.join(":", r);
  }

  private static boolean isPerson(String v) {
    return v.equals("pri") || v.equals("sec") || v.equals("ter");
  }

  private static boolean isRefl(String v) {
    return v.equals("refl") || v.equals("nonrefl");
  }

  private static boolean isGender(String v) {
    return switch (v) {
      case "m1", "m2", "m3", "f", "n", "n1", "n2", "p1", "p2", "p3" -> true;
      default -> false;
    };
  }

  private static String plainGender(String v) {
    return switch (v) {
      case "n1", "n2", "p2", "p3" -> "n";
      case "p1" -> "m1";
      default -> v;
    };
  }
}
