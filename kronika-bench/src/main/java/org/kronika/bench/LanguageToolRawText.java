package org.kronika.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.language.Polish;

/**
 * Peer on raw text: LanguageTool 6.8's whole Polish analysis chain as {@link JLanguageTool#analyzeText}
 * runs it — its SRX sentence splitter, its word tokenizer, the Morfologik tagger and the hybrid
 * disambiguator (multi-word chunker + {@code disambiguation.xml}) — with no grammar rules checked. That
 * is the work Kronika's {@code segment} + {@code morph} stages do. {@code JLanguageTool} is not
 * thread-safe, so this peer runs on one thread only (calls are serialised).
 */
public final class LanguageToolRawText {
  private final JLanguageTool lt;

  public LanguageToolRawText() {
    this.lt = new JLanguageTool(new Polish());
  }

  /** Analyses one text; returns the number of tokens LanguageTool made (whitespace and markers excluded). */
  public synchronized int analyze(String text) {
    try {
      int tokens = 0;
      for (AnalyzedSentence s : lt.analyzeText(text)) {
        tokens += s.getTokensWithoutWhitespace().length - 1; // minus SENT_START
      }
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
