package org.kronika.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kronika.formats.corpus.ConlluReader;
import org.kronika.formats.corpus.ConlluSentence;
import org.kronika.formats.corpus.ConlluWord;
import org.kronika.pl.morph.Analysis;
import org.kronika.pl.morph.PolishTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kronika tag --input-format conllu FILE}: tags gold-tokenised CoNLL-U (plain or gzip) and
 * writes CoNLL-U with predicted LEMMA, UPOS and XPOS; every other column and line is unchanged.
 * With {@code --score} it also prints the accuracy against the input's own columns to stderr.
 */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = "Tag tokenised text with lemma, NKJP tag (XPOS) and UPOS.")
public final class TagCommand implements KronikaCommand {
  @Option(names = "--input-format", defaultValue = "conllu", description = "Input format: ${COMPLETION-CANDIDATES}")
  Format inputFormat;

  @Option(names = {"-o", "--output"}, description = "Output file (default: stdout)")
  Path output;

  @Option(names = "--model", description = "Tagger model file (default: the shipped model)")
  Path model;

  @Option(names = "--score", description = "Print lemma/UPOS/XPOS accuracy against the input columns to stderr")
  boolean score;

  @Parameters(index = "0", description = "Input file (.conllu or .conllu.gz)")
  Path input;

  enum Format { conllu }

  @Override
  public Integer call() throws Exception {
    PolishTagger tagger = model == null ? PolishTagger.load() : PolishTagger.load(model);
    long words = 0;
    long lemma = 0;
    long upos = 0;
    long xpos = 0;
    long t0 = System.nanoTime();
    try (ConlluReader in = ConlluReader.open(input);
        Writer out = output == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (ConlluSentence s : in) {
        List<ConlluWord> ws = s.words();
        List<Analysis> as = tagger.tagWords(ws.stream().map(ConlluWord::form).toList());
        List<ConlluWord> lines = new ArrayList<>(s.lines().size());
        int k = 0;
        for (ConlluWord w : s.lines()) {
          if (!w.isWord()) {
            lines.add(w);
            continue;
          }
          Analysis a = as.get(k++);
          words++;
          lemma += w.lemma().equals(a.lemma()) ? 1 : 0;
          upos += w.upos().equals(a.upos()) ? 1 : 0;
          xpos += w.xpos().equals(a.tag()) ? 1 : 0;
          lines.add(w.withMorphology(a.lemma(), a.upos(), a.tag()));
        }
        out.write(new ConlluSentence(s.comments(), lines).toConllu());
      }
    }
    double sec = (System.nanoTime() - t0) / 1e9;
    if (score) {
      System.err.printf(Locale.ROOT, "%s: %d words, lemma %.4f, UPOS %.4f, XPOS %.4f (%.0f words/s incl. I/O)%n",
          input.getFileName(), words, lemma / (double) words, upos / (double) words, xpos / (double) words, words / sec);
    }
    return 0;
  }
}
