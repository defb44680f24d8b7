package org.kronika.pl.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.kronika.api.Reading;

/**
 * Features of one candidate reading in its sentence, shared by training and tagging. The tag is
 * decomposed into its attributes (class, case, number, gender, …) so that 35k training words are
 * enough: most features pair one attribute of the candidate with one thing in the context (the
 * tags already chosen to the left, the words and the classes possible to the right).
 */
public final class TaggerFeatures {
  private TaggerFeatures() {}

  /** A candidate reading with its parsed tag. */
  public record Cand(Reading reading, MorphTag tag, String lemmaLower, boolean lemmaCap) {
    public static Cand of(Reading r) {
      String l = r.lemma();
      boolean cap = !l.isEmpty() && Character.isUpperCase(l.codePointAt(0));
      return new Cand(r, MorphTag.parse(r.tag()), l.toLowerCase(Locale.ROOT), cap);
    }
  }

  /** A sentence being tagged: its words and every word's candidates. */
  public static final class Sent {
    final String[] words;
    final String[] lower;
    final List<List<Cand>> cands;
    final String[] posSet;
    final boolean[] guessed;

    public Sent(List<String> words, List<List<Cand>> cands, boolean[] guessed) {
      int n = words.size();
      this.words = words.toArray(new String[0]);
      this.lower = new String[n];
      this.posSet = new String[n];
      this.cands = cands;
      this.guessed = guessed;
      for (int i = 0; i < n; i++) {
        lower[i] = this.words[i].toLowerCase(Locale.ROOT);
        TreeSet<String> ps = new TreeSet<>();
        for (Cand c : cands.get(i)) {
          ps.add(c.tag().pos());
        }
        posSet[i] = String.join(",", ps);
      }
    }

    public int size() {
      return words.length;
    }

    public List<Cand> cands(int i) {
      return cands.get(i);
    }
  }

  private static String shape(String w) {
    if (w.isEmpty()) {
      return "e";
    }
    int cp = w.codePointAt(0);
    if (Character.isUpperCase(cp)) {
      return w.codePoints().allMatch(c -> !Character.isLowerCase(c)) ? "AA" : "Aa";
    }
    if (Character.isDigit(cp)) {
      return "9";
    }
    return Character.isLetter(cp) ? "a" : "p";
  }

  private static String suffix(String w, int k) {
    return w.length() <= k ? w : w.substring(w.length() - k);
  }

  /** Features of candidate {@code c} of word {@code i}, given the readings chosen before it. */
  public static String[] features(Sent s, int i, Cand c, Cand[] chosen) {
    MorphTag t = c.tag();
    String p = t.pos();
    String w = s.lower[i];
    List<String> f = new ArrayList<>(48);
    f.add("bias");
    f.add("t=" + t.tag());
    f.add("p=" + p);
    f.add("pc=" + p + t.kase());
    f.add("pn=" + p + t.number());
    f.add("pg=" + p + t.gender());
    f.add("pd=" + p + t.degree() + t.aspect() + t.person());
    f.add("w=" + w + "|t=" + t.tag());
    f.add("w=" + w + "|p=" + p);
    f.add("w=" + w + "|l=" + c.lemmaLower());
    f.add("l=" + c.lemmaLower() + "|p=" + p);
    f.add("s3=" + suffix(w, 3) + "|t=" + t.tag());
    f.add("s2=" + suffix(w, 2) + "|pc=" + p + t.kase());
    f.add("amb=" + s.posSet[i] + "|p=" + p);
    String sh = shape(s.words[i]);
    f.add("cap=" + sh + (i == 0 ? "^" : "") + "|lc=" + c.lemmaCap() + "|p=" + p);
    f.add("lemeq=" + c.reading().lemma().equals(s.words[i]) + "|" + (c.lemmaLower().equals(w)) + "|p=" + p);
    if (s.guessed[i]) {
      f.add("oov|t=" + t.tag());
    }
    // left context: chosen readings
    Cand p1 = i > 0 ? chosen[i - 1] : null;
    Cand p2 = i > 1 ? chosen[i - 2] : null;
    String pp1 = p1 == null ? "^" : p1.tag().pos();
    String pp2 = p2 == null ? "^" : p2.tag().pos();
    f.add("pp=" + pp1 + "|p=" + p);
    f.add("pp2=" + pp2 + "|" + pp1 + "|p=" + p);
    f.add("pt=" + (p1 == null ? "^" : p1.tag().tag()) + "|p=" + p);
    f.add("pw=" + (i > 0 ? s.lower[i - 1] : "^") + "|p=" + p);
    f.add("pw=" + (i > 0 ? s.lower[i - 1] : "^") + "|c=" + t.kase());
    if (p1 != null) {
      MorphTag q = p1.tag();
      f.add("ppc=" + q.pos() + q.kase() + "|pc=" + p + t.kase());
      if (!q.kase().isEmpty() && !t.kase().isEmpty()) {
        f.add("agr=" + q.pos() + "|" + p + "|" + (q.kase().equals(t.kase()) ? "C" : "c")
            + (q.number().equals(t.number()) ? "N" : "n") + (q.gender().equals(t.gender()) ? "G" : "g"));
      }
      if (!q.number().isEmpty() && !t.number().isEmpty()) {
        f.add("agrn=" + q.pos() + "|" + p + "|" + q.number().equals(t.number()) + q.gender().equals(t.gender()));
      }
    }
    // nearest preposition to the left (up to 3 words back)
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      MorphTag q = chosen[k].tag();
      if (q.pos().equals("prep")) {
        f.add("prep=" + (q.kase().equals(t.kase()) ? "same" : "diff") + "|d=" + (i - k) + "|p=" + p);
        f.add("prepw=" + s.lower[k] + "|pc=" + p + t.kase());
        break;
      }
      if (q.isNominal() || q.pos().equals("interp") || q.pos().startsWith("fin") || q.pos().equals("praet")) {
        break;
      }
    }
    // right context: next words and what they could be
    int n = s.size();
    String nw1 = i + 1 < n ? s.lower[i + 1] : "$";
    f.add("nw=" + nw1 + "|p=" + p);
    f.add("nw=" + nw1 + "|c=" + t.kase());
    f.add("np=" + (i + 1 < n ? s.posSet[i + 1] : "$") + "|p=" + p);
    f.add("np2=" + (i + 2 < n ? s.posSet[i + 2] : "$") + "|p=" + p);
    if (i + 1 < n && !t.kase().isEmpty()) {
      String best = "none";
      for (Cand nc : s.cands(i + 1)) {
        MorphTag q = nc.tag();
        if (q.kase().equals(t.kase())) {
          String a = q.number().equals(t.number()) && q.gender().equals(t.gender()) ? "CNG" : "C";
          if (best.equals("none") || a.length() > best.length()) {
            best = a;
          }
        }
      }
      f.add("nagr=" + best + "|p=" + p + "|np=" + (i + 1 < n ? s.posSet[i + 1] : "$"));
    }
    return f.toArray(new String[0]);
  }
}
