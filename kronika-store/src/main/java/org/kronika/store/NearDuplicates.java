package org.kronika.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Near-duplicate detection: MinHash over word 5-shingles of the normalised text, banded for lookup,
 * verified by exact Jaccard similarity.
 *
 * <p>Rule: the text is lower-cased and reduced to its runs of letters and digits
 * ({@link LemmaText#normalise}); its shingles are the overlapping sequences of {@value #SHINGLE}
 * words (a shorter text is one shingle). A new document joins the near-duplicate group of an earlier
 * group's <em>first</em> document when the Jaccard similarity of their shingle sets is at least
 * {@value #THRESHOLD}. Candidates are found through {@value #BANDS} LSH bands of {@value #ROWS}
 * MinHash values each (a pair at Jaccard 0.8 shares a band with probability above 0.999), then
 * checked exactly. A document that joins no group starts its own.
 */
public final class NearDuplicates {
  public static final int SHINGLE = 5;
  public static final double THRESHOLD = 0.8;
  public static final int BANDS = 32;
  public static final int ROWS = 4;
  public static final int HASHES = BANDS * ROWS;

  private NearDuplicates() {}

  /** The shingle hashes of a text. */
  public static Set<Long> shingles(String text) {
    List<String> words = LemmaText.normalise(text);
    Set<Long> out = new HashSet<>();
    if (words.isEmpty()) {
      return out;
    }
    if (words.size() <= SHINGLE) {
      out.add(hash(String.join(" ", words)));
      return out;
    }
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      out.add(hash(String.join(" ", words.subList(i, i + SHINGLE))));
    }
    return out;
  }

  /** The Jaccard similarity of two shingle sets (1 for two empty sets). */
  public static double jaccard(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> large = small == a ? b : a;
    int inter = 0;
    for (Long x : small) {
      if (large.contains(x)) {
        inter++;
      }
    }
    return inter / (double) (a.size() + b.size() - inter);
  }

  /** The MinHash signature of a shingle set: {@value #HASHES} 32-bit minima. */
  public static int[] signature(Set<Long> shingles) {
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int h = (int) (mix(s ^ SEEDS[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The band keys of a signature, one per band, distinct between bands. */
  public static long[] bands(int[] sig) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 0x9E3779B97F4A7C15L);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ (sig[b * ROWS + r] & 0xffffffffL));
      }
      out[b] = h;
    }
    return out;
  }

  public static byte[] toBytes(int[] sig) {
    ByteBuffer bb = ByteBuffer.allocate(sig.length * 4);
    for (int v : sig) {
      bb.putInt(v);
    }
    return bb.array();
  }

  /** The signature {@link #toBytes} stored. */
  public static int[] fromBytes(byte[] bytes) {
    ByteBuffer bb = ByteBuffer.wrap(bytes);
    int[] sig = new int[bytes.length / 4];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = bb.getInt();
    }
    return sig;
  }

  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SEEDS[i] = x;
    }
  }

  static long hash(String s) {
    // FNV-1a 64 over UTF-8, then mixed: stable across JVMs and runs
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
