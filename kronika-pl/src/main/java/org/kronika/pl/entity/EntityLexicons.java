package org.kronika.pl.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.kronika.api.Reading;
import org.kronika.api.Token;
import org.kronika.pl.segment.PolishSegmenter;

/**
 * The entity resources of this package, loaded once and shared (immutable, thread-safe):
 *
 * <ul>
 *   <li>{@code countries-pl.tsv} (generated), {@code former-countries.tsv} (states that no longer
 *       exist, with the alpha-3 code they held) and {@code country-short-names.tsv}: Polish country
 *       names → alpha-3;
 *   <li>{@code country-adjectives.tsv}: relational adjective lemmas → alpha-3;
 *   <li>{@code country-people.tsv}: lemmas of the names of a country's people → alpha-3;
 *   <li>{@code capitals.tsv}: Polish capital names → alpha-3;
 *   <li>{@code org-aliases.tsv}: organisations and their short forms;
 *   <li>{@code roles.tsv}: Polish role phrases (lemmas) → English role;
 *   <li>{@code petrarch-persons.tsv.gz} (generated): PETRARCH person actors with dated codes;
 *   <li>{@code person-name-forms.tsv.gz} (generated): how often a word form occurs inside person
 *       names of the NER training data.
 * </ul>
 *
 * Multiword names are matched token by token on lemma sets, so inflected forms match.
 */
public final class EntityLexicons {
  /** A name from a lexicon as a sequence of word matchers. */
  public record Name(String code, String canonical, String text, List<Set<String>> words,
      List<Boolean> capitalised, boolean alias) {}

  /** An organisation entry. */
  public record Org(String canonical, String type, String country, List<String> aliases) {}

  /** A role phrase. */
  public record Role(List<String> lemmas, String role) {}

  /** A PETRARCH code with its validity interval ({@code from}/{@code to} ISO dates, null = open). */
  public record ActorCode(String code, String from, String to, boolean dated) {}

  private final Morphology morphology;
  private final Map<String, String> countryCanonical = new LinkedHashMap<>();
  private final Map<String, List<Name>> countryNames = new HashMap<>();
  private final Map<String, List<Name>> capitals = new HashMap<>();
  private final Map<String, String> adjectives = new HashMap<>();
  private final Map<String, String> people = new HashMap<>();
  private final List<Org> orgs = new ArrayList<>();
  private final Map<String, Org> orgByForm = new HashMap<>();
  private final Map<String, List<Name>> orgNames = new HashMap<>();
  private final List<Role> roles = new ArrayList<>();
  private final Map<String, List<ActorCode>> actors = new HashMap<>();
  private final Set<String> actorNameWords = new java.util.HashSet<>();
  private final Map<String, Integer> personForms = new HashMap<>();
  /** The latest date in the PETRARCH person entries: what they can know about. */
  private String actorsKnownUntil = "0000-00-00";
  /** The first-word keys of the country, capital and organisation name indexes together. */
  private final Set<String> nameStarts = new java.util.HashSet<>();

  private EntityLexicons(Morphology morphology) {
    this.morphology = morphology;
  }

