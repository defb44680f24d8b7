package org.kronika.pl.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Polish event lexicons: triggers by topic, goods, agent nouns, light verbs, attribution cues
 * and factuality cues, all read from resource files that carry their own examples. Immutable.
 */
public final class EventLexicon {
  /** Trigger files, by topic. */
  public static final List<String> TRIGGER_FILES = List.of(
      "aid.txt", "cooperation.txt", "conflict-verbal.txt", "conflict-material.txt", "other.txt");

  /** One trigger entry. */
  public record Entry(String lemma, boolean reflexive, String type, String mode, boolean noun,
      boolean needGoods, Set<String> obj, List<String> rcp, boolean coZ, boolean inv, boolean route,
      boolean nocomp, String file) {
    public String rule() {
      return "trigger:" + file + ":" + lemma + (reflexive ? " się" : "");
    }
  }

  /** An example attached to a trigger entry or cue file. */
  public record Example(String file, String text, String expected) {}

  /** An attribution cue. */
  public record Cue(String phrase, String kind, String fact, boolean antecedent) {}

  /** A factuality cue. */
  public record Hedge(String cue, boolean form, String value, boolean complementScope) {}

  private final Map<String, List<Entry>> triggers;
  private final Map<String, String> goods;
  private final Map<String, String> agents;
  private final Set<String> lightVerbs;
  private final Map<String, Cue> cues; // verb lemma ("obawiać się" kept with się) or phrase
  private final List<Cue> phraseCues;
  private final List<Hedge> hedges;
  private final Map<String, String> weapons;
  private final List<Example> examples;

  private EventLexicon() {
    Map<String, List<Entry>> t = new HashMap<>();
    List<Example> ex = new ArrayList<>();
    for (String f : TRIGGER_FILES) {
      Entry last = null;
      for (String line : lines("/org/kronika/pl/event/" + f)) {
        if (line.startsWith("ex:")) {
          String body = line.substring(3).strip();
          int arrow = body.lastIndexOf("=>");
          ex.add(new Example(f, body.substring(0, arrow).strip(), body.substring(arrow + 2).strip()));
          continue;
        }
        String[] p = line.split("\t");
        String[] words = p[0].strip().split(" ");
        String lemma = words[0];
        boolean refl = words.length > 1 && words[1].equals("się");
        String[] tm = p[1].strip().split("/");
        Map<String, String> opt = new HashMap<>();
        if (p.length > 2) {
          for (String o : p[2].strip().split("\\s+")) {
            int eq = o.indexOf('=');
            opt.put(eq < 0 ? o : o.substring(0, eq), eq < 0 ? "" : o.substring(eq + 1));
          }
        }
        Entry e = new Entry(lemma, refl, tm[0], tm.length > 1 ? tm[1] : null,
            "noun".equals(opt.get("pos")), "goods".equals(opt.get("need")),
            opt.containsKey("obj") ? Set.of(opt.get("obj").split(",")) : Set.of(),
            opt.containsKey("rcp") ? List.of(opt.get("rcp").split(",")) : List.of(),
            "z".equals(opt.get("co")), opt.containsKey("inv"), opt.containsKey("route"),
            opt.containsKey("nocomp"), f);
        t.computeIfAbsent(lemma, k -> new ArrayList<>()).add(e);
        last = e;
      }
    }
    // entries with an object constraint first: they are the more specific readings
    t.values().forEach(l -> l.sort((a, b) -> Boolean.compare(b.obj().isEmpty() == false,
        a.obj().isEmpty() == false)));
    t.replaceAll((k, v) -> List.copyOf(v));
    triggers = Map.copyOf(t);
    goods = table("/org/kronika/pl/event/goods.txt");
    agents = table("/org/kronika/pl/event/agents.txt");
    weapons = table("/org/kronika/pl/event/assault-weapons.txt");
    lightVerbs = Set.copyOf(lines("/org/kronika/pl/event/light-verbs.txt"));
    Map<String, Cue> c = new LinkedHashMap<>();
    List<Cue> pc = new ArrayList<>();
    for (String line : lines("/org/kronika/pl/attribution/reporting.txt")) {
      String[] p = line.split("\t");
      String fact = null;
      boolean ante = false;
      for (int i = 2; i < p.length; i++) {
        if (p[i].startsWith("fact=")) {
          fact = p[i].substring(5);
        } else if (p[i].equals("src=antecedent")) {
          ante = true;
        }
      }
      Cue cue = new Cue(p[0].strip(), p[1].strip(), fact, ante);
      if (cue.kind().equals("prep") || cue.kind().equals("inner")) {
        pc.add(cue);
      } else {
        c.put(cue.phrase(), cue);
      }
    }
    pc.sort((a, b) -> b.phrase().split(" ").length - a.phrase().split(" ").length);
    cues = Collections.unmodifiableMap(c);
    phraseCues = List.copyOf(pc);
    List<Hedge> h = new ArrayList<>();
    for (String line : lines("/org/kronika/pl/event/factuality.txt")) {
      String[] p = line.split("\t");
      String cue = p[0].strip();
      boolean form = cue.startsWith("\"");
      if (form) {
        cue = cue.substring(1, cue.length() - 1);
      }
      h.add(new Hedge(cue, form, p[1].strip(), p.length > 2 && p[2].strip().equals("complement")));
    }
    h.sort((a, b) -> b.cue().split(" ").length - a.cue().split(" ").length);
    hedges = List.copyOf(h);
    examples = List.copyOf(ex);
  }

  private static final class Holder {
    static final EventLexicon INSTANCE = new EventLexicon();
  }

  public static EventLexicon polish() {
    return Holder.INSTANCE;
  }

  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(line.startsWith("ex:") ? line : line.replaceAll("\\s+$", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Map<String, String> table(String resource) {
    Map<String, String> m = new HashMap<>();
    for (String line : lines(resource)) {
      String[] p = line.split("\t");
      m.put(p[0].strip().toLowerCase(Locale.ROOT), p.length > 1 ? p[1].strip() : "");
    }
    return Map.copyOf(m);
  }

  public List<Entry> triggers(String lemma) {
    return triggers.getOrDefault(lemma, List.of());
  }

  /** Goods class of a noun or adjective lemma ({@code military}, …, {@code ?} when unclassed). */
  public String goods(String lemma) {
    return goods.get(lemma);
  }

  /** Agent class of a noun lemma ({@code state}, {@code person}, {@code media}); null when none. */
  public String agent(String lemma) {
    return lemma == null ? null : agents.get(lemma.toLowerCase(Locale.ROOT));
  }

  public boolean lightVerb(String lemma) {
    return lightVerbs.contains(lemma);
  }

  /** A reporting or attitude verb cue by lemma ("obawiać się" with its się). */
  public Cue verbCue(String lemma, boolean reflexive) {
    if (reflexive) {
      Cue c = cues.get(lemma + " się");
      if (c != null) {
        return c;
      }
    }
    return cues.get(lemma);
  }

  public List<Cue> phraseCues() {
    return phraseCues;
  }

  public List<Hedge> hedges() {
    return hedges;
  }

  public String weaponMode(String lemma) {
    return weapons.get(lemma);
  }

  public List<Example> examples() {
    return examples;
  }

  /** All distinct trigger lemmas (for tests). */
  public Set<String> triggerLemmas() {
    return new HashSet<>(triggers.keySet());
  }
}
