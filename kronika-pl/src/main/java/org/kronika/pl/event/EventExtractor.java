package org.kronika.pl.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Attribution;
import org.kronika.api.Entity;
import org.kronika.api.Event;
import org.kronika.api.Quantity;
import org.kronika.api.Sentence;
import org.kronika.api.Span;
import org.kronika.api.TimeExpression;
import org.kronika.api.Trigger;
import org.kronika.core.Bisect;

/**
 * Extracts PLOVER events from one annotated document, clause by clause. Stateless apart from the
 * lexicon; one instance serves all threads ({@link #extract} builds its working state per call).
 *
 * <p>Passes, each linear in the tokens: split sentences into clauses; build noun phrases with their
 * case, number and entity; find subjects (nominative, agreeing; dropped subjects from the governing
 * clause or the previous sentence when they agree); chain attribution and factuality down from
 * governing clauses; match triggers and fill roles inside the trigger's clause only; merge
 * restatements (coreference).
 */
public final class EventExtractor {
  private static final Set<String> SUBORDINATORS = Set.of("że", "iż", "jakoby", "czy", "aby",
      "żeby", "by", "który", "co", "gdy", "kiedy", "jeśli", "jeżeli", "gdyby", "choć", "chociaż",
      "bo", "ponieważ", "gdyż", "niż", "jak", "dlatego", "podczas", "zanim", "aż", "skoro");
  private static final Set<String> SKIP = Set.of("br.", "r.", "tzw.", "m.in.", "ub.", "obecnie");
  private static final Set<String> COORD = Set.of("i", "oraz", "a", "ale", "lecz", "jednak");
  private static final Set<String> BOUNDARY = Set.of(",", ";", ":", "–", "—", "(", ")");
  private static final Set<String> MODALS = Set.of("móc", "chcieć", "mieć", "musieć", "zamierzać",
      "planować", "być", "zostać", "próbować", "usiłować", "zacząć", "starać", "woleć", "powinien");
  private static final Set<String> FACT_ORDER = Set.of("fact", "probable", "possible", "unknown");

  private static final boolean DEBUG = Boolean.getBoolean("kronika.event.debug");
  private final EventLexicon lex;

  public EventExtractor(EventLexicon lex) {
    this.lex = lex;
  }

