package org.kronika.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kronika.api.Source;

/**
 * Recognises a trailing byline such as {@code Kresy.pl/Reuters}, {@code PAP}, {@code (PAP)}, {@code
 * Kresy.pl / PAP} or {@code oprac. XYZ} and turns it into a {@link Source}: the first named outlet
 * is the publisher, the others are its credits. Editors named after a role word ({@code oprac.},
 * {@code opr.}, {@code red.}, {@code aut.}) are people, not outlets, so they are recognised but left
 * out of the source.
 *
 * <p>It is conservative, because eating the last sentence of an article is worse than leaving a
 * byline in: a byline is one line of at most {@value #MAX_LENGTH} characters, with no
 * sentence-final punctuation, made only of name-like tokens (capitalised words, acronyms, domains
 * such as {@code Kresy.pl}) separated by {@code /}, {@code ,}, {@code ;} or parentheses. A lone
 * word must be an acronym ({@code PAP}), a domain or a well-known agency name.
 *
 * <p>Immutable and thread-safe.
 */
public final class BylineParser {
  static final int MAX_LENGTH = 60;

  /** A recognised trailing byline. */
  public record Split(int bodyEnd, int bylineStart, String byline, Source source) {}

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} ./,;()\\-&'’:]+");
  private static final Pattern SEPARATOR = Pattern.compile("[/,;()]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.&'’\\-]*");
  private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,6}");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}\\-]{1,9}");
  private static final Pattern INITIALS_END = Pattern.compile("(?:^|[\\s/,;(])(?:\\p{Lu}\\.){1,3}$");
  private static final Pattern EDITOR_ROLE =
      Pattern.compile("(?iu)(?:oprac\\.|opr\\.|red\\.|aut\\.|autor:|oprac(?:owanie|ował[a]?):?)\\s*(.*)");
  private static final Pattern SOURCE_ROLE =
      Pattern.compile("(?iu)(?:źródło:|źródła:|źr\\.:?|za:)\\s*(.*)");
  private static final Set<String> CONNECTORS = Set.of("of", "and", "de", "&");
  /** Agencies whose name is one ordinary capitalised word, so that a lone one counts as a byline. */
  private static final Set<String> KNOWN_SINGLE_WORDS =
      Set.of("reuters", "bloomberg", "interfax", "ukrinform", "xinhua", "yonhap", "kyodo",
          "sputnik", "anadolu", "belga", "efe", "ansa");

  /**
   * Parses one line as a byline.
   *
   * @return the source it names, or empty when the line is not a byline
   */
  public Optional<Source> parseLine(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH || !ALLOWED.matcher(s).matches()) {
      return Optional.empty();
    }
    char last = s.charAt(s.length() - 1);
    if (".!?,;:".indexOf(last) >= 0 && !(last == '.' && INITIALS_END.matcher(s).find())) {
      return Optional.empty();
    }
    if (!balancedParentheses(s)) {
      return Optional.empty();
    }
    boolean separated = SEPARATOR.matcher(s).find();
    List<String> names = new ArrayList<>();
    int editors = 0;
    for (String rawPart : SEPARATOR.split(s)) {
      String part = rawPart.strip();
      if (part.isEmpty()) {
        continue;
      }
      Matcher editor = EDITOR_ROLE.matcher(part);
      Matcher source = SOURCE_ROLE.matcher(part);
      if (editor.matches()) {
        if (!isName(editor.group(1), true)) {
          return Optional.empty();
        }
        editors++;
      } else if (source.matches()) {
        if (!isName(source.group(1), false)) {
          return Optional.empty();
        }
        names.add(source.group(1).strip());
      } else {
        if (!isName(part, false)) {
          return Optional.empty();
        }
        names.add(part);
      }
    }
    if (names.isEmpty() && editors == 0) {
      return Optional.empty();
    }
    if (!separated && editors == 0 && names.size() == 1 && !names.get(0).contains(" ")
        && !strongSingleWord(names.get(0))) {
      return Optional.empty();
    }
    return Optional.of(toSource(names));
  }

  /**
   * Finds a byline on the last non-blank line of a text. The text must have something before that
   * line: a text that is only a byline has none.
   *
   * @return where the body ends (trailing white space before the byline excluded) and the source
   */
  public Optional<Split> splitTrailing(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return Optional.empty();
    }
    int lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart == 0) {
      return Optional.empty();
    }
    int bodyEnd = lineStart;
    while (bodyEnd > 0 && Character.isWhitespace(text.charAt(bodyEnd - 1))) {
      bodyEnd--;
    }
    if (bodyEnd == 0) {
      return Optional.empty();
    }
    String line = text.substring(lineStart, end);
    int bylineStart = lineStart;
    while (Character.isWhitespace(text.charAt(bylineStart))) {
      bylineStart++;
    }
    int start = bylineStart;
    int body = bodyEnd;
    return parseLine(line).map(src -> new Split(body, start, line.strip(), src));
  }

  /**
   * Reads a source given as data, such as the {@code source} field of a JSONL record: the same
   * separators, but without the byline heuristics, since the field is known to name a source.
   */
  public Source parseSource(String value) {
    if (value == null || value.isBlank()) {
      return Source.UNKNOWN;
    }
    List<String> names = new ArrayList<>();
    for (String rawPart : SEPARATOR.split(value)) {
      String part = rawPart.strip();
      if (part.isEmpty() || EDITOR_ROLE.matcher(part).matches()) {
        continue;
      }
      Matcher source = SOURCE_ROLE.matcher(part);
      String name = source.matches() ? source.group(1).strip() : part;
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return toSource(names);
  }

  private static Source toSource(List<String> names) {
    if (names.isEmpty()) {
      return Source.UNKNOWN;
    }
    return new Source(names.get(0), names.subList(1, names.size()));
  }

  private static boolean isName(String part, boolean afterEditorRole) {
    String[] words = part.strip().split("\\s+");
    if (part.isBlank() || words.length > 4 || part.indexOf(':') >= 0) {
      return false;
    }
    boolean hasLetter = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (!WORD.matcher(w).matches() && !w.equals("&")) {
        return false;
      }
      hasLetter |= w.codePoints().anyMatch(Character::isLetter);
      boolean capital = Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0));
      boolean connector = i > 0 && CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
      if (!afterEditorRole && !capital && !connector && !DOMAIN.matcher(w).matches()) {
        return false;
      }
    }
    return hasLetter;
  }

  private static boolean strongSingleWord(String word) {
    return ACRONYM.matcher(word).matches()
        || DOMAIN.matcher(word).matches()
        || KNOWN_SINGLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean balancedParentheses(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (depth < 0 || depth > 1) {
        return false;
      }
    }
    return depth == 0;
  }
}
