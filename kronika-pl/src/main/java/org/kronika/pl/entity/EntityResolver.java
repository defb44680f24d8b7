package org.kronika.pl.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Entity;
import org.kronika.api.Mention;
import org.kronika.api.Reading;
import org.kronika.pl.segment.PolishSegmenter;

/**
 * Turns typed mention spans into linked, normalised entities: {@link #resolve}.
 *
 * <p>Per mention: a relational adjective names the country of its lemma ({@code
 * country-adjectives.tsv}); a span that is a country name in any inflection gets the country's
 * canonical name and alpha-3 code (not one the model typed {@code geogName}: "Australii" as a
 * continent); a capital acting as an agent is a {@code metonym} of its country,
 * otherwise a settlement; a known organisation or one of its aliases gets its canonical name; any
 * other span gets its base form from {@link NameNormalizer}. Within the document, mentions with one
 * key are one entity; a one-word person name joins the only longer person name containing it; an
 * acronym joins the organisation whose initials it spells. Persons get a role and country from a
 * preceding role phrase ({@code roles.tsv}), with a country in the genitive or as an adjective and
 * an organisation between them allowed (its lexicon country stands in for a missing country:
 * "rzecznik Kremla Dmitrij Pieskow"), else from PETRARCH codes valid at the document date.
 *
 * <p>Immutable and thread-safe; per-document state lives in the call.
 */
public final class EntityResolver {
  private static final Map<String, String> PETRARCH_ROLES = Map.of(
      "GOV", "Government", "MIL", "Military", "LEG", "Legislature", "JUD", "Judiciary",
      "OPP", "Opposition", "ELI", "Elite", "REB", "Rebel", "BUS", "Business", "MED", "Media");

  private final EntityLexicons lexicons;
  private final Morphology morphology;
  private final NameNormalizer normalizer;
  private final PolishSegmenter segmenter = new PolishSegmenter();

  public EntityResolver(EntityLexicons lexicons, PolishSynthesizer synthesizer) {
    this.lexicons = lexicons;
    this.morphology = lexicons.morphology();
    this.normalizer = new NameNormalizer(synthesizer, lexicons::personFormCount);
  }

  /** A resolver with the shipped resources. */
  public static EntityResolver load() {
    return new EntityResolver(EntityLexicons.load(new Morphology()), PolishSynthesizer.load());
  }

  public EntityLexicons lexicons() {
    return lexicons;
  }

  /** One classified mention. */
  private static final class Cand {
    final MentionSpan span;
    final int first;
    final int end;
    String key;
    String type;
    String name;
    String code;
    String form = "name";
    String country;
    String role;
    /** For a capital acting as its state: the city's canonical name (the city is an entity too). */
    String city;

    Cand(MentionSpan span, int first, int end) {
      this.span = span;
      this.first = first;
      this.end = end;
    }
  }

  /**
   * Entities for the spans, ids {@code E1…} in order of first mention; every mention keeps its
   * span's exact offsets. Overlapping spans are all kept; exact duplicates are merged.
   */
  public List<Entity> resolve(AnnotatedDocument doc, List<MentionSpan> spans) {
    return resolve(view(doc), spans);
  }

  /** A view of the document for {@link #resolve(DocView, List)} and the mention finder. */
  DocView view(AnnotatedDocument doc) {
    return new DocView(doc, morphology, segmenter);
  }

