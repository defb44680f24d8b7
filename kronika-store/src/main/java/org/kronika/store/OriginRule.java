package org.kronika.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kronika.api.Attribution;
import org.kronika.api.Source;

/**
 * The origin rule: which independent source a report rests on (docs/KNOWLEDGE_BASE.md).
 *
 * <ol>
 *   <li>A report with an attribution chain rests on its innermost source, the last link ("Jak
 *       przekazała agencja Reuters, Biały Dom poinformował…" rests on the White House).
 *   <li>A report in the article's own voice rests on the document's origin: the innermost credit of
 *       its byline ({@code Kresy.pl/Reuters} rests on Reuters), else its publisher ({@code Reuters}
 *       itself), else the document alone.
 *   <li>Near-duplicate documents share one origin: that of the first document of their group.
 * </ol>
 *
 * <p>Names are compared by a key: lower case, no diacritics (ł counts as l), no leading
 * "agencja", with aliases from {@code origin-aliases.tsv} ("Polska Agencja Prasowa" is PAP).
 */
public final class OriginRule {
  /** One origin: its comparison key and a display name. */
  public record Origin(String key, String name, String kind) {}

  private final Map<String, String> aliases;

  public OriginRule() {
    this.aliases = loadAliases();
  }

  /** The origin of a document's own-voice reports, before near-duplicate grouping. */
  public Origin ofDocument(Source source, String dupGroup) {
    List<String> credits = source.credits();
    for (int i = credits.size() - 1; i >= 0; i--) {
      String c = credits.get(i);
      if (c != null && !c.isBlank()) {
        return new Origin(key(c), c.strip(), "source");
      }
    }
    if (source.publisher() != null && !source.publisher().isBlank()) {
      return new Origin(key(source.publisher()), source.publisher().strip(), "source");
    }
    return new Origin("doc:" + dupGroup, "document " + dupGroup, "document");
  }

  /** The origin of a report with an attribution chain, or null when the chain names nobody. */
  public Origin ofAttribution(List<Attribution> chain, Map<String, String> entityNames) {
    for (int i = chain.size() - 1; i >= 0; i--) {
      Attribution a = chain.get(i);
      String name = a.name();
      if ((name == null || name.isBlank()) && a.entity() != null) {
        name = entityNames.get(a.entity());
      }
      if (name != null && !name.isBlank()) {
        return new Origin(key(name), name.strip(), "attribution");
      }
    }
    return null;
  }

  /** The comparison key of a source name. */
  public String key(String name) {
    String k = fold(name);
    for (String prefix : List.of("agencja ", "agencji ", "agency ", "the ")) {
      if (k.startsWith(prefix) && k.length() > prefix.length()) {
        k = k.substring(prefix.length());
      }
    }
    return aliases.getOrDefault(k, k);
  }

  static String fold(String s) {
    String lower = s.strip().toLowerCase(Locale.ROOT).replace('ł', 'l');
    String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return nfd.replaceAll("[^\\p{L}\\p{N}.]+", " ").strip();
  }

  private static Map<String, String> loadAliases() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = OriginRule.class.getResourceAsStream("origin-aliases.tsv")) {
      if (in == null) {
        throw new IllegalStateException("origin-aliases.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\t");
        if (p.length != 2) {
          throw new IllegalStateException("origin-aliases.tsv: expected 'alias<TAB>name': " + line);
        }
        m.put(fold(p[0]), fold(p[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
