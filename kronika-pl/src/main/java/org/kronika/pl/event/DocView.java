package org.kronika.pl.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Entity;
import org.kronika.api.Mention;
import org.kronika.api.Quantity;
import org.kronika.api.Sentence;
import org.kronika.api.TimeExpression;
import org.kronika.api.Token;
import org.kronika.core.Bisect;

/** Per-document arrays the extractor reads: tokens with their entity mention, times, paragraphs. */
final class DocView {
  /** An entity mention mapped onto tokens {@code [from, to)}. */
  record M(int entity, int from, int to, String form) {}

  final AnnotatedDocument doc;
  final String text;
  final List<Token> toks;
  final int n;
  final String[] words;
  final String[] lower;
  final String[] lemma;
  final String[] tag;
  final String[] posArr;
  final boolean[] finite, verbal, noun, adj, num;
  final int[] tagCases, tagNumber, nominalCases, nounCases, adjCases, numCases;
  final int[] mentionAt; // index into mentions, -1 when none
  final List<M> mentions = new ArrayList<>();
  final List<Entity> entities;
  final Map<String, Integer> countryByCode = new HashMap<>();
  final int[] paragraphOfSentence;
  final int[] sentenceOfToken;
  /** The document's time expressions in order of start (as the time annotator writes them). */
  private final List<TimeExpression> times;
  /** Start offset of each of {@link #times}. */
  private final int[] timeStarts;
  final boolean[] inTime;

  DocView(AnnotatedDocument doc) {
    this.doc = doc;
    this.text = doc.text();
    this.toks = doc.tokens();
    this.n = toks.size();
    words = new String[n];
    lower = new String[n];
    lemma = new String[n];
    tag = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      words[i] = t.text(text);
      lower[i] = words[i].toLowerCase(Locale.ROOT);
      lemma[i] = t.lemma() == null ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
      tag[i] = t.tag() == null ? "ign" : t.tag();
    }
    posArr = new String[n];
    finite = new boolean[n];
    verbal = new boolean[n];
    noun = new boolean[n];
    adj = new boolean[n];
    num = new boolean[n];
    tagCases = new int[n];
    tagNumber = new int[n];
    nominalCases = new int[n];
    nounCases = new int[n];
    adjCases = new int[n];
    numCases = new int[n];
    for (int i = 0; i < n; i++) {
      String tg = tag[i];
      // the part-of-speech tests read only the first position: cut it out once
      String p = Tags.pos(tg);
      posArr[i] = p;
      finite[i] = Tags.isFiniteVerb(p);
      verbal[i] = Tags.isVerbal(p);
      noun[i] = Tags.isNoun(p);
      adj[i] = Tags.isAdj(p);
      num[i] = Tags.isNum(p);
      tagCases[i] = Tags.cases(tg);
      tagNumber[i] = Tags.number(tg);
      int nc = tagCases[i], sc = 0, ac = 0, mc = 0;
      if (noun[i] || adj[i] || num[i]) {
        for (org.kronika.api.Reading r : toks.get(i).readings()) {
          String rt = r.tag();
          int c = 0;
          if (Tags.posIs(rt, "subst") || Tags.posIs(rt, "depr")) {
            c = Tags.cases(rt);
            sc |= c;
          } else if (Tags.posIs(rt, "adj")) {
            c = Tags.cases(rt);
            ac |= c;
          } else if (Tags.posIs(rt, "num")) {
            c = Tags.cases(rt);
            mc |= c;
          } else if (Tags.posIs(rt, "ger")) {
            c = Tags.cases(rt);
          }
          nc |= c;
        }
      }
      nominalCases[i] = nc;
      nounCases[i] = sc | tagCases[i];
      adjCases[i] = ac | tagCases[i];
      numCases[i] = mc | tagCases[i];
    }
    mentionAt = new int[n];
    Arrays.fill(mentionAt, -1);
    entities = doc.entities();
    for (int e = 0; e < entities.size(); e++) {
      Entity en = entities.get(e);
      if (en.code() != null && en.type() != null && en.type().startsWith("placeName")
          && en.code().length() == 3 && !countryByCode.containsKey(en.code())) {
        countryByCode.put(en.code(), e);
      }
      for (Mention m : en.mentions()) {
        int from = firstTokenEndingAfter(m.start());
        int to = from;
        while (to < n && toks.get(to).start() < m.end()) {
          to++;
        }
        if (from >= n || to == from) {
          continue;
        }
        int idx = mentions.size();
        mentions.add(new M(e, from, to, m.form() == null ? "name" : m.form()));
        for (int k = from; k < to; k++) {
          if (mentionAt[k] < 0) {
            mentionAt[k] = idx;
          }
        }
      }
    }
    inTime = new boolean[n];
    int ti = 0;
    List<TimeExpression> sorted = new ArrayList<>(doc.times());
    sorted.sort(Comparator.comparingInt(TimeExpression::start)); // stable: ties keep their order
    times = List.copyOf(sorted);
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      while (ti < times.size() && times.get(ti).end() <= t.start()) {
        ti++;
      }
      inTime[i] = ti < times.size() && times.get(ti).start() < t.end();
    }
    timeStarts = new int[times.size()];
    for (int k = 0; k < timeStarts.length; k++) {
      timeStarts[k] = times.get(k).start();
    }
    List<Sentence> ss = doc.sentences();
    paragraphOfSentence = new int[ss.size()];
    sentenceOfToken = new int[n];
    int para = 0;
    for (int s = 0; s < ss.size(); s++) {
      if (s > 0) {
        String gap = text.substring(ss.get(s - 1).end(), ss.get(s).start());
        if (gap.indexOf('\n') >= 0) {
          para++;
        }
      }
      paragraphOfSentence[s] = para;
      for (int k = ss.get(s).firstToken(); k < ss.get(s).endToken() && k < n; k++) {
        sentenceOfToken[k] = s;
      }
    }
  }

  /** The first token ending after {@code offset} (a mention starting there begins in it). */
  private int firstTokenEndingAfter(int offset) {
    return Bisect.first(0, n, i -> toks.get(i).end() <= offset);
  }

  Entity entity(int e) {
    return entities.get(e);
  }

  /** The document's time expressions in order of start. */
  List<TimeExpression> times() {
    return times;
  }

  /** Index in {@link #times()} of the first time expression starting at or after {@code offset}. */
  int firstTimeAtOrAfter(int offset) {
    return Bisect.first(0, timeStarts.length, k -> timeStarts[k] < offset);
  }

  List<Quantity> quantities() {
    return doc.quantities();
  }

  String pos(int i) {
    return posArr[i];
  }

  int start(int i) {
    return toks.get(i).start();
  }

  int end(int i) {
    return toks.get(i).end();
  }
}