  /** Loads every resource of the package. */
  public static EntityLexicons load(Morphology morphology) {
    EntityLexicons lx = new EntityLexicons(morphology);
    PolishSegmenter seg = new PolishSegmenter();
    for (String resource : List.of("countries-pl.tsv", "former-countries.tsv")) {
      for (String[] r : rows(resource)) {
        lx.countryCanonical.put(r[0], r[1]);
        lx.addName(lx.countryNames, seg, r[0], r[1], r[1], false);
        if (r.length > 2 && !r[2].isBlank()) {
          for (String n : r[2].split("\\|")) {
            lx.addName(lx.countryNames, seg, r[0], r[1], n, false);
          }
        }
      }
    }
    for (String[] r : rows("country-short-names.tsv")) {
      String canon = lx.countryCanonical.get(r[0]);
      if (canon == null) {
        throw new IllegalStateException("country-short-names.tsv: unknown code " + r[0]);
      }
      lx.addName(lx.countryNames, seg, r[0], canon, r[1], isAcronym(r[1]));
    }
    for (String[] r : rows("capitals.tsv")) {
      lx.addName(lx.capitals, seg, r[0 + 1], r[0], r[0], false);
    }
    for (String[] r : rows("country-adjectives.tsv")) {
      lx.adjectives.put(r[0], r[1]);
    }
    for (String[] r : rows("country-people.tsv")) {
      if (lx.countryName(r[1]) == null) {
        throw new IllegalStateException("country-people.tsv: unknown code " + r[1]);
      }
      lx.people.put(r[0].toLowerCase(Locale.ROOT), r[1]);
    }
    for (String[] r : rows("org-aliases.tsv")) {
      List<String> aliases = r[3].equals("-") ? List.of() : List.of(r[3].split("\\|"));
      Org o = new Org(r[0], r[1], r[2].equals("-") ? null : r[2], aliases);
      lx.orgs.add(o);
      lx.orgByForm.put(r[0].toLowerCase(Locale.ROOT), o);
      lx.addName(lx.orgNames, seg, r[0], r[0], r[0], false);
      for (String a : aliases) {
        lx.orgByForm.putIfAbsent(a.toLowerCase(Locale.ROOT), o);
        lx.addName(lx.orgNames, seg, r[0], r[0], a, true);
      }
    }
    for (String[] r : rows("roles.tsv")) {
      lx.roles.add(new Role(List.of(r[0].split(" ")), r[1]));
    }
    lx.roles.sort((a, b) -> b.lemmas().size() - a.lemmas().size());
    lx.nameStarts.addAll(lx.countryNames.keySet());
    lx.nameStarts.addAll(lx.capitals.keySet());
    lx.nameStarts.addAll(lx.orgNames.keySet());
    lx.loadActors();
    for (String[] r : rows("person-name-forms.tsv.gz")) {
      lx.personForms.put(r[0], Integer.parseInt(r[1]));
    }
    return lx;
  }

  private void addName(Map<String, List<Name>> index, PolishSegmenter seg, String code, String canonical,
      String text, boolean alias) {
    List<Set<String>> words = new ArrayList<>();
    List<Boolean> caps = new ArrayList<>();
    for (Token t : seg.tokenize(text)) {
      String w = t.text(text);
      Set<String> lemmas = new LinkedHashSet<>();
      lemmas.add(w.toLowerCase(Locale.ROOT));
      for (Reading r : morphology.readings(w)) {
        if ("nom".equals(Tags.caseOf(r.tag())) || Tags.caseOf(r.tag()) == null) {
          lemmas.add(r.lemma().toLowerCase(Locale.ROOT));
        }
      }
      words.add(lemmas);
      caps.add(Character.isUpperCase(w.charAt(0)));
    }
    if (words.isEmpty()) {
      return;
    }
    Name n = new Name(code, canonical, text, List.copyOf(words), List.copyOf(caps), alias || isAcronym(text));
    for (String first : words.get(0)) {
      index.computeIfAbsent(first, k -> new ArrayList<>()).add(n);
    }
  }

