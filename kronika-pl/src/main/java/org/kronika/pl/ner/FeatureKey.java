package org.kronika.pl.ner;

import java.util.Locale;

/**
 * 64-bit keys of feature strings, computed from the string's parts as they are written, so the
 * recogniser scores a feature without building its string. A feature string is a name up to and
 * including its first {@code =} (the whole string when it has none) and a value; its key joins
 * the name's hash with the value's: {@code of("w=" + word)} equals
 * {@code join(name("w="), put(START, word))}, so a token's value (its word, lemma, …) is hashed
 * once and reused by every feature that names it. Hashes are FNV-1a over UTF-16 units; {@link
 * #mix} spreads a key for table indexing. The trained model stores feature strings; the decoder
 * hashes them once at load ({@link FeatureTable}). Stateless.
 */
final class FeatureKey {
  /** The key of the empty string, where every feature starts. */
  static final long START = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private FeatureKey() {}

  static long of(String s) {
    int eq = s.indexOf('=');
    return eq < 0 ? join(name(s), START) : join(name(s.substring(0, eq + 1)), put(START, s, eq + 1,
        s.length()));
  }

  /** The hash of a feature name ({@code "w="}, {@code "bias"}), ready for {@link #join}. */
  static long name(String name) {
    return mix(put(START, name));
  }

  /** The key of a feature from its name's {@link #name} and its value's hash. */
  static long join(long name, long value) {
    return name + value;
  }

  static long put(long h, String s) {
    return put(h, s, 0, s.length());
  }

  /** Appends {@code s.substring(from, to)}. */
  static long put(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * PRIME;
    }
    return h;
  }

  /** Appends {@code s.toLowerCase(Locale.ROOT)} without building it. */
  static long putLower(long h, String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (Character.isSurrogate(ch) || ch == '\u0130' || ch == '\u03a3') {
        // the cases String.toLowerCase treats specially: take its result
        return put(h, s.toLowerCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < n; i++) {
      h = (h ^ Character.toLowerCase(s.charAt(i))) * PRIME;
    }
    return h;
  }

  /** A bijective 64-bit finaliser (MurmurHash3's), so equal keys stay equal and unequal unequal. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
