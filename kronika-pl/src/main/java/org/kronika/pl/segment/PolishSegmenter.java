package org.kronika.pl.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.Layer;
import org.kronika.api.Sentence;
import org.kronika.api.Token;
import org.kronika.core.Annotator;

/**
 * Splits Polish text into sentences and tokens, with UTF-16 offsets into the text.
 *
 * <table>
 *   <caption>Contract</caption>
 *   <tr><th>name</th><td>{@code segment}</td></tr>
 *   <tr><th>requires</th><td>nothing</td></tr>
 *   <tr><th>produces</th><td>{@link Layer#SENTENCES}, {@link Layer#TOKENS}</td></tr>
 *   <tr><th>options</th><td>none</td></tr>
 *   <tr><th>resources</th><td>{@code abbreviations-*.txt}, {@code sentence-starters.txt} in this
 *       package (see {@link SegmentationRules}); each file carries its own examples</td></tr>
 * </table>
 *
 * <p>Tokens: words (with inner hyphens, apostrophes and {@code @}, and periods before a lower-case
 * letter, so {@code północno-koreański}, {@code Antony'ego}, {@code m.in.}, {@code Kresy.pl} and
 * e-mail addresses are one token each); numbers ({@code 1,5}, {@code 14.30}, {@code 12.11.2023});
 * URLs; listed abbreviations and single-capital initials keep their period; runs of {@code .!?…}
 * are one token; every other mark, dash and quote is a token of its own.
 *
 * <p>Sentences end at a blank line, and after a terminator ({@code . ! ? … ...}, or a listed
 * abbreviation) with any closing quotes or brackets glued to it, when the next word is not lower
 * case and no dash plus a lower-case word follows. Abbreviations and initials decide by their
 * {@link AbbreviationClass}. One linear pass, no regular expressions; immutable and thread-safe.
 *
 * <p>A sentence has at most {@link #MAX_SENTENCE_TOKENS} tokens: text that runs on longer without a
 * sentence end (a list, a table or a dump with no full stops) is cut there, after the last comma,
 * semicolon, colon or dash of the run's second half when it has one. Later stages analyse a
 * sentence as a whole, some of them in time or memory that grows faster than its length; real
 * sentences stay far below the limit ({@code LongInputCheck} in kronika-bench prints the longest
 * of the seed and the PolEval 2018 documents: 342 tokens).
 */
public final class PolishSegmenter implements Annotator {
  /** The annotator's stable name. */
  public static final String NAME = "segment";

  // Token kinds, kept in a byte array while segmenting.
  private static final byte WORD = 0;
  private static final byte NUMBER = 1;
  private static final byte ABBR_NEVER = 2;
  private static final byte ABBR_MAYBE = 3;
  private static final byte ABBR_FINAL = 4;
  private static final byte INITIAL = 5;
  private static final byte PERIOD = 6;
  private static final byte STRONG = 7; // a run with ! or ?
  private static final byte ELLIPSIS = 8;
  private static final byte OPEN = 9;
  private static final byte CLOSE = 10;
  private static final byte QUOTE = 11; // opens or closes, by context
  private static final byte DASH = 12;
  private static final byte URL = 13;
  private static final byte OTHER = 14;

  // What separates a token from the one before it.
  private static final byte ADJACENT = 0;
  private static final byte SPACE = 1;
  private static final byte PARAGRAPH = 2;

  /** The most tokens a sentence may have (see the class comment). */
  public static final int MAX_SENTENCE_TOKENS = 1000;

  private final SegmentationRules rules;

  /** A segmenter with the default resource files. */
  public PolishSegmenter() {
    this(SegmentationRules.load());
  }