  private static boolean isAcronym(String s) {
    return s.length() >= 2 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private void loadActors() {
    for (String[] r : rows("petrarch-persons.tsv.gz")) {
      List<ActorCode> codes = new ArrayList<>();
      for (String c : r[1].split(";")) {
        String[] p = c.split(" ", 2);
        if (p.length == 1) {
          codes.add(new ActorCode(p[0], null, null, false));
        } else if (p[1].startsWith(">")) {
          codes.add(new ActorCode(p[0], p[1].substring(1), null, true));
        } else if (p[1].startsWith("<")) {
          codes.add(new ActorCode(p[0], null, p[1].substring(1), true));
        } else {
          String[] ft = p[1].split("/");
          codes.add(new ActorCode(p[0], ft[0], ft[1], true));
        }
      }
      for (ActorCode c : codes) {
        for (String d : new String[] {c.from(), c.to()}) {
          if (d != null && d.compareTo(actorsKnownUntil) > 0) {
            actorsKnownUntil = d;
          }
        }
      }
      actors.put(r[0], List.copyOf(codes));
      actorNameWords.addAll(List.of(r[0].split("_")));
    }
  }

  /**
   * How often the form occurs inside person names of the NER training data (NKJP-1M; forms seen
   * fewer than twice: 0): which of several names the dictionary offers is the usual one.
   */
  public int personFormCount(String form) {
    return personForms.getOrDefault(form, 0);
  }

  /** The rows of a resource of this package ({@link #rows(InputStream)}), gunzipped if it ends in .gz. */
  static List<String[]> rows(String resource) {
    try (InputStream in = EntityLexicons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return rows(resource.endsWith(".gz") ? new GZIPInputStream(in) : in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tab-separated rows of a UTF-8 stream, without comment ({@code #}) and blank lines. */
  private static List<String[]> rows(InputStream in) throws IOException {
    List<String[]> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      out.add(line.split("\t", -1));
    }
    return out;
  }

  public Morphology morphology() {
    return morphology;
  }

  /** The canonical Polish name of a country code, or null. */
  public String countryName(String code) {
    return countryCanonical.get(code);
  }

  /** Country names whose first word can have this lemma or form (lower case). */
  public List<Name> countryNamesStartingWith(String lemma) {
    return countryNames.getOrDefault(lemma, List.of());
  }

  /** Organisation names and aliases whose first word can have this lemma or form; code = canonical. */
  public List<Name> orgNamesStartingWith(String lemma) {
    return orgNames.getOrDefault(lemma, List.of());
  }

  /** Capital names whose first word can have this lemma or form (lower case). */
  public List<Name> capitalsStartingWith(String lemma) {
    return capitals.getOrDefault(lemma, List.of());
  }

  /**
   * Whether some country, capital or organisation name has a first word with this lemma or form
   * (lower case): false means all three {@code …StartingWith} lists are empty.
   */
  public boolean startsName(String lemma) {
    return nameStarts.contains(lemma);
  }

  /** The country whose people a noun lemma names ("rosjanin"; any case), or null. */
  public String peopleCountry(String lemma) {
    return people.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** The country of a relational adjective lemma, or null. */
  public String adjectiveCountry(String lemma) {
    return adjectives.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether a lower-case lemma is a relational adjective's ({@link #adjectiveCountry} is not null). */
  public boolean isAdjectiveLemma(String lowerCaseLemma) {
    return adjectives.containsKey(lowerCaseLemma);
  }

  /** The adjective lemmas, for validation. */
  public Set<String> adjectiveLemmas() {
    return adjectives.keySet();
  }

  /** The organisation one of whose names or aliases is this text (any case), or null. */
  public Org org(String text) {
    return orgByForm.get(text.toLowerCase(Locale.ROOT));
  }

  public List<Org> orgs() {
    return orgs;
  }

  /** Role phrases, longest first. */
  public List<Role> roles() {
    return roles;
  }

  /** PETRARCH codes for a name key ({@code ANTONY_BLINKEN}), or an empty list. */
  public List<ActorCode> actorCodes(String key) {
    return actors.getOrDefault(key, List.of());
  }

  /**
   * The latest date in the PETRARCH person entries (ISO): an open-ended code ("since 2008") says
   * nothing about later dates, which the dictionaries could not know.
   */
  public String actorsKnownUntil() {
    return actorsKnownUntil;
  }

  /** Whether a word (upper-cased, ASCII-folded) is part of some PETRARCH person name. */
  public boolean isActorNameWord(String word) {
    return actorNameWords.contains(word);
  }

  /** A PETRARCH key for a name: upper case, diacritics removed, words joined by {@code _}. */
  public static String actorKey(String name) {
    if (plainAscii(name)) {
      // nothing to decompose or fold: upper case, words joined by _
      String u = name.toUpperCase(Locale.ROOT).strip();
      if (u.indexOf(' ') < 0) {
        return u;
      }
      StringBuilder sb = new StringBuilder(u.length());
      for (int i = 0; i < u.length(); i++) {
        char c = u.charAt(i);
        if (c != ' ') {
          sb.append(c);
        } else if (u.charAt(i - 1) != ' ') {
          sb.append('_');
        }
      }
      return sb.toString();
    }
    String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('ł', 'l').replace('Ł', 'L');
    return n.toUpperCase(Locale.ROOT).strip().replaceAll("\\s+", "_");
  }

  /** ASCII letters, digits, punctuation and plain spaces only (no other white space or controls). */
  private static boolean plainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > '~' || (c < ' ')) {
        return false;
      }
    }
    return true;
  }
}
