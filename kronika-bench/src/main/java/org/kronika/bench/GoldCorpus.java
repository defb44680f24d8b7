package org.kronika.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A deliberately tiny CoNLL-U reader for the peer benchmark: gold syntactic words with FORM, LEMMA,
 * UPOS and XPOS. Multi-word range lines ({@code 2-3}) and empty nodes ({@code 5.1}) are skipped, so a
 * sentence is exactly the list of syntactic words that UD scores. Kept local to kronika-bench so the
 * benchmark does not wait on the shared {@code ConlluReader}.
 */
public final class GoldCorpus {
  private GoldCorpus() {}

  /** One gold syntactic word. */
  public record GoldWord(String form, String lemma, String upos, String xpos) {}

  /** One gold sentence: its syntactic words, in order. */
  public record GoldSentence(String id, List<GoldWord> words) {
    public GoldSentence {
      words = List.copyOf(words);
    }

    public List<String> forms() {
      List<String> forms = new ArrayList<>(words.size());
      for (GoldWord w : words) {
        forms.add(w.form());
      }
      return forms;
    }
  }

  /** Reads a {@code .conllu} or {@code .conllu.gz} file. */
  public static List<GoldSentence> read(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  public static List<GoldSentence> read(Reader reader) throws IOException {
    BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<GoldSentence> sentences = new ArrayList<>();
    List<GoldWord> words = new ArrayList<>();
    String id = null;
    String line;
    int lineNo = 0;
    while ((line = br.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(new GoldSentence(id == null ? "s" + (sentences.size() + 1) : id, words));
        }
        words = new ArrayList<>();
        id = null;
        continue;
      }
      if (line.startsWith("#")) {
        if (line.startsWith("# sent_id")) {
          int eq = line.indexOf('=');
          id = eq < 0 ? null : line.substring(eq + 1).strip();
        }
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 10) {
        throw new IOException("line " + lineNo + ": expected 10 tab-separated columns, got " + cols.length);
      }
      String tokenId = cols[0];
      if (tokenId.indexOf('-') >= 0 || tokenId.indexOf('.') >= 0) {
        continue; // multi-word token range or empty node: not a syntactic word
      }
      words.add(new GoldWord(cols[1], cols[2], cols[3], cols[4]));
    }
    if (!words.isEmpty()) {
      sentences.add(new GoldSentence(id == null ? "s" + (sentences.size() + 1) : id, words));
    }
    return sentences;
  }
}