  /** The events of a document, coreferent restatements merged, ids V1, V2, … in text order. */
  public List<Event> extract(AnnotatedDocument doc) {
    DocView v = new DocView(doc);
    List<Draft> drafts = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    Clause lastSubjectClause = null;
    List<Attribution> openChain = List.of();
    int prevPara = -1;
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sent = sentences.get(s);
      int para = v.paragraphOfSentence[s];
      if (para != prevPara) {
        lastSubjectClause = null;
        openChain = List.of();
        prevPara = para;
      }
      List<Clause> clauses = clauses(v, s, sent.firstToken(), Math.min(sent.endToken(), v.n));
      for (Clause c : clauses) {
        buildNps(v, c);
      }
      for (Clause c : clauses) {
        findSubject(v, c, clauses, lastSubjectClause);
        if (c.subjectNp != null || !c.subject.isEmpty()) {
          lastSubjectClause = c;
        }
      }
      openChain = attribute(v, clauses, openChain, s);
      if (DEBUG) {
        for (Clause c : clauses) {
          System.err.println("  clause " + v.text.substring(v.start(c.from), v.end(c.to - 1)) + " | sub="
              + c.sub + " verb=" + (c.verb < 0 ? "-" : v.words[c.verb]) + " subj=" + c.subject
              + (c.subjectNp == null ? "" : " np=" + v.words[c.subjectNp.head]) + " " + c.subjectRule
              + " ante=" + (c.antecedent != null) + " chain=" + c.chain + " nps=" + c.nps);
        }
      }
      for (Clause c : clauses) {
        factuality(v, c);
      }
      for (int ci = 0; ci < clauses.size(); ci++) {
        events(v, clauses, ci, sent, drafts);
      }
    }
    return merge(v, drafts);
  }

  // ---------------------------------------------------------------- clauses

  private List<Clause> clauses(DocView v, int s, int from, int to) {
    // speech quotes: „ … ” containing a finite verb; name quotes („Washington Post”) are transparent
    boolean[] quote = new boolean[to - from];
    boolean[] transparent = new boolean[to - from];
    for (int i = from; i < to; i++) {
      if (v.words[i].equals("„") || v.words[i].equals("\"") && i + 1 < to) {
        int j = i + 1;
        while (j < to && !v.words[j].equals("”") && !v.words[j].equals("\"")) {
          j++;
        }
        boolean verb = false;
        for (int k = i + 1; k < j; k++) {
          verb |= v.finite[k];
        }
        if (verb) {
          for (int k = i; k <= Math.min(j, to - 1); k++) {
            quote[k - from] = true;
          }
        } else {
          transparent[i - from] = true;
          if (j < to) {
            transparent[j - from] = true;
          }
        }
        i = j;
      }
    }
    List<int[]> segs = new ArrayList<>();
    int st = from;
    for (int i = from; i < to; i++) {
      String w = v.words[i];
      boolean q = (w.equals("„") || w.equals("”") || w.equals("\"")) && !transparent[i - from];
      boolean dashOrColon = w.equals("–") || w.equals("—") || w.equals(":");
      boolean b = BOUNDARY.contains(w) || q || (w.equals("-") && v.pos(i).equals("interp"));
      if (dashOrColon && i > from && !quote[i - from - 1] && i + 1 < to && !v.words[i + 1].equals("„")
          && !(i > from && v.words[i - 1].equals("”"))) {
        b = w.equals(":") || b; // a dash inside a clause (apposition) still splits; fine
      }
      if (b) {
        if (i > st) {
          segs.add(new int[] {st, i, quote[st - from] ? 1 : 0, 0});
        }
        st = i + 1;
      }
    }
    if (to - 1 >= st && v.pos(to - 1).equals("interp") && to - 1 > st) {
      segs.add(new int[] {st, to - 1, quote[st - from] ? 1 : 0, 0});
    } else if (to > st) {
      segs.add(new int[] {st, to, quote[st - from] ? 1 : 0, 0});
    }
    // merge segments with no finite verb (and no subordinator) into the previous segment
    List<int[]> merged = new ArrayList<>();
    int[] pending = null; // a leading verbless segment ("Ponadto")
    for (int[] g : segs) {
      boolean finite = false;
      for (int k = g[0]; k < g[1]; k++) {
        finite |= v.finite[k] || v.pos(k).equals("pred");
      }
      String sub = subordinator(v, g[0], g[1]);
      boolean label = !finite && g[1] + 1 < to && v.words[g[1]].equals(":") && v.words[g[1] + 1].equals("„");
      if (label) {
        g = new int[] {pending != null ? pending[0] : g[0], g[1], g[2], 1};
        pending = null;
        merged.add(g);
        continue;
      }
      boolean clause = finite || (sub != null && hasInf(v, g[0], g[1]));
      if (clause) {
        if (pending != null) {
          g = new int[] {pending[0], g[1], g[2], 0};
          pending = null;
        }
        merged.add(g);
      } else if (!merged.isEmpty() && merged.get(merged.size() - 1)[2] == g[2]) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = g[1];
      } else if (pending == null && merged.isEmpty()) {
        pending = g;
      } else if (pending != null && merged.isEmpty()) {
        pending = new int[] {pending[0], g[1], pending[2], 0};
      } else if (!merged.isEmpty()) {
        merged.get(merged.size() - 1)[1] = g[1];
      }
    }
    if (pending != null) {
      merged.add(pending);
    }
    // split at a coordinator when finite verbs stand on both sides
    List<int[]> split = new ArrayList<>();
    for (int[] g : merged) {
      int a = g[0];
      if (g[3] == 1) {
        split.add(new int[] {g[0], g[1], g[2], 1});
        continue;
      }
      int firstVerb = -1;
      for (int k = g[0]; k < g[1]; k++) {
        if (v.finite[k] && firstVerb < 0) {
          firstVerb = k;
        }
        if (firstVerb >= 0 && k > firstVerb && COORD.contains(v.lower[k]) && v.pos(k).equals("conj")) {
          int nv = -1;
          for (int m = k + 1; m < g[1]; m++) {
            if (v.finite[m]) {
              nv = m;
              break;
            }
          }
          if (nv > 0) {
            split.add(new int[] {a, k, g[2], 0});
            a = k; // the coordinator opens the new clause
            firstVerb = nv;
            k = nv;
          }
        }
      }
      split.add(new int[] {a, g[1], g[2], 0});
    }
    List<Clause> out = new ArrayList<>();
    for (int[] g : split) {
      Clause c = new Clause(s, g[0], g[1]);
      c.inQuote = g[2] == 1;
      c.speakerLabel = g[3] == 1;
      c.sub = subordinator(v, g[0], g[1]);
      if (c.sub == null && COORD.contains(v.lower[g[0]]) && v.pos(g[0]).equals("conj") && !out.isEmpty()) {
        c.sub = "coord";
      }
      if ("który".equals(c.sub)) {
        for (int k = g[0]; k < Math.min(g[1], g[0] + 3); k++) {
          if (v.lemma[k].equals("który")) {
            c.subCase = k > g[0] && v.pos(k - 1).equals("prep") ? 0 : v.adjCases[k];
          }
        }
      }
      for (int k = g[0]; k < g[1]; k++) {
        if (v.finite[k] && !v.pos(k).equals("aglt")) {
          c.verb = k;
          break;
        }
      }
      if (c.verb < 0) {
        for (int k = g[0]; k < g[1]; k++) {
          if (v.pos(k).equals("inf") || v.pos(k).equals("pred")) {
            c.verb = k;
            break;
          }
        }
      }
      if (!out.isEmpty() && c.sub != null) {
        c.parent = out.get(out.size() - 1);
      }
      out.add(c);
    }
    return out;
  }

  private static boolean hasInf(DocView v, int a, int b) {
    for (int k = a; k < b; k++) {
      if (v.pos(k).equals("inf")) {
        return true;
      }
    }
    return false;
  }

  /** The subordinator opening a segment, skipping leading particles and adverbs. */
  private String subordinator(DocView v, int a, int b) {
    for (int k = a; k < Math.min(b, a + 3); k++) {
      String l = v.lemma[k];
      if (l.equals("podczas") && k + 1 < b && v.lower[k + 1].equals("gdy")) {
        return "podczas gdy";
      }
      if (SUBORDINATORS.contains(l) && !l.equals("podczas")
          && (v.pos(k).equals("comp") || v.pos(k).equals("adj") || v.pos(k).equals("conj")
              || v.pos(k).equals("adv") || v.pos(k).equals("part") || v.pos(k).equals("subst")
              || v.pos(k).equals("qub"))) {
        if (l.equals("co") && !(k + 1 < b && v.finite[k + 1])) {
          return null;
        }
        if (l.equals("jak") && !(k + 1 < b && v.finite[k + 1])) {
          return null;
        }
        return l;
      }
      if (l.equals("który") || (v.pos(k).equals("prep") && k + 1 < b && v.lemma[k + 1].equals("który"))) {
        return "który";
      }
      String p = v.pos(k);
      if (!(p.equals("part") || p.equals("adv") || p.equals("qub") || p.equals("interp") || p.equals("conj"))) {
        return null;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- noun phrases

  private void buildNps(DocView v, Clause c) {
    Clause.NP cur = null;
    int i = c.from;
    String pendingPrep = null;
    int lastUnitEnd = -1;
    boolean coordPending = false;
    Clause.NP prevNp = null;
    while (i < c.to) {
      String p = v.pos(i);
      if (SKIP.contains(v.lower[i])) {
        i++;
        continue; // "br.", "tzw.", "m.in." stand between a phrase and what follows
      }
      if (p.equals("prep") && !(i + 1 < c.to && v.lower[i + 1].equals("gdy"))) {
        pendingPrep = normPrep(v.lemma[i]);
        cur = null;
        i++;
        continue;
      }
      if (v.words[i].equals("„") || v.words[i].equals("”")) {
        i++;
        continue; // transparent name quotes
      }
      int unitEnd = -1;
      int head = -1;
      int m = v.mentionAt[i];
      boolean mentionHead = false;
      if (m >= 0 && !v.mentions.get(m).form().equals("adj")) {
        unitEnd = Math.min(v.mentions.get(m).to(), c.to);
        head = i;
        mentionHead = true;
      } else if (v.noun[i] || v.adj[i] || v.num[i] || m >= 0) {
        int k = i;
        int noun = -1;
        while (k < c.to) {
          int mk = v.mentionAt[k];
          if (mk >= 0 && !v.mentions.get(mk).form().equals("adj")) {
            if (k > i && noun < 0 && v.mentions.get(mk).from() == k) {
              // adjectives before a name: "do rosyjskiego Kraju Nadmorskiego"
              m = mk;
              mentionHead = true;
              head = k;
              k = Math.min(v.mentions.get(mk).to(), c.to);
              noun = k; // marker: handled below
            }
            break;
          }
          if (v.noun[k] && !v.pos(k).equals("ign")) {
            noun = k;
            k++;
            // agreeing adjectives after the noun ("sprzęt wojskowy")
            while (k < c.to && v.adj[k] && v.mentionAt[k] < 0
                && (v.tagCases[k] & v.tagCases[noun]) != 0) {
              k++;
            }
            break;
          }
          if (v.adj[k] || v.num[k] || mk >= 0) {
            k++;
            continue;
          }
          break;
        }
        if (k == i) {
          // ign token without mention: treat as a noun unit
          if (v.pos(i).equals("ign")) {
            noun = i;
            k = i + 1;
          } else {
            pendingPrep = v.pos(i).equals("interp") || v.verbal[i] ? null : pendingPrep;
            cur = null;
            coordPending = COORD.contains(v.lower[i]) && v.pos(i).equals("conj");
            i++;
            continue;
          }
        }
        unitEnd = k;
        if (!mentionHead) {
          head = noun >= 0 ? noun : k - 1;
        }
      } else {
        boolean conj = COORD.contains(v.lower[i]) && v.pos(i).equals("conj");
        if (!(p.equals("adv") || p.equals("part") || p.equals("qub")) || conj) {
          pendingPrep = null;
        }
        coordPending = conj;
        cur = null;
        i++;
        continue;
      }
      int unitCases = unitCases(v, head, mentionHead ? m : -1, i, unitEnd);
      boolean join = false;
      if (cur != null && v.inTime[cur.head]) {
        cur = null;
      }
      if (cur != null && lastUnitEnd == i || cur != null && lastUnitEnd == i - 1
          && (v.words[i - 1].equals("„") || v.words[i - 1].equals("”"))) {
        boolean gen = (unitCases & Tags.GEN) != 0 && cur.nominal;
        boolean appos = cur.agent != null && mentionHead && (unitCases & cur.cases) != 0;
        // "minister … Korei Południowej Park Jin": a name the entity layer missed, in apposition
        appos |= cur.agent != null && !mentionHead && cur.headMention < 0 && capitalisedName(v, i, unitEnd);
        join = gen || appos;
      }
      if (join) {
        cur.to = unitEnd;
        if (mentionHead && cur.agent != null) {
          Entity e = v.entity(v.mentions.get(m).entity());
          if (e.type() != null && (e.type().startsWith("persName") || cur.agent.equals("media")
              || e.type().startsWith("orgName")) && cur.entityRule == null) {
            cur.entity = v.mentions.get(m).entity();
            cur.entityRule = "apposition";
          }
        }
      } else {
        Clause.NP np = new Clause.NP();
        np.from = i;
        np.to = unitEnd;
        np.head = head;
        np.prep = pendingPrep;
        np.cases = unitCases;
        np.number = v.tagNumber[head];
        np.genders = Tags.genders(v.tag[head]);
        np.nominal = v.noun[head] || mentionHead;
        if (mentionHead) {
          for (org.kronika.api.Reading r : v.toks.get(head).readings()) {
            np.number |= Tags.number(r.tag());
          }
          np.headMention = m;
          np.entity = v.mentions.get(m).entity();
          np.entityRule = "name";
          Entity e = v.entity(np.entity);
          if (e.type() != null && e.type().startsWith("persName")) {
            np.genders = List.of("m1", "f");
            np.number = Tags.SG;
          }
          if (e.type() != null && (e.type().startsWith("orgName"))) {
            np.number = Tags.SG | Tags.PL;
          }
        } else {
          np.agent = lex.agent(v.lemma[head]);
        }
        if (coordPending && prevNp != null && prevNp.prep == null && pendingPrep == null) {
          np.coordPrev = prevNp;
        } else if (coordPending && prevNp != null && pendingPrep == null && prevNp.prep != null
            && lastUnitEnd == i - 1) {
          np.prep = prevNp.prep;
          np.coordPrev = prevNp;
        }
        coordPending = false;
        c.nps.add(np);
        cur = np;
        prevNp = np;
      }
      for (int k = i; k < unitEnd; k++) {
        int mk = v.mentionAt[k];
        if (mk >= 0 && cur.anyEntity < 0) {
          cur.anyEntity = v.mentions.get(mk).entity();
        }
      }
      lastUnitEnd = unitEnd;
      pendingPrep = null;
      i = unitEnd;
    }
    // agent heads act for the entity they name: persons in apposition, else the first entity;
    // an institution placed by "w X" right after it ("Sąd w Moskwie") acts for X
    for (int k = 0; k < c.nps.size(); k++) {
      Clause.NP np = c.nps.get(k);
      if (np.entity < 0 && np.agent != null && np.anyEntity >= 0) {
        np.entity = np.anyEntity;
        np.entityRule = "agent:" + v.lemma[np.head];
      }
      if (np.entity < 0 && "state".equals(np.agent) && k + 1 < c.nps.size()) {
        Clause.NP nx = c.nps.get(k + 1);
        if ("w".equals(nx.prep) && nx.from <= np.to + 1 && nx.entity >= 0) {
          np.entity = nx.entity;
          np.entityRule = "agent-in-place:" + v.lemma[np.head];
        }
      }
    }
  }

  private static String normPrep(String l) {
    return switch (l) {
      case "ze" -> "z";
      case "we" -> "w";
      case "ode" -> "od";
      case "przeciwko" -> "przeciw";
      case "do" -> "do";
      default -> l;
    };
  }

  private int unitCases(DocView v, int head, int mention, int from, int to) {
    if (mention >= 0) {
      Entity e = v.entity(v.mentions.get(mention).entity());
      String t = e.type() == null ? "" : e.type();
      if (t.startsWith("persName") || t.startsWith("orgName")) {
        return Tags.ALL_CASES;
      }
      int m = 0;
      for (int k = from; k < to; k++) {
        if (v.noun[k] || v.adj[k]) {
          m |= v.nominalCases[k];
          if (v.pos(k).equals("ign") || v.pos(k).equals("brev")) {
            m |= Tags.ALL_CASES;
          }
          if (v.noun[k]) {
            break;
          }
        }
      }
      return m == 0 ? Tags.ALL_CASES : m;
    }
    int m = v.nominalCases[head];
    for (int k = from; k < head; k++) {
      if (v.num[k]) {
        m |= v.numCases[k];
      }
    }
    return m == 0 ? Tags.ALL_CASES : m;
  }

  // ---------------------------------------------------------------- subjects

  private void findSubject(DocView v, Clause c, List<Clause> clauses, Clause prevSentenceSubject) {
    int vb = c.verb;
    int vnum = vb >= 0 && v.finite[vb] ? v.tagNumber[vb] : 0;
    if ("który".equals(c.sub) && (c.subCase & Tags.NOM) != 0 && c.parent != null) {
      Clause.NP ante = null;
      for (Clause.NP np : c.parent.nps) {
        if (np.prep == null) {
          ante = np;
        }
      }
      if (ante != null) {
        setSubject(c, ante, "subject:relative-antecedent");
        return;
      }
    }
    Clause.NP best = null;
    boolean nounBefore = false;
    if (vb >= 0) {
      for (Clause.NP np : c.nps) {
        nounBefore |= np.prep == null && (np.cases & Tags.NOM) != 0 && np.from < vb && np.nominal;
      }
      for (Clause.NP np : c.nps) {
        if (np.prep != null || (np.cases & Tags.NOM) == 0 || np.from > vb || (nounBefore && !np.nominal)) {
          continue;
        }
        if (vnum != 0 && np.coordPrev == null && (np.number & vnum) == 0 && !isPlCoordHead(c, np)) {
          continue;
        }
        best = np; // closest before the verb wins
      }
      if (best == null) {
        for (Clause.NP np : c.nps) {
          if (np.prep == null && (np.cases & Tags.NOM) != 0 && np.from > vb
              && (vnum == 0 || (np.number & vnum) != 0 || np.coordPrev != null)
              && (np.nominal || np.headMention >= 0)) {
            if ((np.cases & Tags.ACC) != 0 && np.headMention < 0 && !v.finite[vb]) {
              continue;
            }
            // "że dostarcza broń …": a nom/acc noun after the verb is its object when the
            // governing clause offers an agreeing subject to drop — unless a phrase stands before
            // the verb ("że na trasie z X do Y kursowały dwa statki"): there the noun after the
            // verb is its inverted subject
            if ((np.cases & Tags.ACC) != 0 && np.headMention < 0 && c.parent != null
                && (c.parent.subjectNp != null || !c.parent.subject.isEmpty()) && agrees(v, vb, c.parent)
                && !frontedPhrase(v, c, vb)) {
              continue;
            }
            best = np;
            break;
          }
        }
      }
    }
    if (best != null) {
      setSubject(c, best, "actor:nom-subject");
      return;
    }
    // a name the dictionary reads as a common word ("iż Kim może …": kto:inst) right before a
    // finite verb is the clause's own subject: it blocks a dropped subject from another clause
    if (vb >= 0 && v.finite[vb]) {
      for (Clause.NP np : c.nps) {
        if (np.prep == null && np.headMention < 0 && np.to <= vb && np.to >= vb - 1 && unknownName(v, np.head)) {
          setSubject(c, np, "subject:overt-name-not-an-entity");
          return;
        }
      }
    }
    if (vb < 0 || !(v.finite[vb] || v.pos(vb).equals("inf"))) {
      return;
    }
    if (v.pos(vb).equals("fin") && v.tag[vb].contains(":pri") || v.tag[vb].contains(":sec")) {
      return; // first/second person: the speaker, not a third party
    }
    if (v.pos(vb).equals("impt") || v.pos(vb).equals("imps") || v.pos(vb).equals("pred")) {
      return;
    }
    // a dropped subject: from the governing clause, else from the previous sentence
    Clause ante = null;
    String rule;
    if (c.parent != null) {
      for (Clause p = c.parent; p != null; p = p.parent) {
        if (p.subjectNp != null || !p.subject.isEmpty()) {
          ante = p;
          break;
        }
      }
      rule = "actor:pro-drop(governing clause)";
    } else {
      ante = prevSentenceSubject;
      rule = "actor:pro-drop(previous sentence)";
    }
    if (ante == null || !agrees(v, vb, ante)) {
      return;
    }
    c.subject = ante.subject;
    c.subjectNp = null;
    c.antecedent = ante;
    c.subjectNumber = ante.subjectNumber;
    c.subjectGenders = ante.subjectGenders;
    c.subjectRule = rule;
  }

  /** A capitalised word inside a sentence whose dictionary lemma is lower-case: a name it misreads. */
  private static boolean unknownName(DocView v, int k) {
    String w = v.words[k];
    String l = v.lemma[k];
    if (k == 0 || w.isEmpty() || l.isEmpty() || !Character.isUpperCase(w.charAt(0))
        || !Character.isLowerCase(l.charAt(0))) {
      return false;
    }
    String prev = v.words[k - 1];
    return !v.pos(k - 1).equals("interp") || prev.equals(",");
  }

  /** A unit of capitalised words at least one of which the dictionary misreads or does not know. */
  private static boolean capitalisedName(DocView v, int from, int to) {
    boolean odd = false;
    for (int k = from; k < to; k++) {
      if (v.words[k].isEmpty() || !Character.isUpperCase(v.words[k].charAt(0)) || v.mentionAt[k] >= 0) {
        return false;
      }
      odd |= unknownName(v, k) || v.pos(k).equals("ign");
    }
    return odd;
  }

  /** Whether a phrase other than a time expression or a particle stands before the verb in its clause. */
  private static boolean frontedPhrase(DocView v, Clause c, int vb) {
    for (Clause.NP np : c.nps) {
      if (np.from < vb && !v.inTime[np.head]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlCoordHead(Clause c, Clause.NP np) {
    for (Clause.NP o : c.nps) {
      if (o.coordPrev == np) {
        return true;
      }
    }
    return false;
  }

  private void setSubject(Clause c, Clause.NP np, String rule) {
    List<Integer> ents = new ArrayList<>();
    List<Clause.NP> all = new ArrayList<>();
    all.add(np);
    // coordinated subjects: "Blinken i minister … Park Jin oświadczyli"
    for (Clause.NP o : c.nps) {
      if (o.coordPrev == np && o.prep == null) {
        all.add(o);
      }
    }
    for (Clause.NP x = np.coordPrev; x != null; x = x.coordPrev) {
      all.add(0, x);
    }
    for (Clause.NP x : all) {
      if (x.entity >= 0 && !ents.contains(x.entity)) {
        ents.add(x.entity);
      }
    }
    c.subject = ents;
    c.subjectNp = np;
    c.subjectNumber = all.size() > 1 ? Tags.PL : np.number;
    c.subjectGenders = all.size() > 1 ? List.of("m1") : np.genders;
    c.subjectRule = all.size() > 1 ? rule + "+coordination" : rule;
  }

  /** Number and gender agreement of a verb form with the subject of another clause. */
  private static boolean agrees(DocView v, int vb, Clause ante) {
    String t = v.tag[vb];
    int num = Tags.number(t);
    if (num != 0 && ante.subjectNumber != 0 && (num & ante.subjectNumber) == 0) {
      return false;
    }
    List<String> g = Tags.genders(t);
    if (g.isEmpty() || ante.subjectGenders.isEmpty()) {
      return true;
    }
    boolean plural = (num & Tags.PL) != 0;
    for (String vg : g) {
      for (String ng : ante.subjectGenders) {
        if (vg.equals(ng)) {
          return true;
        }
        if (plural && !vg.equals("m1") && !ng.equals("m1")) {
          return true; // non-masculine-personal plural forms are one
        }
        if (!plural && vg.startsWith("m") && ng.startsWith("m") && !vg.equals("m1") && !ng.equals("m1")) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- attribution

  private List<Attribution> attribute(DocView v, List<Clause> clauses, List<Attribution> open, int s) {
    // 1. reporting clauses and their sources
    List<Attribution> base = new ArrayList<>();
    String baseRule = null;
    boolean own = false;
    boolean ownBase = false;
    for (int ci = 0; ci < clauses.size(); ci++) {
      Clause c = clauses.get(ci);
      if (c.verb < 0) {
        continue;
      }
      boolean refl = hasSie(v, c.verb, c);
      int vb = c.verb;
      EventLexicon.Cue cue = lex.verbCue(v.lemma[vb], refl);
      // the reporting verb may be an infinitive after a finite auxiliary
      if (cue == null) {
        continue;
      }
      Clause next = ci + 1 < clauses.size() ? clauses.get(ci + 1) : null;
      boolean hasComplement = next != null && next.complement() && next.parent == c;
      boolean jak = "jak".equals(c.sub);
      boolean afterQuote = ci > 0 && clauses.get(ci - 1).inQuote && !c.inQuote;
      // "…, podała agencja X" / "… – twierdzi X": the verb opens the last clause, its subject follows
      boolean postposed = !afterQuote && ci > 0 && c.sub == null && !hasComplement && ci == clauses.size() - 1
          && firstContent(v, c) == vb && c.subjectNp != null && c.subjectNp.from > vb;
      boolean beforeQuote = next != null && next.inQuote && !c.inQuote && v.words[c.to - 1 < v.n ? Math.min(c.to, v.n - 1) : 0].equals(":");
      if (!(hasComplement || jak || afterQuote || beforeQuote || postposed)) {
        continue;
      }
      List<Attribution> src = sources(v, c, cue, clauses, ci);
      if (src.isEmpty()) {
        continue;
      }
      c.report = true;
      c.reportFact = cue.fact();
      c.sources = src;
      own = true;
      if (jak || afterQuote || beforeQuote || postposed) {
        ownBase = true;
      }
      if (postposed) {
        for (int k = 0; k < ci; k++) {
          Clause q = clauses.get(k);
          if (q.chain.isEmpty()) {
            q.chain = concat(base, src);
            q.chainRule = "attribution:reporting-verb-after-claim:" + v.lemma[vb];
          }
        }
        c.report = false; // its claims precede it; nothing below it
      }
      if (jak) {
        base.addAll(src);
        baseRule = "attribution:jak-parenthetical:" + v.lemma[vb];
      }
      if (afterQuote) {
        for (int k = ci - 1; k >= 0 && clauses.get(k).inQuote; k--) {
          Clause q = clauses.get(k);
          q.chain = concat(base, src);
          q.chainRule = "attribution:quote-dash:" + v.lemma[vb];
        }
      }
    }
    // speaker labels: X: „…”
    for (int ci = 0; ci + 1 < clauses.size(); ci++) {
      Clause c = clauses.get(ci);
      if (c.speakerLabel && c.nps.size() > 0) {
        Clause.NP np = c.nps.get(0);
        Attribution a = describe(v, np, ":", -1);
        if (a != null) {
          ownBase = true;
          own = true;
          for (int k = ci + 1; k < clauses.size() && clauses.get(k).inQuote; k++) {
            clauses.get(k).chain = concat(base, List.of(a));
            clauses.get(k).chainRule = "attribution:speaker-label";
          }
        }
      }
    }
    // prepositional cues: według X, zdaniem X, cytowany przez X
    for (Clause c : clauses) {
      for (EventLexicon.Cue cue : lex.phraseCues()) {
        if (!cue.kind().equals("prep")) {
          continue;
        }
        int at = findPhrase(v, cue.phrase(), c.from, c.to);
        if (at < 0) {
          continue;
        }
        Attribution a = npSource(v, c, at + cue.phrase().split(" ").length, v.words[at]
            + (cue.phrase().contains(" ") ? " " + cue.phrase().substring(cue.phrase().indexOf(' ') + 1) : ""));
        if (a != null) {
          base.add(a);
          baseRule = "attribution:prep:" + cue.phrase();
          own = true;
          ownBase = true;
        }
      }
    }
    // 2. continuation of the previous sentence's report
    boolean topReport = false;
    for (Clause c : clauses) {
      topReport |= c.report && c.parent == null && !"jak".equals(c.sub);
    }
    if (!ownBase && !topReport && !open.isEmpty()) {
      Clause first = clauses.isEmpty() ? null : clauses.get(0);
      boolean cont = false;
      String why = null;
      for (Clause c : clauses) {
        if (reportative(v, c) >= 0) {
          cont = true;
          why = "reportative-miał";
        }
      }
      if (!cont && first != null && first.subjectNp == null && !first.subject.isEmpty()
          && first.antecedent != null && first.antecedent.sentence != s) {
        cont = true;
        why = "same-subject";
      }
      if (!cont && first != null && first.subjectNp == null && first.antecedent != null
          && first.antecedent.sentence != s) {
        cont = true;
        why = "same-subject";
      }
      if (!cont && first != null && first.inQuote && first.from > 0 && v.words[first.from - 1].equals("„")) {
        cont = true;
        why = "quote-continues";
      }
      if (cont) {
        base.addAll(open);
        baseRule = "attribution:continued(" + why + ")";
      }
    }
    // 3. chains down the clause tree
    List<Attribution> baseChain = List.copyOf(base); // one copy shared by the clauses it heads
    List<Attribution> last = List.of();
    for (Clause c : clauses) {
      if (!c.chain.isEmpty() && (c.chainRule.startsWith("attribution:quote")
          || c.chainRule.startsWith("attribution:speaker") || c.chainRule.startsWith("attribution:reporting-verb-after"))) {
        // set above
      } else if (c.parent != null && c.complement()) {
        c.chain = c.parent.report ? concat(c.parent.chain, c.parent.sources) : c.parent.chain;
        c.chainRule = c.parent.report ? "attribution:reporting-verb:" + v.lemma[c.parent.verb]
            : c.parent.chainRule;
      } else if (c.parent != null && !"jak".equals(c.sub) && !"coord".equals(c.sub)) {
        c.chain = c.parent.chain;
        c.chainRule = c.parent.chainRule;
      } else if (c.parent != null && "coord".equals(c.sub)) {
        c.chain = c.parent.chain;
        c.chainRule = c.parent.chainRule;
        c.parent = c.parent.parent; // a coordinated clause shares its sibling's governor
      } else {
        c.chain = baseChain;
        c.chainRule = baseRule == null ? "" : baseRule;
      }
      if (!c.chain.isEmpty()) {
        last = c.chain;
      }
    }
    return last;
  }

  private static List<Attribution> concat(List<Attribution> a, List<Attribution> b) {
    List<Attribution> out = new ArrayList<>(a);
    for (Attribution x : b) {
      boolean dup = false;
      for (Attribution y : out) {
        dup |= y.name().equals(x.name());
      }
      if (!dup) {
        out.add(x);
      }
    }
    return List.copyOf(out);
  }

  /** Sources of a reporting clause: its subject, then inner cues ("powołując się na X"). */
  private List<Attribution> sources(DocView v, Clause c, EventLexicon.Cue cue, List<Clause> clauses, int ci) {
    List<Attribution> out = new ArrayList<>();
    String cueText = v.words[c.verb] + (hasSie(v, c.verb, c) && cue.phrase().endsWith("się") ? " się" : "");
    if (cue.antecedent()) {
      for (int k = ci - 1; k >= 0; k--) {
        Clause p = clauses.get(k);
        if (p.subjectNp != null && p.subjectNp.headMention >= 0) {
          int e = v.mentions.get(p.subjectNp.headMention).entity();
          out.add(new Attribution(v.entity(e).name(), v.entity(e).id(), cueText));
          break;
        }
        if (p.subjectNp != null) {
          Attribution a = describe(v, p.subjectNp, cueText, p.verb);
          if (a != null) {
            out.add(a);
          }
          break;
        }
      }
    } else if (c.subjectNp != null) {
      List<Clause.NP> all = new ArrayList<>();
      for (Clause.NP x = c.subjectNp; x != null; x = x.coordPrev) {
        all.add(0, x);
      }
      for (Clause.NP o : c.nps) {
        if (o.coordPrev == c.subjectNp) {
          all.add(o);
        }
      }
      List<Attribution> co = new ArrayList<>();
      for (Clause.NP x : all) {
        Attribution a = describe(v, x, cueText, c.verb);
        if (a != null) {
          co.add(a);
        }
      }
      if (!co.isEmpty()) {
        out.add(together(co));
      }
    } else if (!c.subject.isEmpty()) {
      List<Attribution> co = new ArrayList<>();
      for (int e : c.subject) {
        co.add(new Attribution(v.entity(e).name(), v.entity(e).id(), cueText));
      }
      out.add(together(co));
    }
    if (out.isEmpty()) {
      return out;
    }
    for (EventLexicon.Cue inner : lex.phraseCues()) {
      if (!inner.kind().equals("inner")) {
        continue;
      }
      int at = findPhrase(v, inner.phrase(), c.from, c.to);
      if (at >= 0) {
        Attribution a = npSource(v, c, at + inner.phrase().split(" ").length, inner.phrase());
        if (a != null) {
          out.add(a);
        }
        break;
      }
    }
    return out;
  }

  /**
   * Co-speakers ("Blinken i minister … oświadczyli") are one link at the same level, not a chain:
   * their names joined with " i ", the first one's entity, the others' entities in {@code with}.
   */
  private static Attribution together(List<Attribution> co) {
    if (co.size() == 1) {
      return co.get(0);
    }
    List<String> names = new ArrayList<>();
    List<String> with = new ArrayList<>();
    String first = co.get(0).entity();
    for (Attribution a : co) {
      if (!names.contains(a.name())) {
        names.add(a.name());
      }
      if (a != co.get(0) && a.entity() != null && !a.entity().equals(first) && !with.contains(a.entity())) {
        with.add(a.entity());
      }
    }
    return new Attribution(String.join(" i ", names), first, co.get(0).cue(), with);
  }

  /** The source named by the first noun phrase at or after token {@code from} in a clause. */
  private Attribution npSource(DocView v, Clause c, int from, String cue) {
    Clause.NP first = null;
    for (Clause.NP np : c.nps) {
      if (np.from >= from) {
        first = np;
        break;
      }
    }
    if (first == null) {
      return null;
    }
    // a named organisation or person in the phrase after the cue ("analizę ekspertów … RUSI")
    for (int k = from; k < Math.min(c.to, from + 12); k++) {
      int m = v.mentionAt[k];
      if (m >= 0 && !v.mentions.get(m).form().equals("adj")) {
        Entity e = v.entity(v.mentions.get(m).entity());
        if (e.type() != null && (e.type().startsWith("orgName") || e.type().startsWith("persName"))) {
          return new Attribution(e.name(), e.id(), cue);
        }
      }
    }
    for (Clause.NP np : c.nps) {
      if (np.from < from || np.from > from + 8) {
        continue;
      }
      if (np.headMention >= 0) {
        int e = v.mentions.get(np.headMention).entity();
        return new Attribution(v.entity(e).name(), v.entity(e).id(), cue);
      }
      if (np.agent != null || np == first) {
        Attribution a = describe(v, np, cue, -1);
        if (a != null && (np.agent != null || np.anyEntity >= 0)) {
          return a;
        }
      }
    }
    return describe(v, first, cue, -1);
  }

  /** A source link for a noun phrase: the named entity, or the phrase in its base form. */
  private Attribution describe(DocView v, Clause.NP np, String cue, int verb) {
    if (np.entity >= 0 && (np.headMention >= 0 || "apposition".equals(np.entityRule))) {
      Entity e = v.entity(np.entity);
      return new Attribution(e.name(), e.id(), cue);
    }
    String name = baseForm(v, np, verb);
    if (name.isBlank()) {
      return null;
    }
    int ent = np.entity >= 0 ? np.entity : np.anyEntity;
    return new Attribution(name, ent >= 0 ? v.entity(ent).id() : null, cue);
  }

  /** "południowokoreańską służbę wywiadowczą" → "południowokoreańska służba wywiadowcza". */
  private static String baseForm(DocView v, Clause.NP np, int verb) {
    int end = np.to;
    // a subject without a noun head ("Jeden z wyższych urzędników …"): the words up to the verb
    if (!np.nominal && verb > np.from) {
      StringBuilder b = new StringBuilder();
      for (int k = np.from; k < verb; k++) {
        if (v.pos(k).equals("interp")) {
          break;
        }
        b.append(b.length() == 0 ? "" : " ").append(v.words[k]);
      }
      return b.toString();
    }
    List<String> hg = np.genders;
    String g = hg.isEmpty() ? "m3" : hg.get(0);
    int headCases = v.tagCases[np.head];
    StringBuilder b = new StringBuilder();
    for (int k = np.from; k < end; k++) {
      String w;
      if (k == np.head) {
        w = v.lemma[k];
      } else if (v.adj[k] && (k < np.head || (v.tagCases[k] & headCases) != 0)) {
        w = agreeAdj(v.lemma[k], g);
      } else {
        w = v.words[k];
      }
      b.append(b.length() == 0 ? "" : " ").append(w);
    }
    return b.toString();
  }

  private static String agreeAdj(String lemma, String gender) {
    if (gender.equals("f")) {
      if (lemma.endsWith("i")) {
        return lemma.substring(0, lemma.length() - 1) + (lemma.endsWith("ki") || lemma.endsWith("gi") ? "a" : "ia");
      }
      if (lemma.endsWith("y")) {
        return lemma.substring(0, lemma.length() - 1) + "a";
      }
    } else if (gender.startsWith("n")) {
      if (lemma.endsWith("i")) {
        return lemma.substring(0, lemma.length() - 1) + (lemma.endsWith("ki") || lemma.endsWith("gi") ? "ie" : "ie");
      }
      if (lemma.endsWith("y")) {
        return lemma.substring(0, lemma.length() - 1) + "e";
      }
    }
    return lemma;
  }

  private static int findPhrase(DocView v, String phrase, int from, int to) {
    if (!phrase.isEmpty() && phrase.charAt(phrase.length() - 1) != ' ') {
      return findWords(v, phrase, from, to);
    }
    String[] p = phrase.split(" ");
    outer:
    for (int i = from; i + p.length <= to; i++) {
      for (int k = 0; k < p.length; k++) {
        if (!v.lower[i + k].equals(p[k])) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * {@link #findPhrase} for a phrase not ending in a space, read in place: its words are the
   * pieces between single spaces, as {@code split(" ")} gives them, compared without cutting
   * them out.
   */
  private static int findWords(DocView v, String phrase, int from, int to) {
    int words = 1;
    for (int k = 0; k < phrase.length(); k++) {
      if (phrase.charAt(k) == ' ') {
        words++;
      }
    }
    outer:
    for (int i = from; i + words <= to; i++) {
      int pos = 0;
      for (int k = 0; k < words; k++) {
        int sp = phrase.indexOf(' ', pos);
        int end = sp < 0 ? phrase.length() : sp;
        String w = v.lower[i + k];
        if (w.length() != end - pos || !phrase.startsWith(w, pos)) {
          continue outer;
        }
        pos = end + 1;
      }
      return i;
    }
    return -1;
  }

  private static boolean hasSie(DocView v, int at, Clause c) {
    for (int k = Math.max(c.from, at - 3); k < Math.min(c.to, at + 4); k++) {
      if (v.lower[k].equals("się")) {
        return true;
      }
    }
    return false;
  }

  private static int firstContent(DocView v, Clause c) {
    for (int k = c.from; k < c.to; k++) {
      String p = v.pos(k);
      if (!(p.equals("interp") || p.equals("conj"))) {
        return k;
      }
    }
    return -1;
  }

  /** The index of a reportative "miał/miała/mieli" + infinitive in a clause, or -1. */
  private static int reportative(DocView v, Clause c) {
    for (int k = c.from; k < c.to; k++) {
      if (v.lemma[k].equals("mieć") && v.pos(k).equals("praet")) {
        for (int j = k + 1; j < Math.min(c.to, k + 3); j++) {
          if (v.pos(j).equals("inf")) {
            return k;
          }
        }
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- factuality

  private void factuality(DocView v, Clause c) {
    String f = "fact";
    String rule = null;
    if (c.parent != null && (c.complement() || c.sub != null)) {
      f = c.parent.fact;
      rule = c.parent.factRule;
      if (c.parent.report && c.parent.reportFact != null && c.complement()) {
        String nf = weaker(f, c.parent.reportFact);
        if (!nf.equals(f)) {
          rule = "factuality:governing-cue:" + v.lemma[c.parent.verb];
        }
        f = nf;
      }
      if (c.parent.complementFact != null) {
        f = weaker(f, c.parent.complementFact);
        rule = "factuality:governing-phrase";
      }
    }
    if ("czy".equals(c.sub)) {
      f = weaker(f, "unknown");
      rule = "factuality:czy-question";
    } else if ("jeśli".equals(c.sub) || "jeżeli".equals(c.sub) || "gdyby".equals(c.sub)) {
      f = weaker(f, "possible");
      rule = "factuality:conditional";
    }
    // complement-scope phrases in this clause govern the clauses after it
    for (EventLexicon.Hedge h : lex.hedges()) {
      if (!h.complementScope()) {
        continue;
      }
      if (h.form() ? findPhrase(v, h.cue(), c.from, c.to) >= 0 : hasLemma(v, h.cue(), c.from, c.to)) {
        c.complementFact = h.value();
        break;
      }
    }
    c.fact = f;
    c.factRule = rule;
  }

  private static boolean hasLemma(DocView v, String lemma, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.lemma[k].equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  private static int rank(String f) {
    return switch (f) {
      case "fact" -> 4;
      case "probable" -> 3;
      case "possible" -> 2;
      case "unknown" -> 1;
      default -> 0; // negated
    };
  }

  private static String weaker(String a, String b) {
    if (a.equals("negated") || b.equals("negated")) {
      return "negated";
    }
    return rank(a) <= rank(b) ? a : b;
  }

  // ---------------------------------------------------------------- events

  /** A candidate event before merging. */
  private static final class Draft {
    String type, mode, lemma, factuality, time;
    List<Integer> actors = new ArrayList<>(), recipients = new ArrayList<>();
    int location = -1;
    List<Integer> quantities = new ArrayList<>();
    List<Attribution> chain = List.of();
    int trigStart, trigEnd;
    String trigText;
    List<Span> evidence = new ArrayList<>();
    double confidence;
    List<String> explanation = new ArrayList<>();
  }

  private void events(DocView v, List<Clause> clauses, int ci, Sentence sent, List<Draft> out) {
    Clause c = clauses.get(ci);
    if ("niż".equals(c.sub) || "aby".equals(c.sub) || "żeby".equals(c.sub) || "by".equals(c.sub)
        || "jak".equals(c.sub)) {
      return; // comparisons, purposes and parenthetical sources state no event of their own
    }
    boolean verbTrigger = false;
    List<int[]> found = new ArrayList<>(); // token, entry index
    for (int i = c.from; i < c.to; i++) {
      List<EventLexicon.Entry> es = lex.triggers(v.lemma[i]);
      if (es.isEmpty()) {
        continue;
      }
      String p = v.pos(i);
      boolean verbal = v.finite[i] || p.equals("inf");
      boolean passive = p.equals("ppas") && i > c.from && (v.lemma[i - 1].equals("zostać")
          || v.lemma[i - 1].equals("być"));
      boolean nominal = p.equals("subst") || p.equals("ger") || p.equals("depr");
      for (int k = 0; k < es.size(); k++) {
        EventLexicon.Entry e = es.get(k);
        boolean ok = e.noun() ? p.equals("subst") || p.equals("depr")
            : verbal || passive || p.equals("ger");
        if (!ok) {
          continue;
        }
        if (e.reflexive() && !hasSie(v, i, c)) {
          continue;
        }
        if (!e.obj().isEmpty() && objectAt(v, e.obj(), i, c) < 0) {
          continue;
        }
        if (e.needGoods() && goods(v, i, c) == null) {
          continue;
        }
        if (e.nocomp() && c.report) {
          continue;
        }
        found.add(new int[] {i, k, (verbal || passive) ? 1 : 0, passive ? 1 : 0});
        verbTrigger |= verbal || passive;
        break;
      }
    }
    for (int[] f : found) {
      boolean isVerb = f[2] == 1;
      if (!isVerb && verbTrigger) {
        continue; // a nominal inside the complement of a verbal trigger is part of that event
      }
      EventLexicon.Entry e = lex.triggers(v.lemma[f[0]]).get(f[1]);
      // a reporting verb with a complement is a report, not an event (unless PLOVER's speech acts)
      if (c.report && f[0] == c.verb && lex.verbCue(v.lemma[f[0]], false) != null
          && !(e.type().equals("ACCUSE") || e.type().equals("REJECT") || e.type().equals("THREATEN")
              || e.type().equals("REQUEST"))) {
        continue;
      }
      Draft d = build(v, clauses, ci, f[0], e, isVerb, f[3] == 1);
      if (d != null) {
        d.evidence.add(new Span(sent.start(), sent.end()));
        out.add(d);
      }
    }
  }

  private Draft build(DocView v, List<Clause> clauses, int ci, int t, EventLexicon.Entry e,
      boolean isVerb, boolean passive) {
    Clause c = clauses.get(ci);
    Draft d = new Draft();
    d.type = e.type();
    d.lemma = v.lemma[t];
    d.trigStart = v.start(t);
    d.trigEnd = v.end(t);
    d.trigText = v.words[t];
    String goods = e.needGoods() || "@goods".equals(e.mode()) ? goods(v, t, c) : null;
    d.explanation.add(e.rule() + (goods != null ? "+" + goods.replace("?", "goods") + (goods.equals("?") ? "" : "-goods") : ""));
    d.mode = mode(v, e, t, c, goods);
    double conf = 0.9;
    // ---- actors
    List<Integer> actors = new ArrayList<>();
    List<Integer> recipients = new ArrayList<>();
    if (passive) {
      Clause.NP by = pp(c, "przez", t, false);
      if (by != null && by.entity >= 0) {
        actors.add(by.entity);
        d.explanation.add("actor:passive-przez");
      }
      for (int s : c.subject) {
        recipients.add(s);
      }
      if (!c.subject.isEmpty()) {
        d.explanation.add("recipient:passive-subject");
      }
    } else if (e.inv()) {
      Clause.NP from = pp(c, "od", t, false);
      if (from == null) {
        from = pp(c, "z", t, false);
      }
      if (from != null && fill(v, from, true) >= 0) {
        actors.add(fill(v, from, true));
        d.explanation.add("actor:" + from.prep + "+gen(source)");
      }
      recipients.addAll(c.subject);
      if (!c.subject.isEmpty()) {
        d.explanation.add("recipient:" + c.subjectRule.replace("actor:", ""));
        if (c.subjectNp == null) {
          conf -= 0.1;
        }
      } else if (c.subjectNp != null) {
        d.explanation.add("recipient:none(its own subject is not an entity)");
        conf -= 0.1;
      }
    } else if (isVerb) {
      actors.addAll(c.subject);
      if (!c.subject.isEmpty()) {
        d.explanation.add(c.subjectRule);
        if (c.subjectNp == null) {
          conf -= 0.1;
        }
      }
    } else {
      // nominal trigger: z/od+gen right after it, else the subject of a light verb before it;
      // a protective or preventive phrase ("do ochrony przed atakami", "w przeciwdziałaniu
      // zagrożeniom") names a kind of event, not one that happened
      if (protective(v, c, t)) {
        return null;
      }
      Clause.NP src = null;
      for (Clause.NP np : c.nps) {
        if (np.from > t && np.from <= t + 6 && ("z".equals(np.prep) || "od".equals(np.prep))
            && (np.cases & Tags.GEN) != 0 && fill(v, np, true) >= 0 && ownComplement(v, c, t, np)) {
          src = np;
          break;
        }
      }
      if (src != null) {
        actors.add(fill(v, src, true));
        d.explanation.add("actor:nominal-" + src.prep + "+gen");
      } else if (c.verb >= 0 && c.verb < t && (lex.lightVerb(v.lemma[c.verb])
          || lex.lightVerb(v.lemma[c.verb] + " się") && hasSie(v, c.verb, c))) {
        actors.addAll(c.subject);
        if (!c.subject.isEmpty()) {
          d.explanation.add("actor:light-verb-subject:" + v.lemma[c.verb]);
        }
      }
      conf -= 0.1;
    }
    // co-actors: spotkać się z X
    if (e.coZ()) {
      for (Clause.NP np : c.nps) {
        if ("z".equals(np.prep) && (np.cases & Tags.INST) != 0 && np.entity >= 0
            && !actors.contains(resolve(v, np.entity))) {
          actors.add(np.entity);
          d.explanation.add("actor:co-participant-z+inst");
        }
      }
    }
    // ---- recipients
    if (!passive && !e.inv()) {
      for (String r : e.rcp()) {
        Clause.NP np = recipientNp(v, c, r, t, isVerb);
        if (np != null && (isVerb || np.from < t || ownComplement(v, c, t, np))) {
          int ent = r.equals("owner") ? np.anyEntity : fill(v, np, np.prep != null);
          if (ent >= 0) {
            recipients.add(ent);
            for (Clause.NP o : c.nps) {
              if (o.coordPrev == np && fill(v, o, o.prep != null) >= 0) {
                recipients.add(fill(v, o, o.prep != null));
              }
            }
            d.explanation.add("recipient:" + (r.equals("dat") || r.equals("acc") || r.equals("owner")
                ? r : r + "+" + (r.equals("na") ? "acc" : "gen")));
            break;
          }
        }
      }
    }
    // "dostarcza broń Korei Północnej": a dative-capable name right after the goods noun
    if (recipients.isEmpty() && isVerb && e.rcp().contains("dat") && e.needGoods()) {
      for (Clause.NP np : c.nps) {
        if (np.from > t && np.prep == null && np.headMention < 0 && lex.goods(v.lemma[np.head]) != null) {
          for (int k = np.head + 1; k < np.to; k++) {
            int mk = v.mentionAt[k];
            if (mk >= 0 && !v.mentions.get(mk).form().equals("adj")
                && (v.nounCases[k] & Tags.DAT) != 0) {
              recipients.add(v.mentions.get(mk).entity());
              d.explanation.add("recipient:dat-after-goods-noun");
              break;
            }
          }
          break;
        }
      }
    }
    // a purpose clause lends its dative: "…, aby pomóc Północy"
    if (recipients.isEmpty() && ci + 1 < clauses.size()) {
      Clause next = clauses.get(ci + 1);
      if (("aby".equals(next.sub) || "żeby".equals(next.sub)) && next.parent == c) {
        for (Clause.NP np : next.nps) {
          if (np.prep == null && (np.cases & Tags.DAT) != 0 && np.entity >= 0) {
            recipients.add(np.entity);
            d.explanation.add("recipient:dat-of-purpose-clause");
            conf -= 0.1;
            break;
          }
        }
      }
    }
    // a transport verb whose dropped subject is a vehicle: route do+gen of its antecedent clause
    boolean vehicle = false;
    if (e.route() && c.subjectNp == null && c.antecedent != null && c.subject.isEmpty()) {
      Clause a = c.antecedent;
      List<Clause> scope = new ArrayList<>();
      scope.add(a);
      if ("który".equals(a.sub) && a.parent != null) {
        scope.add(a.parent); // the vehicle was named in the clause the relative hangs on
      }
      // the vehicle is the subject: whoever sends it is not stated, and the route's origin
      // ("z Korei") is a place in a prepositional phrase, not the actor
      vehicle = true;
      d.explanation.add("actor:none(subject is a vehicle, not an entity)");
      if (recipients.isEmpty()) {
        for (Clause x : scope) {
          Clause.NP np = pp(x, "do", -1, false);
          if (np != null && fill(v, np, true) >= 0) {
            recipients.add(fill(v, np, true));
            d.explanation.add("recipient:route-do+gen(antecedent clause)");
            break;
          }
        }
      }
      for (Clause x : scope) {
        d.quantities.addAll(quantitiesIn(v, x.from, x.to));
      }
      conf -= 0.15;
    }
    // ---- state coding and checks
    d.actors = dedupe(v, actors, d.explanation, "actor");
    d.recipients = dedupe(v, recipients, d.explanation, "recipient");
    // a sea, a river or a mountain range is where things go, never who receives them
    d.recipients.removeIf(r -> v.entity(r).type() != null && v.entity(r).type().startsWith("geogName"));
    d.recipients.removeAll(d.actors);
    if (d.actors.isEmpty() && !(vehicle && goods != null && !d.recipients.isEmpty())) {
      return null; // precision: no event without a clear actor in its clause
    }
    // aid needs a recipient unless a verb states support with its object ("Rosja zapewnia wsparcie
    // techniczne"): the recipient may be a name the entity layer does not know. Military goods sent
    // to nobody named are a deployment or a transport, not aid ("Marynarka Wojenna wysłała okręt").
    boolean needsRecipient = d.type.equals("AID") && !(isVerb && goods != null && !goods.equals("military"))
        || d.type.equals("SANCTION");
    if (needsRecipient && d.recipients.isEmpty()) {
      return null;
    }
    if (d.type.equals("COOPERATE") && d.recipients.isEmpty() && d.actors.size() < 2) {
      return null;
    }
    // ---- factuality
    String f = c.fact;
    String frule = c.factRule;
    String local = localFactuality(v, c, t, isVerb);
    if (local != null) {
      String[] lf = local.split("\\|");
      String nf = weaker(f, lf[0]);
      if (!nf.equals(f) || frule == null) {
        frule = lf[1];
      }
      f = nf;
    }
    // preparations for a launch or operation: a planned event
    if (!isVerb && t > c.from + 1 && (v.lemma[t - 1].equals("do") && (v.lemma[t - 2].equals("przygotowanie")
        || v.lemma[t - 2].equals("przygotowywać")))) {
      f = weaker(f, "possible");
      frule = "factuality:planned(przygotowania do)";
    }
    d.factuality = f;
    d.explanation.add(frule == null ? "factuality:default-fact" : frule);
    // PLOVER: CONSULT, SUPPORT, COOPERATE and AID reported in the future tense are intentions: AGREE
    if (isVerb && !passive && Set.of("CONSULT", "SUPPORT", "COOPERATE", "AID").contains(d.type)
        && future(v, t, c)) {
      d.explanation.add("type:future-" + d.type.toLowerCase(Locale.ROOT) + "->AGREE(PLOVER)");
      d.type = "AGREE";
      d.mode = null;
    }
    // ---- attribution
    d.chain = c.chain;
    d.explanation.add(c.chain.isEmpty() ? "attribution:article-voice" : c.chainRule);
    // ---- time
    timeOf(v, c, d);
    // ---- location: w/na + loc place entity, not a participant
    for (Clause.NP np : c.nps) {
      if (("w".equals(np.prep) || "na".equals(np.prep)) && (np.cases & Tags.LOC) != 0 && np.entity >= 0) {
        Entity en = v.entity(np.entity);
        if (en.type() != null && en.type().startsWith("placeName") && !d.actors.contains(np.entity)
            && !d.recipients.contains(np.entity)) {
          d.location = np.entity;
          d.explanation.add("location:clause-w/na+loc");
          break;
        }
      }
    }
    // ---- quantities in the clause
    for (int q : quantitiesIn(v, c.from, c.to)) {
      if (!d.quantities.contains(q)) {
        d.quantities.add(q);
      }
    }
    java.util.Collections.sort(d.quantities);
    if (d.recipients.isEmpty()) {
      conf -= 0.05;
    }
    d.confidence = Math.max(0.3, Math.min(0.95, conf));
    return d;
  }

  private static final Set<String> PROTECTIVE = Set.of("ochrona", "obrona", "chronić", "bronić",
      "zabezpieczenie", "zabezpieczać", "przeciwdziałanie", "przeciwdziałać", "zapobieganie",
      "zapobiegać", "odstraszanie", "odstraszać", "ostrzeżenie", "ochronić", "uchronić", "osłona");

  /** A nominal trigger after "przed" or in the phrase of a protective/preventive noun or verb. */
  private static boolean protective(DocView v, Clause c, int t) {
    for (int k = t - 1; k >= Math.max(c.from, t - 4); k--) {
      if (PROTECTIVE.contains(v.lemma[k]) || v.lemma[k].equals("przed") && v.pos(k).equals("prep")) {
        return true;
      }
      if (BOUNDARY.contains(v.words[k]) || COORD.contains(v.lower[k]) || v.finite[k]) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a phrase after a nominal trigger is the trigger's own complement: no conjunction,
   * comma or another bare noun phrase ("ataki oraz poprawa współpracy z X") stands between them.
   */
  private static boolean ownComplement(DocView v, Clause c, int t, Clause.NP np) {
    for (int k = t + 1; k < np.from; k++) {
      if (COORD.contains(v.lower[k]) || BOUNDARY.contains(v.words[k])) {
        return false;
      }
    }
    for (Clause.NP o : c.nps) {
      if (o.from > t && o.from < np.from && o.prep == null && (o.cases & Tags.GEN) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Perfective present ("przekażą") or "będzie" + verb: the future tense. */
  private static boolean future(DocView v, int t, Clause c) {
    if (v.pos(t).equals("fin") && v.tag[t].endsWith(":perf")) {
      return true;
    }
    for (int k = Math.max(c.from, t - 3); k < t; k++) {
      if (v.pos(k).equals("bedzie")) {
        return true;
      }
    }
    return false;
  }

  /** The clause and the relative/subordinate clauses that hang on it. */
  private static List<Clause> clauses(Clause a, List<Clause> all) {
    List<Clause> out = new ArrayList<>();
    out.add(a);
    for (Clause x : all) {
      if (x != a && x.parent == a && "który".equals(x.sub)) {
        out.add(x);
      }
    }
    return out;
  }

  private List<Integer> quantitiesIn(DocView v, int from, int to) {
    List<Integer> out = new ArrayList<>();
    List<Quantity> qs = v.quantities();
    int a = v.start(from), b = v.end(Math.max(from, to - 1));
    for (int i = 0; i < qs.size(); i++) {
      if (qs.get(i).start() >= a && qs.get(i).end() <= b) {
        out.add(i);
      }
    }
    return out;
  }

  private String localFactuality(DocView v, Clause c, int t, boolean isVerb) {
    String f = null;
    String why = null;
    int rep = reportative(v, c);
    if (rep >= 0 && rep < t) {
      f = "probable";
      why = "factuality:reportative-" + v.words[rep].toLowerCase(Locale.ROOT);
    }
    for (EventLexicon.Hedge h : lex.hedges()) {
      if (h.complementScope()) {
        continue;
      }
      boolean hit;
      if (h.form()) {
        int at = findPhrase(v, h.cue(), c.from, c.to);
        hit = at >= 0 && (at < t || !isVerb);
        if (hit && h.cue().equals("może") && v.finite[at]) {
          hit = true;
        }
      } else {
        hit = false;
        for (int k = c.from; k < c.to; k++) {
          if (v.lemma[k].equals(h.cue()) && k != t && (k < t || !isVerb)) {
            hit = true;
          }
        }
      }
      if (hit) {
        String nf = f == null ? h.value() : weaker(f, h.value());
        if (!nf.equals(f)) {
          f = nf;
          why = "factuality:hedge:" + h.cue();
        }
      }
    }
    // negation of the trigger's verb group: "nie" + verb, with only modals between
    for (int k = c.from; k < t; k++) {
      if (v.lower[k].equals("nie") && k + 1 <= t) {
        boolean ok = true;
        for (int j = k + 1; j < t; j++) {
          if (v.verbal[j] && !MODALS.contains(v.lemma[j])) {
            ok = false;
          }
          if (v.noun[j] && isVerb) {
            ok = false;
          }
        }
        if (ok && (v.verbal[k + 1] || k + 1 == t)) {
          return "negated|factuality:negation-nie";
        }
      }
    }
    return f == null ? null : f + "|" + why;
  }

  private void timeOf(DocView v, Clause c, Draft d) {
    TimeExpression te = timeIn(v, c.from, c.to);
    if (te != null) {
      d.time = te.value();
      d.explanation.add("time:clause");
      return;
    }
    for (Clause p = c.parent; p != null; p = p.parent) {
      TimeExpression pt = timeIn(v, p.from, p.to);
      if (pt != null) {
        d.time = pt.value();
        d.explanation.add(p.report ? "time:reporting-clause" : "time:governing-clause");
        return;
      }
    }
    // a jak-parenthetical or other reporting clause of the same sentence
    int para = v.paragraphOfSentence[c.sentence];
    TimeExpression story = null;
    int cs = v.start(c.from);
    List<TimeExpression> times = v.times();
    // the last time before the clause that is in its paragraph: back from the clause, until an
    // earlier paragraph
    for (int k = v.firstTimeAtOrAfter(cs) - 1; k >= 0 && story == null; k--) {
      TimeExpression x = times.get(k);
      int px = v.paragraphOfSentence[v.sentenceOfToken[tokenAt(v, x.start())]];
      if (px < para) {
        break;
      }
      if (px == para && x.value() != null) {
        story = x;
      }
    }
    if (story != null) {
      d.time = story.value();
      d.explanation.add("time:story(last time in the paragraph)");
      return;
    }
    if (v.doc.document().date() != null) {
      d.time = v.doc.document().date();
      d.explanation.add("time:document-date");
    }
  }

  private static int tokenAt(DocView v, int offset) {
    return Bisect.first(0, v.n - 1, i -> v.end(i) <= offset);
  }

  private static TimeExpression timeIn(DocView v, int from, int to) {
    int a = v.start(from), b = v.end(Math.max(from, to - 1));
    List<TimeExpression> times = v.times();
    // the candidates start in [a, b)
    for (int k = v.firstTimeAtOrAfter(a); k < times.size() && times.get(k).start() < b; k++) {
      TimeExpression x = times.get(k);
      if (x.end() <= b && x.value() != null && !"duration".equals(x.kind())) {
        return x;
      }
    }
    return null;
  }

  private Clause.NP pp(Clause c, String prep, int after, boolean dummy) {
    for (Clause.NP np : c.nps) {
      if (prep.equals(np.prep) && np.from > after) {
        return np;
      }
    }
    return null;
  }

  private Clause.NP recipientNp(DocView v, Clause c, String r, int t, boolean isVerb) {
    for (Clause.NP np : c.nps) {
      if (np == c.subjectNp || isCoordOf(np, c.subjectNp)) {
        continue;
      }
      switch (r) {
        case "dat" -> {
          if (isVerb && np.prep == null && (np.cases & Tags.DAT) != 0 && np.entity >= 0
              && (np.from > t || np.from > (c.subjectNp == null ? c.from : c.subjectNp.to))) {
            return np;
          }
        }
        case "acc" -> {
          if (np.prep == null && (np.cases & Tags.ACC) != 0 && np.from > t && np.entity >= 0) {
            return np;
          }
        }
        case "owner" -> {
          if (np.from > t && np.from <= t + 3 && np.prep == null) {
            return np.anyEntity >= 0 ? np : null;
          }
        }
        default -> {
          if (r.equals(np.prep) && (np.from > t || isVerb)) {
            if (r.equals("z") && (np.cases & Tags.INST) == 0) {
              continue;
            }
            if (r.equals("na") && (np.cases & Tags.ACC) == 0) {
              continue;
            }
            return np;
          }
        }
      }
    }
    return null;
  }

  private static boolean isCoordOf(Clause.NP np, Clause.NP subj) {
    if (subj == null) {
      return false;
    }
    for (Clause.NP x = np.coordPrev; x != null; x = x.coordPrev) {
      if (x == subj) {
        return true;
      }
    }
    for (Clause.NP x = subj.coordPrev; x != null; x = x.coordPrev) {
      if (x == np) {
        return true;
      }
    }
    return false;
  }

  /** The entity an NP contributes to a role; in a prepositional phrase an adjective counts too. */
  private static int fill(DocView v, Clause.NP np, boolean inPp) {
    if (np.entity >= 0) {
      return np.entity;
    }
    return inPp && np.anyEntity >= 0 ? np.anyEntity : -1;
  }

  /** Entity ids for role fillers; capitals, regions and state institutions coded with their state. */
  private List<Integer> dedupe(DocView v, List<Integer> in, List<String> expl, String role) {
    List<Integer> out = new ArrayList<>();
    for (int e : in) {
      int r = resolve(v, e);
      if (r != e) {
        expl.add(role + ":state-of:" + v.entity(e).name());
      }
      if (!out.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private int resolve(DocView v, int e) {
    Entity en = v.entity(e);
    String t = en.type() == null ? "" : en.type();
    String country = en.country() != null ? en.country() : en.code();
    if (country == null) {
      return e;
    }
    boolean place = t.startsWith("placeName.settlement") || t.startsWith("placeName.region")
        || t.startsWith("placeName.district");
    boolean stateOrg = t.startsWith("orgName") && "state".equals(lex.agent(en.name()));
    if (!stateOrg && t.startsWith("orgName")) {
      String first = en.name().split(" ")[0];
      stateOrg = "state".equals(lex.agent(first)) && !en.name().contains(" ") ;
    }
    if (place || stateOrg) {
      Integer c = v.countryByCode.get(country);
      if (c != null) {
        return c;
      }
    }
    return e;
  }

  private int objectAt(DocView v, Set<String> obj, int t, Clause c) {
    for (int k = Math.max(c.from, t - 3); k < c.to; k++) {
      if (k != t && obj.contains(v.lemma[k])) {
        return k;
      }
    }
    return -1;
  }

  /** The goods class in the trigger's object: military wins; "?" when goods of no class. */
  private String goods(DocView v, int t, Clause c) {
    String best = null;
    boolean nominalTrigger = !v.verbal[t];
    int end = c.to;
    for (int k = t + 1; k < end; k++) {
      if (nominalTrigger && (v.finite[k])) {
        break;
      }
      if (v.mentionAt[k] >= 0 && !v.mentions.get(v.mentionAt[k]).form().equals("adj")) {
        continue;
      }
      String g = lex.goods(v.lemma[k]);
      if (g == null) {
        continue;
      }
      if (g.equals("military")) {
        return g;
      }
      if (best == null || best.equals("?")) {
        best = g;
      }
    }
    String self = lex.goods(v.lemma[t]);
    if (best == null && self != null) {
      best = self;
    }
    return best;
  }

  private String mode(DocView v, EventLexicon.Entry e, int t, Clause c, String goods) {
    String m = e.mode();
    if (m == null && e.type().equals("ASSAULT")) {
      for (int k = t + 1; k < c.to; k++) {
        String w = lex.weaponMode(v.lemma[k]);
        if (w != null && (v.tagCases[k] & Tags.INST) != 0) {
          return w;
        }
      }
      return null;
    }
    if ("@goods".equals(m)) {
      if (goods == null || goods.equals("?") || goods.equals("technical")) {
        return null;
      }
      return goods;
    }
    if ("@force".equals(m)) {
      int k = objectAt(v, e.obj(), t, c);
      String o = k >= 0 ? v.lemma[k] : "";
      return Set.of("wojsko", "żołnierz", "oddział", "jednostka", "siła").contains(o) ? "troops" : "weapons";
    }
    if (m == null && e.type().equals("CONSULT")) {
      for (int k = c.from; k < c.to; k++) {
        if (v.lemma[k].equals("telefonicznie") || v.lemma[k].equals("telefoniczny")) {
          return "phone";
        }
      }
    }
    if (m == null && e.type().equals("REQUEST")) {
      for (int k = t + 1; k < c.to; k++) {
        String l = v.lemma[k];
        if (Set.of("przerwanie", "przerwać", "zawieszenie", "zawiesić", "rozejm", "uwolnienie", "uwolnić",
            "wycofanie", "wycofać", "zniesienie", "znieść", "zawieszenie broni").contains(l)) {
          return "yield";
        }
        if (Set.of("pomoc", "wsparcie", "dostawa").contains(l)) {
          return "assist";
        }
        if (Set.of("rozmowy", "negocjacja", "spotkanie").contains(l)) {
          return "meet";
        }
        if (Set.of("dymisja", "zmiana", "reforma").contains(l)) {
          return "change";
        }
      }
    }
    return m;
  }

  // ---------------------------------------------------------------- coreference and output

  /**
   * What two restatements of one event must share exactly: type, mode, trigger lemma, the sets of
   * actors and recipients, factuality. Drafts are grouped by it, so a long document compares a
   * draft only with the earlier drafts of its group.
   */
  private record MergeKey(String type, String mode, String lemma, Set<Integer> actors,
      Set<Integer> recipients, String factuality) {
    static MergeKey of(Draft d) {
      return new MergeKey(d.type, d.mode, d.lemma, Set.copyOf(d.actors), Set.copyOf(d.recipients),
          d.factuality);
    }
  }

  private List<Event> merge(DocView v, List<Draft> drafts) {
    List<Draft> kept = new ArrayList<>();
    Map<MergeKey, List<Draft>> groups = new HashMap<>();
    for (Draft d : drafts) {
      List<Draft> group = groups.computeIfAbsent(MergeKey.of(d), x -> new ArrayList<>());
      Draft same = null;
      for (Draft k : group) { // in the order kept: the first compatible one, as before grouping
        if ((k.time == null || d.time == null || k.time.equals(d.time))
            && innermostCompatible(k.chain, d.chain)
            && !k.evidence.get(0).equals(d.evidence.get(0))) {
          same = k;
          break;
        }
      }
      if (same == null) {
        kept.add(d);
        group.add(d);
      } else {
        same.evidence.addAll(d.evidence);
        if (d.chain.size() > same.chain.size()) {
          same.chain = d.chain;
          same.explanation.add("attribution:from-restatement");
        }
        for (int q : d.quantities) {
          if (!same.quantities.contains(q)) {
            same.quantities.add(q);
          }
        }
        same.explanation.add("coref:restated(same type, trigger lemma, actors, recipients, time)");
        same.confidence = Math.min(0.95, same.confidence + 0.05);
      }
    }
    List<Event> out = new ArrayList<>();
    int id = 1;
    for (Draft d : kept) {
      List<String> a = d.actors.stream().map(e -> v.entity(e).id()).toList();
      List<String> r = d.recipients.stream().map(e -> v.entity(e).id()).toList();
      out.add(new Event("V" + id++, d.type, d.mode, a, r,
          d.location >= 0 ? v.entity(d.location).id() : null, d.time, d.quantities, d.factuality,
          d.chain, new Trigger(d.trigStart, d.trigEnd, d.trigText, d.lemma), d.evidence,
          d.confidence, d.explanation));
    }
    return out;
  }

  private static boolean innermostCompatible(List<Attribution> a, List<Attribution> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true; // a lead in the article's voice restated with its source
    }
    return a.get(a.size() - 1).name().equals(b.get(b.size() - 1).name());
  }
}
