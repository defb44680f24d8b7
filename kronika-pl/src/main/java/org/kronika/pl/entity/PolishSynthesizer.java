package org.kronika.pl.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;

/**
 * Morphological synthesis for names: {@code (lemma, atomic tag) → forms}, read from the FSA
 * {@code polish-synth.fsa} that {@code org.kronika.train.entity.SynthesisIndexBuilder} reverses
 * from the PoliMorf dictionary in morfologik-polish. Each sequence is {@code lemma|tag|code}, where
 * the tag may hold PoliMorf {@code .} alternatives and {@code code} is {@link #encode}d against the
 * lemma. The shipped index holds nominative forms of nouns, adjectives and passive participles.
 *
 * <p>To stay small the index leaves out every form that {@link #predict} derives from the lemma by
 * the regular paradigm (a singular noun's nominative is its lemma; {@code -y/-i} adjectives make
 * {@code -a} feminines and {@code -e/-ie} neuters and non-masculine-personal plurals); the builder
 * checks each left-out form against the dictionary, so {@link #forms} gives PoliMorf's answer for
 * every lemma and tag PoliMorf has, and the prediction for pairs it does not list.
 *
 * <p>Immutable and thread-safe (the FSA is read-only; traversals are made per call).
 */
public final class PolishSynthesizer {
  /** The index file, next to this class. */
  public static final String RESOURCE = "polish-synth.fsa";

  private final FSA fsa;

  private PolishSynthesizer(FSA fsa) {
    this.fsa = fsa;
  }

  /** The shipped index. */
  public static PolishSynthesizer load() {
    try (InputStream in = PolishSynthesizer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new PolishSynthesizer(FSA.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One entry of the index: a (possibly non-atomic) tag and the form. */
  public record Entry(String tag, String form) {}

  /** All entries for the lemma. */
  public List<Entry> entries(String lemma) {
    byte[] prefix = (lemma + "|").getBytes(StandardCharsets.UTF_8);
    MatchResult m = new FSATraversal(fsa).match(prefix);
    List<Entry> out = new ArrayList<>();
    if (m.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
      return out;
    }
    for (ByteBuffer bb : fsa.getSequences(m.node)) {
      String rest = new String(bb.array(), bb.position(), bb.remaining(), StandardCharsets.UTF_8);
      int bar = rest.lastIndexOf('|');
      if (bar < 0) {
        continue;
      }
      out.add(new Entry(rest.substring(0, bar), decode(lemma, rest.substring(bar + 1))));
    }
    return out;
  }

  /**
   * Forms of the lemma whose tag covers the atomic {@code tag}, in index order, without repeats;
   * when the index lists none, the regular form {@link #predict} gives (if any).
   */
  public List<String> forms(String lemma, String tag) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries(lemma)) {
      if (covers(e.tag(), tag) && !out.contains(e.form())) {
        out.add(e.form());
      }
    }
    if (out.isEmpty()) {
      String p = predict(lemma, tag);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The regular nominative for an atomic tag, or null where the paradigm is not regular enough:
   * nouns in the singular (and plural-only nouns, genders {@code p1-p3}) take the lemma; positive
   * adjectives and participles ending in {@code -y/-i} take the lemma (masculine singular), {@code
   * -a} (feminine singular) or {@code -e/-ie} (neuter singular, and plural other than masculine
   * personal).
   */
  public static String predict(String lemma, String tag) {
    if (!"nom".equals(Tags.caseOf(tag))) {
      return null;
    }
    String number = Tags.numberOf(tag);
    String gender = Tags.genderOf(tag);
    if (Tags.isNoun(tag)) {
      if ("sg".equals(number) || (gender != null && gender.startsWith("p"))) {
        return lemma;
      }
      return null;
    }
    if (!Tags.isAdjective(tag) || tag.contains(":com") || tag.contains(":sup") || gender == null) {
      return null;
    }
    boolean soft = lemma.endsWith("i");
    if (!soft && !lemma.endsWith("y")) {
      return null;
    }
    String stem = lemma.substring(0, lemma.length() - 1);
    boolean masculine = gender.startsWith("m");
    if ("sg".equals(number)) {
      if (masculine) {
        return lemma;
      }
      if (gender.equals("f")) {
        return stem + (soft && !stem.endsWith("k") && !stem.endsWith("g") ? "ia" : "a");
      }
      return stem + (soft ? "ie" : "e");
    }
    if (gender.equals("m1") || gender.equals("p1")) {
      return null;
    }
    return stem + (soft ? "ie" : "e");
  }

  /** Whether a PoliMorf tag with {@code .} alternatives covers the atomic tag. */
  static boolean covers(String tag, String atomic) {
    String[] a = tag.split(":");
    String[] b = atomic.split(":");
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!List.of(a[i].split("\\.")).contains(b[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Encodes {@code form} against {@code lemma}: one letter {@code A+k} saying how many trailing
   * characters of the lemma to drop (k ≤ 25), then the suffix to append; or {@code =form} when the
   * two share too little.
   */
  public static String encode(String lemma, String form) {
    int common = 0;
    int max = Math.min(lemma.length(), form.length());
    while (common < max && lemma.charAt(common) == form.charAt(common)) {
      common++;
    }
    int drop = lemma.length() - common;
    if (drop > 25) {
      return "=" + form;
    }
    return (char) ('A' + drop) + form.substring(common);
  }

  /** Inverse of {@link #encode}. */
  public static String decode(String lemma, String code) {
    if (code.startsWith("=")) {
      return code.substring(1);
    }
    int drop = code.charAt(0) - 'A';
    return lemma.substring(0, Math.max(0, lemma.length() - drop)) + code.substring(1);
  }
}
