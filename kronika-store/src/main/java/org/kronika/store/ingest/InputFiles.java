package org.kronika.store.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the inputs of {@code kronika ingest} into files: a file stays itself, a directory gives
 * its files (recursively, hidden ones left out, sorted by path), and a glob ({@code data/*.jsonl},
 * {@code news/**}{@code /*.warc.gz}) gives the matching files, sorted. {@code -} (standard input) and
 * inputs that match nothing are kept as given, so the reader reports them.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<String> expand(List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      if (in.equals("-")) {
        out.add(in);
      } else if (isGlob(in)) {
        List<String> matched = glob(in);
        if (matched.isEmpty()) {
          out.add(in);
        } else {
          out.addAll(matched);
        }
      } else {
        Path p;
        try {
          p = Path.of(in);
        } catch (InvalidPathException e) {
          out.add(in);
          continue;
        }
        if (Files.isDirectory(p)) {
          out.addAll(walk(p, null));
        } else {
          out.add(in);
        }
      }
    }
    return out;
  }

  /**
   * About how many documents the inputs hold, for a progress bar with an ETA: lines of JSONL files,
   * HTML responses of WARC files, items of feeds, one per other file; -1 when standard input is
   * among them.
   */
  public static long estimate(List<String> expanded) {
    long n = 0;
    for (String in : expanded) {
      if (in.equals("-")) {
        return -1;
      }
      String lower = in.toLowerCase(java.util.Locale.ROOT);
      try {
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
          n += countLines(Path.of(in));
        } else if (WarcInput.isWarc(in)) {
          try (org.netpreserve.jwarc.WarcReader r = new org.netpreserve.jwarc.WarcReader(Path.of(in))) {
            for (org.netpreserve.jwarc.WarcRecord rec : r) {
              if (rec instanceof org.netpreserve.jwarc.WarcResponse) {
                n++;
              }
            }
          }
        } else if (FeedInput.isFeed(in)) {
          try (var s = new FeedInput().read(in)) {
            n += s.count();
          }
        } else {
          n++;
        }
      } catch (IOException | RuntimeException e) {
        n++;
      }
    }
    return n;
  }

  private static long countLines(Path p) throws IOException {
    long lines = 0;
    boolean content = false;
    try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          byte b = buf[i];
          if (b == '\n') {
            if (content) {
              lines++;
            }
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    }
    return content ? lines + 1 : lines;
  }

  static boolean isGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  private static List<String> glob(String pattern) {
    // the base directory is the longest leading part without glob characters
    String norm = pattern.replace('\\', '/');
    int cut = norm.length();
    for (int i = 0; i < norm.length(); i++) {
      if ("*?[{".indexOf(norm.charAt(i)) >= 0) {
        cut = i;
        break;
      }
    }
    int slash = norm.lastIndexOf('/', cut);
    Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
    String rest = slash < 0 ? norm : norm.substring(slash + 1);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    List<String> out = new ArrayList<>();
    for (String f : walk(base, null)) {
      Path rel = base.relativize(Path.of(f));
      if (m.matches(rel)) {
        out.add(f);
      }
    }
    return out;
  }

  private static List<String> walk(Path dir, PathMatcher ignored) {
    try (Stream<Path> s = Files.walk(dir, Integer.MAX_VALUE, EnumSet.noneOf(FileVisitOption.class).toArray(new FileVisitOption[0]))) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .map(Path::toString)
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of(dir.toString());
    }
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
