package org.kronika.pl.morph;

/**
 * 64-bit hashes of features made of a template number and string parts, so a feature can be
 * scored without building its string. Training writes the same feature as the string
 * {@code template SEP part SEP part …} ({@link #SEP}); {@link #ofString} hashes that string to the
 * value {@link #combine} gives from the parts' hashes.
 */
public final class FeatureHash {
  /** Separates the template number and the parts in a feature string. */
  public static final char SEP = '\u0001';

  private FeatureHash() {}

  /** Hash of one part (FNV-1a over UTF-16 units, then a 64-bit finaliser). */
  public static long of(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  public static long start(int template) {
    return mix(template * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
  }

  public static long add(long h, long part) {
    return mix(h * 31 + part);
  }

  /** Hash of a feature string written by the training sink. */
  public static long ofString(String feature) {
    int i = feature.indexOf(SEP);
    if (i < 0) {
      return start(Integer.parseInt(feature));
    }
    long h = start(Integer.parseInt(feature.substring(0, i)));
    int from = i + 1;
    while (true) {
      int j = feature.indexOf(SEP, from);
      if (j < 0) {
        return add(h, of(feature.substring(from)));
      }
      h = add(h, of(feature.substring(from, j)));
      from = j + 1;
    }
  }
}