  /** As {@link #resolve(AnnotatedDocument, List)}, on a view made by {@link #view}. */
  List<Entity> resolve(DocView dv, List<MentionSpan> spans) {
    List<MentionSpan> sorted = new ArrayList<>(new LinkedHashSet<>(spans));
    sorted.sort(Comparator.comparingInt(MentionSpan::start).thenComparingInt(MentionSpan::end));
    List<Cand> cands = new ArrayList<>();
    for (MentionSpan s : sorted) {
      Cand c = classify(dv, s);
      cands.add(c);
      if (c.city != null) {
        // "Seul obawia się": a mention of South Korea (metonym) and of the city of Seoul
        Cand city = new Cand(c.span, c.first, c.end);
        city.type = "placeName.settlement";
        city.name = c.city;
        city.key = "P:" + c.city.toLowerCase(Locale.ROOT);
        cands.add(city);
      }
    }
    linkShortCountryNames(dv, cands);
    linkPersons(cands);
    linkAcronyms(cands);
    // the country and organisation mentions by the token they end at, once for all persons (a
    // long document has thousands of mentions)
    Map<Integer, Cand> countryAt = new HashMap<>();
    Map<Integer, Cand> orgAt = new HashMap<>();
    for (Cand c : cands) {
      Map<Integer, Cand> at = c.code != null ? countryAt : c.type.startsWith("orgName") ? orgAt : null;
      if (at != null) {
        at.putIfAbsent(c.end - 1, c);
      }
    }
    for (Cand c : cands) {
      if (c.type.equals("persName")) {
        roleFromText(dv, c, countryAt, orgAt);
      }
    }
    return build(dv, cands);
  }

  /** The base form of the text {@code [start, end)} as a name of the given type. */
  public String baseForm(AnnotatedDocument doc, int start, int end, String type) {
    DocView dv = new DocView(doc, morphology, segmenter);
    int[] r = dv.tokenRange(start, end);
    return normalise(dv, r[0], r[1], type.startsWith("persName"));
  }

  private Cand classify(DocView dv, MentionSpan s) {
    int[] r = dv.tokenRange(s.start(), s.end());
    int first = r[0];
    int end = r[1];
    while (first < end && !dv.isWord(first)) {
      first++;
    }
    while (end > first && !dv.isWord(end - 1) && !dv.word(end - 1).endsWith(".")) {
      end--;
    }
    Cand c = new Cand(s, first, end);
    c.type = s.type();
    String surface = dv.text.substring(s.start(), s.end());
    if (first >= end) {
      if (s.derived() || s.type().startsWith("placeName")) {
        // a part of a compound adjective ("polsko" of "polsko-niemiecka", "Rosyjsko-chińskie" at
        // a sentence start): the country its dictionary lemma names (polsko: the ad-adjectival
        // form of polski)
        for (Reading reading : dv.readingsOf(surface)) {
          String code = lexicons.adjectiveCountry(reading.lemma());
          if (code != null) {
            return country(c, code, "adj");
          }
        }
      }
      c.name = surface;
      c.key = s.type() + ":" + surface.toLowerCase(Locale.ROOT);
      return c;
    }
    if (s.derived()) {
      for (int i = first; i < end; i++) {
        for (String l : dv.lemmas(i)) {
          String code = lexicons.adjectiveCountry(l);
          if (code != null) {
            return country(c, code, "adj");
          }
        }
      }
    }
    // a span that is exactly a country's or a capital's name is that place, whatever type the
    // statistical model guessed ("Rosja" as orgName when it acts as a state)
    // (not a geographical name: "Australii", "Amerykę" typed geogName are continents)
    boolean place = !s.type().startsWith("persName");
    if (!s.type().startsWith("persName")) {
      DocView.Match m = s.type().equals("geogName") ? null
          : dv.longest(first, end, lexicons::countryNamesStartingWith);
      if (m != null && m.end() == end && m.start() == first) {
        return country(c, m.name().code(), m.name().alias() ? "alias" : "name");
      }
      DocView.Match cap = dv.longest(first, end, lexicons::capitalsStartingWith);
      if (cap != null && cap.end() == end && cap.start() == first && place) {
        if (dv.isAgent(first, end)) {
          Cand k = country(c, cap.name().code(), "metonym");
          k.city = cap.name().canonical();
          return k;
        }
        c.type = "placeName.settlement";
        c.name = cap.name().canonical();
        c.key = "P:" + c.name.toLowerCase(Locale.ROOT);
        return c;
      }
      if (end - first == 1 && s.type().startsWith("placeName") && !s.derived()) {
        // the country's people, typed as the country as NKJP does ("Rosjanie ostrzelali")
        for (String l : dv.lemmas(first)) {
          String code = lexicons.peopleCountry(l);
          if (code != null) {
            return country(c, code, "people");
          }
        }
      }
      EntityLexicons.Org org = orgFor(dv, first, end);
      if (org != null) {
        c.type = s.type().startsWith("placeName") ? s.type() : org.type();
        c.name = org.canonical();
        c.key = "O:" + org.canonical().toLowerCase(Locale.ROOT);
        c.country = org.country();
        String written = dv.text.substring(dv.tokens.get(first).start(), dv.tokens.get(end - 1).end());
        if (!written.equalsIgnoreCase(org.canonical()) && !c.name.equals(normalise(dv, first, end, false))) {
          c.form = "alias";
        }
        return c;
      }
    }
    boolean person = s.type().startsWith("persName");
    c.name = normalise(dv, first, end, person);
    if (s.derived()) {
      // a relational adjective of a place the lexicons do not know ("wojewoda małopolski"): named
      // by its lemma, so that its inflected forms are one entity ("bałtyckimi", "bałtyckiego" →
      // bałtycki)
      c.form = "adj";
      String lemma = end - first == 1 ? adjectiveLemma(dv.readings(first)) : null;
      if (lemma != null) {
        c.name = lemma;
      }
    }
    if (person) {
      c.type = "persName";
      c.key = "PER:" + c.name;
    } else if (s.type().startsWith("orgName")) {
      c.key = "O:" + c.name.toLowerCase(Locale.ROOT);
    } else {
      c.key = "P:" + c.name.toLowerCase(Locale.ROOT);
    }
    return c;
  }

