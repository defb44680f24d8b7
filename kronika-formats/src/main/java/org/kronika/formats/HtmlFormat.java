package org.kronika.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.kronika.api.Document;
import org.kronika.api.Origin;

/**
 * An HTML page, reduced to its article.
 *
 * <table>
 *   <caption>HtmlFormat</caption>
 *   <tr><th>requires</th><td>HTML, well-formed or not (jsoup repairs it)</td></tr>
 *   <tr><th>produces</th><td>{@code title}: {@code og:title}, else {@code <title>}, else the first
 *       {@code <h1>}; {@code date}: the date part, at the precision given, of {@code
 *       article:published_time}, JSON-LD {@code datePublished}, or the first {@code <time
 *       datetime>} (invalid values are ignored); {@code url}: the canonical link, else {@code
 *       og:url}; {@code text}: the main text's blocks (paragraphs, headings, list items) joined
 *       with a blank line; {@code id, lang}: null</td></tr>
 *   <tr><th>fails on</th><td>a page with no text left after boilerplate removal</td></tr>
 * </table>
 *
 * <p>The main text is the {@code <article>} element (the one with the most paragraph text if
 * there are several). Without one, a small readability-style score picks it: after navigation,
 * header, footer, aside, forms and scripts are dropped, every paragraph of at least {@value
 * #MIN_PARAGRAPH} characters adds its length to its parent and half of it to its grandparent, and
 * a candidate's score is scaled by {@code 1 - link density}.
 */
public final class HtmlFormat implements DocumentFormat {
  static final int MIN_PARAGRAPH = 25;

  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, footer, aside, header, iframe, svg, button, select,"
          + " textarea, input, [role=navigation], [role=banner], [role=contentinfo], [hidden],"
          + " [aria-hidden=true]";
  private static final Set<String> LEAF_BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd", "figcaption", "td",
          "th", "caption");

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public InputFormat format() {
    return InputFormat.HTML;
  }

  @Override
  public ReadResult parse(String html, Origin origin) {
    try {
      org.jsoup.nodes.Document page = Jsoup.parse(html);
      String title = title(page);
      String date = date(page);
      String url = url(page);
      String text = mainText(page);
      if (text.isBlank()) {
        return ReadResult.Failed.at(origin, "no article text found in the HTML");
      }
      return new ReadResult.Ok(new Document(null, null, date, title, url, null, origin, text));
    } catch (RuntimeException | StackOverflowError e) {
      // jsoup is lenient, but a page must never stop the batch
      return ReadResult.Failed.at(origin, "cannot parse HTML: " + e);
    }
  }

  private static String title(org.jsoup.nodes.Document page) {
    String t = meta(page, "meta[property=og:title], meta[name=og:title]");
    if (t == null) {
      t = blankToNull(page.title());
    }
    if (t == null) {
      Element h1 = page.selectFirst("h1");
      t = h1 == null ? null : blankToNull(h1.text());
    }
    return t;
  }

  private String date(org.jsoup.nodes.Document page) {
    String d =
        PartialDate.leadingDate(
            meta(page, "meta[property=article:published_time], meta[name=article:published_time],"
                + " meta[itemprop=datePublished]"));
    if (d == null) {
      for (Element script : page.select("script[type=application/ld+json]")) {
        d = PartialDate.leadingDate(jsonLdDate(script.data()));
        if (d != null) {
          break;
        }
      }
    }
    if (d == null) {
      for (Element time : page.select("time[datetime]")) {
        d = PartialDate.leadingDate(time.attr("datetime"));
        if (d != null) {
          break;
        }
      }
    }
    return d;
  }

  private String jsonLdDate(String json) {
    try {
      return findDatePublished(mapper.readTree(json), 0);
    } catch (Exception e) {
      return null; // broken JSON-LD is common; it only costs us the date
    }
  }

  private static String findDatePublished(JsonNode n, int depth) {
    if (n == null || depth > 8) {
      return null;
    }
    if (n.isObject()) {
      JsonNode d = n.get("datePublished");
      if (d != null && d.isTextual()) {
        return d.asText();
      }
    }
    if (n.isContainerNode()) {
      for (JsonNode child : n) {
        String found = findDatePublished(child, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String url(org.jsoup.nodes.Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    String u = canonical == null ? null : blankToNull(canonical.attr("href"));
    return u != null ? u : meta(page, "meta[property=og:url], meta[name=og:url]");
  }

  private static String meta(org.jsoup.nodes.Document page, String selector) {
    for (Element e : page.select(selector)) {
      String v = blankToNull(e.attr("content"));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  static String mainText(org.jsoup.nodes.Document page) {
    page.select(BOILERPLATE).remove();
    for (Element form : page.select("form")) {
      if (form.select("p").size() < 3) { // some sites wrap the whole page in one form
        form.remove();
      }
    }
    Element root = chooseRoot(page);
    List<String> blocks = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    collect(root, blocks, run);
    flush(run, blocks);
    return String.join("\n\n", blocks);
  }

  private static Element chooseRoot(org.jsoup.nodes.Document page) {
    Element best = null;
    int bestLength = -1;
    for (Element article : page.select("article")) {
      int length = paragraphText(article);
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null && !best.text().isBlank()) {
      return best;
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : page.select("p")) {
      int length = p.text().length();
      if (length < MIN_PARAGRAPH) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, (double) length, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, length / 2.0, Double::sum);
        }
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      if (score > topScore) {
        top = e.getKey();
        topScore = score;
      }
    }
    if (top != null) {
      return top;
    }
    return page.body() != null ? page.body() : page;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / total);
  }

  /** Splits an element into text blocks: leaf blocks whole, loose inline text between blocks as runs. */
  private static void collect(Element element, List<String> blocks, StringBuilder run) {
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode t) {
        run.append(t.text());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (LEAF_BLOCKS.contains(tag)) {
          flush(run, blocks);
          String text = tag.equals("pre") ? e.wholeText().strip() : e.text().strip();
          if (!text.isEmpty() && linkDensity(e) <= 0.5) {
            blocks.add(text);
          }
        } else if (tag.equals("br")) {
          run.append(' ');
        } else if (e.isBlock()) {
          flush(run, blocks);
          collect(e, blocks, run);
          flush(run, blocks);
        } else {
          collect(e, blocks, run);
        }
      }
    }
  }

  private static void flush(StringBuilder run, List<String> blocks) {
    String text = run.toString().replaceAll("\\s+", " ").strip();
    if (!text.isEmpty()) {
      blocks.add(text);
    }
    run.setLength(0);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
