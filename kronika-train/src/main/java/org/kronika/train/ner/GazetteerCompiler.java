package org.kronika.train.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import morfologik.stemming.IStemmer;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Compiles the recogniser's gazetteer resource ({@code gazetteer.tsv.gz}, format in
 * {@link org.kronika.pl.ner.Gazetteer}) from the shared lexicons:
 *
 * <table>
 *   <tr><th>category</th><th>source</th></tr>
 *   <tr><td>country</td><td>lexicon/countries.json Polish common + official names,
 *       lexicon/i18n-iso-countries-pl.json, CLDR territories with alpha-2 keys</td></tr>
 *   <tr><td>region</td><td>CLDR territories with UN M49 numeric keys (continents, world regions)</td></tr>
 *   <tr><td>capital</td><td>countries.json capitals (English spelling)</td></tr>
 *   <tr><td>person, fname, sname</td><td>PETRARCH actor files: person entries (individuals with
 *       dated roles); fname/sname are their first and last words</td></tr>
 *   <tr><td>org</td><td>PETRARCH International and MilNonState entries that are not persons</td></tr>
 * </table>
 *
 * Each entry word gets as keys its lower-cased form plus its Morfologik lemmas, so inflected text
 * forms match. Usage: {@code GazetteerCompiler <shared/data dir> <out file>}.
 */
public final class GazetteerCompiler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATED = Pattern.compile("\\[[A-Z]+ *[<>]?\\d{6}");

  private final IStemmer stemmer = new PolishStemmer();
  /** category → entry (words joined by space) → keys per word. */
  private final Map<String, Map<String, List<Set<String>>>> entries = new TreeMap<>();

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path out = Path.of(args.length > 1 ? args[1]
        : "kronika-pl/src/main/resources/org/kronika/pl/ner/gazetteer.tsv.gz");
    GazetteerCompiler c = new GazetteerCompiler();
    c.addAll(data);
    try (OutputStream os = Files.newOutputStream(out)) {
      int n = c.write(os);
      System.err.println("gazetteer: " + n + " entries -> " + out);
    }
  }

  public void addAll(Path data) throws IOException {
    Path lex = data.resolve("lexicon");
    JsonNode countries = JSON.readTree(lex.resolve("countries.json").toFile());
    for (JsonNode c : countries) {
      JsonNode pol = c.path("translations").path("pol");
      add("country", pol.path("common").asText(""), true);
      add("country", pol.path("official").asText(""), true);
      for (JsonNode cap : c.path("capital")) {
        add("capital", cap.asText(""), true);
      }
    }
    JsonNode iso = JSON.readTree(lex.resolve("i18n-iso-countries-pl.json").toFile());
    iso.path("countries").forEach(v -> {
      if (v.isArray()) {
        v.forEach(x -> add("country", x.asText(""), true));
      } else {
        add("country", v.asText(""), true);
      }
    });
    JsonNode terr = JSON.readTree(lex.resolve("cldr-pl-territories.json").toFile())
        .path("main").path("pl").path("localeDisplayNames").path("territories");
    for (Iterator<Map.Entry<String, JsonNode>> it = terr.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      add(Character.isDigit(key.charAt(0)) ? "region" : "country", e.getValue().asText(""), true);
    }
    Path actors = data.resolve("actors");
    addActors(actors.resolve("Phoenix.Countries.actors.txt.gz"), true);
    addActors(actors.resolve("Phoenix.International.actors.txt.gz"), false);
    addActors(actors.resolve("Phoenix.MilNonState.actors.txt"), false);
  }

  /**
   * PETRARCH actor file: a primary line {@code NAME_OF_ACTOR_ [CODE] # comment}, synonyms as
   * {@code +NAME} lines, dated roles on indented lines. Individuals are entries with dated roles
   * (on the line or below it); in the country file the "CountryInfo.txt" entries are individuals.
   */
  void addActors(Path file, boolean countryFile) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    List<String> group = new ArrayList<>();
    boolean person = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (Character.isWhitespace(line.charAt(0))) {
          if (DATED.matcher(line).find()) {
            person = true;
          }
          continue;
        }
        if (line.startsWith("+")) {
          group.add(actorName(line.substring(1)));
          continue;
        }
        flushActors(group, person);
        group.clear();
        String name = actorName(line);
        group.add(name);
        person = DATED.matcher(line).find()
            || (countryFile && line.contains("CountryInfo") && !line.contains("["));
      }
      flushActors(group, person);
    }
  }

  private void flushActors(List<String> names, boolean person) {
    for (String n : names) {
      if (n.isEmpty()) {
        continue;
      }
      if (person) {
        String[] w = n.split(" ");
        if (w.length < 2) {
          continue;
        }
        add("person", n, false);
        if (w[0].length() > 2) {
          add("fname", w[0], false);
        }
        if (w[w.length - 1].length() > 2) {
          add("sname", w[w.length - 1], false);
        }
      } else {
        add("org", n, false);
      }
    }
  }

  /** "UNITED_NATIONS_CHILDREN'S_FUND_ [IGO] # x" → "united nations children s fund". */
  static String actorName(String line) {
    String s = line;
    int cut = s.length();
    for (char c : new char[] {'[', '#', '\t'}) {
      int i = s.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    s = s.substring(0, cut).replaceAll("\\([^)]*\\)", " ");
    return String.join(" ", words(s.replace('_', ' '))).toLowerCase(Locale.ROOT);
  }

  static List<String> words(String s) {
    List<String> w = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(s);
    while (m.find()) {
      w.add(m.group());
    }
    return w;
  }

  void add(String category, String name, boolean polish) {
    List<String> ws = words(name);
    if (ws.isEmpty() || ws.size() > 8) {
      return;
    }
    List<Set<String>> keys = new ArrayList<>(ws.size());
    for (String w : ws) {
      Set<String> k = new LinkedHashSet<>();
      k.add(w.toLowerCase(Locale.ROOT));
      if (polish) {
        for (WordData wd : stemmer.lookup(w)) {
          k.add(wd.getStem().toString().toLowerCase(Locale.ROOT));
        }
        if (k.size() == 1) {
          for (WordData wd : stemmer.lookup(w.toLowerCase(Locale.ROOT))) {
            k.add(wd.getStem().toString().toLowerCase(Locale.ROOT));
          }
        }
      }
      keys.add(k);
    }
    String id = String.join(" ", ws).toLowerCase(Locale.ROOT);
    entries.computeIfAbsent(category, x -> new TreeMap<>()).merge(id, keys, (a, b) -> {
      List<Set<String>> m = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        Set<String> u = new LinkedHashSet<>(a.get(i));
        u.addAll(b.get(i));
        m.add(u);
      }
      return m;
    });
  }

  public int write(OutputStream out) throws IOException {
    int n = 0;
    GZIPOutputStream gz = new GZIPOutputStream(out);
    Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
    w.write("# Kronika NER gazetteer, compiled by org.kronika.train.ner.GazetteerCompiler\n");
    for (Map.Entry<String, Map<String, List<Set<String>>>> c : entries.entrySet()) {
      for (List<Set<String>> keys : c.getValue().values()) {
        StringBuilder sb = new StringBuilder(c.getKey());
        for (Set<String> k : keys) {
          sb.append('\t').append(String.join("|", new TreeSet<>(k)));
        }
        w.write(sb.append('\n').toString());
        n++;
      }
    }
    w.flush();
    gz.finish();
    return n;
  }
}