  /**
   * Whether the text is written in capitals, not as an acronym: no lower-case letter and a word of
   * five letters or more ("KWIDZYN", "RADA MINISTRÓW"; not "PIP", "NATO").
   */
  private static boolean allCaps(String text) {
    if (text.chars().anyMatch(Character::isLowerCase)) {
      return false;
    }
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.length() >= 5) {
        return true;
      }
    }
    return false;
  }

  /** The lemma of the first adjective reading (the tagger's, where tagged), or null. */
  private static String adjectiveLemma(List<Reading> readings) {
    for (Reading r : readings) {
      if (Tags.isAdjective(r.tag())) {
        return r.lemma();
      }
    }
    return null;
  }

  private Cand country(Cand c, String code, String form) {
    c.type = "placeName.country";
    c.code = code;
    c.name = lexicons.countryName(code);
    c.key = "C:" + code;
    c.form = form;
    return c;
  }

  private EntityLexicons.Org orgFor(DocView dv, int first, int end) {
    DocView.Match m = dv.longest(first, end, lexicons::orgNamesStartingWith);
    if (m != null && m.end() == end) {
      return lexicons.org(m.name().code());
    }
    String written = dv.text.substring(dv.tokens.get(first).start(), dv.tokens.get(end - 1).end());
    EntityLexicons.Org o = lexicons.org(written);
    if (o != null) {
      return o;
    }
    if (end - first == 1 && dv.readings(first).isEmpty()) {
      String w = dv.word(first);
      String ap = NameNormalizer.stripApostrophe(w);
      if (ap != null && lexicons.org(ap) != null) {
        return lexicons.org(ap);
      }
      for (String cand : NameNormalizer.strippedCandidates(w, new String[] {"owi", "em", "ie", "a", "u"})) {
        if (lexicons.org(cand) != null) {
          return lexicons.org(cand);
        }
      }
    }
    return null;
  }

  private String normalise(DocView dv, int first, int end, boolean person) {
    List<NameNormalizer.Word> words = new ArrayList<>();
    for (int i = first; i < end; i++) {
      String w = dv.word(i);
      if (QuotationMarks.only(w)) {
        // a name's own quotation marks are not part of its base form: Fundacja „Otwarty Dialog” →
        // Fundacja Otwarty Dialog, as „Washington Post” → Washington Post
        continue;
      }
      List<Reading> readings = dv.readings(i);
      List<NameNormalizer.Word> parts = List.of();
      if (readings.isEmpty() && NameNormalizer.isHyphenCompound(w)) {
        // "Bielsku-Białej", "Gronkiewicz-Waltz": each part inflects on its own
        parts = new ArrayList<>();
        for (String part : w.split("-")) {
          parts.add(new NameNormalizer.Word(part, dv.readingsOf(part)));
        }
      }
      words.add(new NameNormalizer.Word(w, readings, parts, dv.tagged(i)));
    }
    boolean afterPrep = dv.isPreposition(first - 1);
    return normalizer.normalize(words, person, afterPrep,
        cand -> dv.hasCapitalisedForm(cand) || (person && lexicons.isActorNameWord(EntityLexicons.actorKey(cand))));
  }

  /**
   * A one-word country mention that no country is called but that begins the names of some
   * ("Korea": Korea Północna, Korea Południowa) is the one of those countries mentioned last
   * before it ("co Korea otrzymuje w zamian", after "Korea Północna wysłała"), form {@code short};
   * with none of them mentioned before, it stays without a code. Requires {@code cands} in text
   * order.
   */
  private void linkShortCountryNames(DocView dv, List<Cand> cands) {
    // the last mention of each country so far, in text order
    Map<String, Cand> last = new HashMap<>();
    for (Cand c : cands) {
      if (c.code == null && "placeName.country".equals(c.type) && c.end - c.first == 1
          && !c.span.derived()) {
        Cand best = null;
        for (String lemma : dv.lemmas(c.first)) {
          for (EntityLexicons.Name n : lexicons.countryNamesStartingWith(lemma)) {
            Cand p = n.words().size() > 1 ? last.get(n.code()) : null;
            if (p != null && p.end <= c.first && (best == null || p.first > best.first)) {
              best = p;
            }
          }
        }
        if (best != null) {
          country(c, best.code, "short");
        }
      }
      if (c.code != null) {
        last.put(c.code, c);
      }
    }
  }

  private static void linkPersons(List<Cand> cands) {
    Map<String, Set<String>> byWord = new HashMap<>();
    for (Cand c : cands) {
      if (c.type.equals("persName") && c.name.contains(" ")) {
        for (String w : c.name.split(" ")) {
          byWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(c.key);
        }
      }
    }
    for (Cand c : cands) {
      if (c.type.equals("persName") && !c.name.contains(" ")) {
        Set<String> keys = byWord.get(c.name);
        if (keys != null && keys.size() == 1) {
          c.key = keys.iterator().next();
        }
      }
    }
  }

  /** An all-capitals organisation name joins the organisation whose initials it spells. */
  private static void linkAcronyms(List<Cand> cands) {
    List<Cand> acronyms = new ArrayList<>();
    for (Cand c : cands) {
      if (c.type.startsWith("orgName") && c.name.length() >= 2 && !c.name.contains(" ")
          && c.name.chars().allMatch(Character::isUpperCase)) {
        acronyms.add(c);
      }
    }
    if (acronyms.isEmpty()) {
      return;
    }
    // the keys of the multi-word organisations by their initials (both spellings, see initials),
    // once for all acronyms: an acronym's candidates are looked up, not searched for
    Map<String, Set<String>> byInitials = new HashMap<>();
    for (Cand o : cands) {
      if (o.type.startsWith("orgName") && o.name.contains(" ")) {
        for (String i : initials(o.name)) {
          byInitials.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(o.key);
        }
      }
    }
    for (Cand c : acronyms) {
      Set<String> keys = byInitials.getOrDefault(c.name, Set.of());
      if (keys.size() == 1) {
        c.key = keys.iterator().next();
        c.form = "alias";
      }
    }
  }

  /**
   * The initials of a name, two ways: of every word, upper-cased ("Ministerstwo Spraw
   * Zagranicznych" → MSZ), and of its capitalised words only ("Bank of England" → BE).
   */
  private static Set<String> initials(String name) {
    StringBuilder all = new StringBuilder();
    StringBuilder caps = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      all.append(Character.toUpperCase(w.charAt(0)));
      if (Character.isUpperCase(w.charAt(0))) {
        caps.append(w.charAt(0));
      }
    }
    String a = all.toString();
    String c = caps.toString();
    return a.equals(c) ? Set.of(a) : Set.of(a, c);
  }

  /**
   * A role phrase before the person, read right to left: {@code [role] [organisation]? [country]?
   * person} ("sekretarz stanu USA Antony Blinken", "rzecznik MSZ Rosji Maria Zacharowa", "rzecznik
   * Kremla Dmitrij Pieskow", "rosyjski minister obrony X"). A role that ends at the country or at the
   * organisation itself ("szef MSZ Rosji Siergiej Ławrow": {@code szef msz}) is tried before one
   * that ends before the organisation. The country is the genitive one between role and name, else
   * a country adjective before the role, else the organisation's lexicon country. Each mention must
   * end where the next begins: a name nested in an organisation ("Instytutu Pileckiego") is no
   * place for a role.
   *
   * @param countryAt the first country mention (by text order) ending at each token
   * @param orgAt the first organisation mention ending at each token
   */
  private void roleFromText(DocView dv, Cand p, Map<Integer, Cand> countryAt,
      Map<Integer, Cand> orgAt) {
    int j = p.first - 1;
    String country = null;
    Cand cc = countryAt.get(j);
    if (cc != null && !cc.form.equals("adj")) {
      country = cc.code;
      j = cc.first - 1;
    }
    if (matchRole(dv, p, j, country, countryAt)) {
      return;
    }
    Cand org = orgAt.get(j);
    if (org != null && org.first <= j) {
      matchRole(dv, p, org.first - 1, country, countryAt);
      if (p.role != null && p.country == null) {
        p.country = org.country;
      }
    }
  }

  /** Sets the person's role from a role phrase ending at token {@code j}; whether one matched. */
  private boolean matchRole(DocView dv, Cand p, int j, String country, Map<Integer, Cand> countryAt) {
    for (EntityLexicons.Role role : lexicons.roles()) {
      int n = role.lemmas().size();
      int start = j - n + 1;
      if (start < 0 || dv.sentenceOf[start] != dv.sentenceOf[Math.max(p.first, 0)]) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        ok = dv.hasLemma(start + k, role.lemmas().get(k));
      }
      if (!ok) {
        continue;
      }
      p.role = role.role();
      if (country == null) {
        Cand adj = countryAt.get(start - 1);
        if (adj != null && adj.form.equals("adj")) {
          country = adj.code;
        }
      }
      p.country = country;
      return true;
    }
    return false;
  }

  private List<Entity> build(DocView dv, List<Cand> cands) {
    Map<String, List<Cand>> clusters = new LinkedHashMap<>();
    for (Cand c : cands) {
      clusters.computeIfAbsent(c.key, k -> new ArrayList<>()).add(c);
    }
    List<Entity> out = new ArrayList<>();
    int id = 1;
    for (List<Cand> cl : clusters.values()) {
      Cand head = cl.get(0);
      String name = head.name;
      String type = head.type;
      String code = null;
      String role = null;
      String country = null;
      for (Cand c : cl) {
        if (c.code != null) {
          code = c.code;
          type = c.type;
          name = c.name;
        }
        if (c.type.equals("persName") && c.name.split(" ").length > name.split(" ").length) {
          name = c.name;
        }
        if (c.form.equals("name") && head.form.equals("alias") && c.key.startsWith("O:")) {
          name = c.name;
        }
        if (c.code == null && allCaps(name) && !allCaps(c.name) && c.name.equalsIgnoreCase(name)) {
          // a heading's "RADA MINISTRÓW" is named as the text writes it elsewhere: Rada Ministrów
          name = c.name;
        }
        if (role == null && c.role != null) {
          role = c.role;
        }
        if (country == null && c.country != null) {
          country = c.country;
        }
        if (type.equals(head.type) && !c.type.equals(type) && c.type.length() > type.length() && code == null) {
          type = c.type;
        }
      }
      if (type.equals("persName") && (role == null || country == null)) {
        String[] rc = fromActors(name, dv.date);
        if (rc != null) {
          role = role == null ? rc[0] : role;
          country = country == null ? rc[1] : country;
        }
      }
      List<Mention> mentions = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (Cand c : cl) {
        if (seen.add(c.span.start() + ":" + c.span.end())) {
          mentions.add(new Mention(c.span.start(), c.span.end(), dv.text.substring(c.span.start(), c.span.end()), c.form));
        }
      }
      out.add(new Entity("E" + id++, type, name, code, role, country, mentions));
    }
    return out;
  }

  /**
   * Role and country from PETRARCH codes for this name: a dated code only when its interval overlaps
   * the document date (at the date's granularity), an open-ended one ("since 2008") only up to the
   * dictionaries' latest date ({@link EntityLexicons#actorsKnownUntil}: who holds an office later
   * they cannot know); with no document date, or none of its dated codes applying, only undated
   * codes, and those give the country alone, or else the one country all its codes name. A name
   * PETRARCH does not spell as Polish does is looked up in its English-style spellings ({@link
   * PolishRomanization}: "Władimir Putin" → VLADIMIR_PUTIN).
   */
  String[] fromActors(String name, String date) {
    List<EntityLexicons.ActorCode> codes = lexicons.actorCodes(EntityLexicons.actorKey(name));
    if (codes.isEmpty() && name.indexOf(' ') > 0) {
      for (String key : PolishRomanization.keys(name, lexicons::isActorNameWord)) {
        codes = lexicons.actorCodes(key);
        if (!codes.isEmpty()) {
          break;
        }
      }
    }
    if (codes.isEmpty()) {
      return null;
    }
    String from = null;
    String to = null;
    if (date != null && date.length() >= 4) {
      String d = date.length() > 10 ? date.substring(0, 10) : date;
      from = (d + "-01-01".substring(d.length() - 4)).substring(0, 10);
      to = (d + "-12-31".substring(d.length() - 4)).substring(0, 10);
    }
    String[] undated = null;
    for (EntityLexicons.ActorCode c : codes) {
      String cc = countryOf(c);
      if (cc == null) {
        continue;
      }
      if (!c.dated()) {
        if (undated == null) {
          undated = new String[] {null, cc};
        }
        continue;
      }
      if (from == null) {
        continue;
      }
      String end = c.to() != null ? c.to() : lexicons.actorsKnownUntil();
      boolean overlaps = (c.from() == null || c.from().compareTo(to) <= 0) && end.compareTo(from) >= 0;
      if (overlaps) {
        String suffix = c.code().length() >= 6 ? c.code().substring(3, 6) : "";
        return new String[] {PETRARCH_ROLES.get(suffix), cc};
      }
    }
    return undated != null ? undated : soleCountry(codes);
  }

  /**
   * The country, without a role, when every code of a person names the same one (a person's
   * country outlives the offices the codes date: SERGEY_LAVROV is RUS whatever the date); null
   * when the codes name none or several.
   */
  private String[] soleCountry(List<EntityLexicons.ActorCode> codes) {
    String country = null;
    for (EntityLexicons.ActorCode c : codes) {
      String cc = countryOf(c);
      if (cc != null && country != null && !country.equals(cc)) {
        return null;
      }
      country = cc != null ? cc : country;
    }
    return country == null ? null : new String[] {null, country};
  }

  /** The country a PETRARCH code starts with, or null when its prefix is none ({@code IGO}, …). */
  private String countryOf(EntityLexicons.ActorCode c) {
    String prefix = c.code().length() < 3 ? null : c.code().substring(0, 3);
    return prefix != null && lexicons.countryName(prefix) != null ? prefix : null;
  }

  /** Lemmas of the readings, for tests. */
  static List<String> lemmas(List<Reading> rs) {
    List<String> out = new ArrayList<>();
    for (Reading r : rs) {
      out.add(r.lemma());
    }
    return out;
  }
}