  public PolishSegmenter(SegmentationRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public AnnotatedDocument annotate(AnnotatedDocument doc) {
    Segmentation s = segment(doc.text());
    return doc.withSegmentation(s.sentences(), s.tokens());
  }

  /** Tokens of the whole text. */
  public List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /**
   * Tokens of {@code text[from, to)}, with offsets into {@code text}; nothing outside the span is
   * looked at, so a token never crosses its edges.
   */
  public List<Token> tokenize(String text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    return scan(text, from, to).toTokens();
  }

  /** Sentences and tokens of the text. */
  public Segmentation segment(String text) {
    Tokens t = scan(text, 0, text.length());
    int n = t.size;
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    int i = 0;
    while (i < n) {
      if (i > first && t.gap[i] == PARAGRAPH) {
        sentences.add(sentence(t, first, i));
        first = i;
      }
      if (i - first >= MAX_SENTENCE_TOKENS) {
        int cut = softBreak(text, t, first, i);
        sentences.add(sentence(t, first, cut));
        first = cut;
      }
      if (!isCandidate(t, i, first)) {
        i++;
        continue;
      }
      // Closing quotes, brackets and further terminators glued to the terminator stay with it.
      int j = i + 1;
      byte effective = t.kind[i];
      boolean closed = false;
      while (j < n && t.gap[j] == ADJACENT) {
        byte k = t.kind[j];
        if (k == CLOSE || k == QUOTE) {
          closed = true;
        } else if (k == PERIOD || k == STRONG || k == ELLIPSIS) {
          effective = k;
        } else {
          break;
        }
        j++;
      }
      if (j < n && t.gap[j] != PARAGRAPH && endsSentence(text, t, j, effective, closed)) {
        sentences.add(sentence(t, first, j));
        first = j;
      }
      i = j;
    }
    if (first < n) {
      sentences.add(sentence(t, first, n));
    }
    return new Segmentation(sentences, t.toTokens());
  }

  /**
   * Where to cut a run of tokens {@code [first, limit)} that has reached the sentence limit: after
   * its last comma, semicolon, colon or dash in the second half, else at the limit.
   */
  private static int softBreak(String text, Tokens t, int first, int limit) {
    for (int k = limit - 1; k > first + (limit - first) / 2; k--) {
      if (t.kind[k] == DASH
          || (t.end[k] - t.start[k] == 1 && ",;:".indexOf(text.charAt(t.start[k])) >= 0)) {
        return k + 1;
      }
    }
    return limit;
  }

  private static Sentence sentence(Tokens t, int first, int end) {
    return new Sentence(t.start[first], t.end[end - 1], first, end);
  }

  private static boolean isCandidate(Tokens t, int i, int first) {
    switch (t.kind[i]) {
      case PERIOD:
        // "1. Pierwszy punkt": a number opening the sentence is an ordinal, not a sentence.
        return !(i == first + 1 && t.kind[first] == NUMBER && t.gap[i] == ADJACENT);
      case ELLIPSIS:
        // "(…)" and "[…]" mark an omission.
        return !(i > 0 && t.gap[i] == ADJACENT && t.kind[i - 1] == OPEN);
      case STRONG:
      case ABBR_NEVER:
      case ABBR_MAYBE:
      case ABBR_FINAL:
      case INITIAL:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether a sentence whose last terminator is of kind {@code effective} ends before token
   * {@code j} (which is not preceded by a paragraph break).
   */
  private boolean endsSentence(String text, Tokens t, int j, byte effective, boolean closed) {
    int n = t.size;
    boolean strong = effective == PERIOD || effective == STRONG || effective == ELLIPSIS
        || effective == ABBR_FINAL;
    if (t.kind[j] == DASH) {
      // „…” – powiedział X. : a dash and a lower-case word continue the sentence.
      int m = j + 1;
      if (m < n && t.gap[m] != PARAGRAPH && Character.isLowerCase(firstCodePoint(text, t, m))) {
        return false;
      }
      return strong || closed;
    }
    int k = j;
    while (k < n && (t.kind[k] == OPEN || t.kind[k] == QUOTE) && (k == j || t.gap[k] != PARAGRAPH)) {
      k++;
    }
    if (k >= n || t.gap[k] == PARAGRAPH) {
      return strong || closed;
    }
    int cp = firstCodePoint(text, t, k);
    if (Character.isLowerCase(cp) || cp == ',' || cp == ';' || cp == ':' || cp == '%') {
      return false;
    }
    boolean upper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
    switch (effective) {
      case ABBR_MAYBE:
        // "w 2023 r. Potem" ends; "we wrześniu br. Korea" does not.
        return closed || (upper && startsSentence(text, t, k));
      case INITIAL:
        // "J. Kowalski" does not end; "plan B. W tym roku" does.
        return upper && (closed || startsSentence(text, t, k));
      case ABBR_NEVER:
        return closed && upper;
      default:
        return strong;
    }
  }

  /** Whether token {@code k} is a plain word from the sentence-starter list. */
  private boolean startsSentence(String text, Tokens t, int k) {
    return t.kind[k] == WORD && rules.isSentenceStarter(text.substring(t.start[k], t.end[k]));
  }

  private static int firstCodePoint(String text, Tokens t, int k) {
    return codePointAt(text, t.start[k], t.end[k]);
  }

  // ---------------------------------------------------------------------------------------------
  // Tokenizer

  private Tokens scan(String text, int from, int to) {
    Tokens out = new Tokens(Math.max(16, (to - from) / 5));
    int p = from;
    int newlines = 0;
    boolean space = false;
    while (p < to) {
      int cp = codePointAt(text, p, to);
      if (isSpace(cp)) {
        if (cp == '\n' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028) {
          newlines++;
        } else if (cp == '\r') {
          if (p + 1 >= to || text.charAt(p + 1) != '\n') {
            newlines++;
          }
        } else if (cp == 0x2029) {
          newlines += 2;
        }
        space = true;
        p += Character.charCount(cp);
        continue;
      }
      byte gap = newlines >= 2 ? PARAGRAPH : space ? SPACE : ADJACENT;
      newlines = 0;
      space = false;
      p = scanToken(text, p, cp, to, out, gap);
    }
    return out;
  }

  /** Adds the token starting at {@code p} and returns its end. */
  private int scanToken(String text, int p, int cp, int to, Tokens out, byte gap) {
    if (isWordChar(cp)) {
      int url = urlEnd(text, p, to);
      if (url > p) {
        out.add(p, url, URL, gap);
        return url;
      }
      int e = wordEnd(text, p, to);
      byte kind = isDigit(cp) ? NUMBER : WORD;
      if (e < to && text.charAt(e) == '.') {
        if (e - p == Character.charCount(cp)
            && (Character.isUpperCase(cp) || Character.isTitleCase(cp))) {
          kind = INITIAL; // "J. Kowalski", also "W." (not "w." = wiek)
          e++;
        } else {
          AbbreviationClass c = rules.abbreviationClass(text.substring(p, e + 1));
          if (c != null) {
            kind = switch (c) {
              case NEVER_FINAL -> ABBR_NEVER;
              case MAY_BE_FINAL -> ABBR_MAYBE;
              case FINAL -> ABBR_FINAL;
            };
            e++;
          }
        }
      }
      out.add(p, e, kind, gap);
      return e;
    }
    char c = text.charAt(p);
    switch (c) {
      case '.', '!', '?', '…' -> {
        int e = p;
        boolean exclaim = false;
        while (e < to) {
          char d = text.charAt(e);
          if (d == '!' || d == '?') {
            exclaim = true;
          } else if (d != '.' && d != '…') {
            break;
          }
          e++;
        }
        byte kind = exclaim ? STRONG : (e - p == 1 && c == '.') ? PERIOD : ELLIPSIS;
        out.add(p, e, kind, gap);
        return e;
      }
      case '-', '–', '—', '‒', '―' -> {
        int e = p + 1;
        while (e < to && text.charAt(e) == c) {
          e++;
        }
        out.add(p, e, DASH, gap);
        return e;
      }
      case '„', '«', '(', '[', '{', '‚', '‹' -> {
        out.add(p, p + 1, OPEN, gap);
        return p + 1;
      }
      case '”', '»', ')', ']', '}', '’', '›' -> {
        out.add(p, p + 1, CLOSE, gap);
        return p + 1;
      }
      case '"', '\'', '“', '‘', '`', '＂' -> {
        out.add(p, p + 1, QUOTE, gap);
        return p + 1;
      }
      default -> {
        int e = p + Character.charCount(cp);
        out.add(p, e, OTHER, gap);
        return e;
      }
    }
  }

  /**
   * The end of the word starting at {@code p}: word characters joined by a hyphen, an apostrophe
   * between letters, {@code @}, a period before a lower-case letter or between digits, and a comma
   * or colon between digits.
   */
  private static int wordEnd(String text, int p, int to) {
    int e = p;
    while (true) {
      while (e < to) {
        int cp = codePointAt(text, e, to);
        if (!isWordChar(cp)) {
          break;
        }
        e += Character.charCount(cp);
      }
      if (e + 1 >= to) {
        return e;
      }
      int next = codePointAt(text, e + 1, to);
      if (!isWordChar(next)) {
        return e;
      }
      int prev = codePointBefore(text, e, p);
      boolean join = switch (text.charAt(e)) {
        case '-', '\u2010', '\u2011', '\u00AD', '@' -> true;
        case '\'', '’' -> Character.isLetter(prev) && Character.isLetter(next);
        case '.' -> Character.isLowerCase(next) || (isDigit(prev) && isDigit(next));
        case ',', ':' -> isDigit(prev) && isDigit(next);
        default -> false;
      };
      if (!join) {
        return e;
      }
      e++;
    }
  }

  /** The end of a URL starting at {@code p} ({@code scheme://…} or {@code www.…}), or -1. */
  private static int urlEnd(String text, int p, int to) {
    int i = p;
    while (i < to && i - p <= 10 && isAsciiLetter(text.charAt(i))) {
      i++;
    }
    boolean url = (i - p >= 2 && i + 3 < to && text.startsWith("://", i)
            && !isSpace(codePointAt(text, i + 3, to)))
        || (i - p == 3 && i + 1 < to && text.regionMatches(true, p, "www.", 0, 4)
            && isWordChar(codePointAt(text, i + 1, to)));
    if (!url) {
      return -1;
    }
    int e = p;
    int parens = 0;
    while (e < to) {
      int cp = codePointAt(text, e, to);
      if (isSpace(cp) || isUrlStop(cp)) {
        break;
      }
      if (cp == '(') {
        parens++;
      } else if (cp == ')') {
        parens--;
      }
      e += Character.charCount(cp);
    }
    while (e > p) {
      char c = text.charAt(e - 1);
      if (c == ')' && parens < 0) {
        parens++;
      } else if (".,;:!?…'".indexOf(c) < 0) {
        break;
      }
      e--;
    }
    return e;
  }

  private static boolean isUrlStop(int cp) {
    return switch (cp) {
      case '"', '<', '>', '„', '”', '“', '«', '»', '‘', '’' -> true;
      default -> false;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Character classes

  static boolean isSpace(int cp) {
    if (cp < 128) {
      return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
    }
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || cp == 0x85 || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E;
  }

  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
          || cp == '_';
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isDigit(int cp) {
    return cp < 128 ? cp >= '0' && cp <= '9' : Character.isDigit(cp);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The code point at {@code i}, never reading at or past {@code to}; a lone surrogate is itself. */
  private static int codePointAt(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to) {
      char d = text.charAt(i + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }

  /** The code point ending at {@code i}, never reading before {@code from}. */
  private static int codePointBefore(String text, int i, int from) {
    char c = text.charAt(i - 1);
    if (Character.isLowSurrogate(c) && i - 2 >= from) {
      char h = text.charAt(i - 2);
      if (Character.isHighSurrogate(h)) {
        return Character.toCodePoint(h, c);
      }
    }
    return c;
  }

  /** Growable parallel arrays of token spans, kinds and gaps; local to one call. */
  private static final class Tokens {
    int size;
    int[] start;
    int[] end;
    byte[] kind;
    byte[] gap;

    Tokens(int capacity) {
      start = new int[capacity];
      end = new int[capacity];
      kind = new byte[capacity];
      gap = new byte[capacity];
    }

    void add(int s, int e, byte k, byte g) {
      if (size == start.length) {
        int cap = size * 2;
        start = Arrays.copyOf(start, cap);
        end = Arrays.copyOf(end, cap);
        kind = Arrays.copyOf(kind, cap);
        gap = Arrays.copyOf(gap, cap);
      }
      start[size] = s;
      end[size] = e;
      kind[size] = k;
      gap[size] = g;
      size++;
    }

    List<Token> toTokens() {
      Token[] out = new Token[size];
      for (int i = 0; i < size; i++) {
        out[i] = Token.of(start[i], end[i]);
      }
      return List.of(out);
    }
  }
}
