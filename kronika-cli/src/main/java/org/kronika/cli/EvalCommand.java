package org.kronika.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kronika.formats.corpus.ConlluReader;
import org.kronika.pl.morph.PolishTagger;
import org.kronika.train.morph.TaggerEvaluator;
import org.kronika.train.time.DucklingTimeEval;
import org.kronika.train.time.NkjpTimeEval;
import org.kronika.train.time.PolEvalTimeEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kronika eval TASK}: scores a component on the corpora in {@code ../shared/data} and prints
 * markdown tables (the figures in docs/EVALUATION.md come from here).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate a component on shared corpora and print markdown tables.",
    subcommands = {EvalCommand.Tagger.class, EvalCommand.Time.class, EvalCommand.Ner.class})
public final class EvalCommand implements KronikaCommand {
  @Override
  public Integer call() {
    System.err.println("kronika eval: name a task: tagger, time, ner");
    return 2;
  }

  static Path dataDir(Path shared) {
    Path data = shared.resolve("data");
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("no data folder at " + data + " (use --shared DIR)");
    }
    return data;
  }

  /** Lemma, UPOS and XPOS accuracy on UD test sets, or a comparison of two CoNLL-U files. */
  @Command(name = "tagger", mixinStandardHelpOptions = true,
      description = "Lemma/UPOS/XPOS accuracy on UD Polish test sets (gold tokenization), or --gold G --pred P.")
  static final class Tagger implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--shared", defaultValue = "../shared", description = "The shared folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--gold", description = "Gold CoNLL-U file (with --pred).")
    Path gold;

    @Option(names = "--pred", description = "Predicted CoNLL-U file, e.g. from `kronika tag`.")
    Path pred;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "CoNLL-U files (default: PDB, LFG and PUD test sets).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      if (gold != null || pred != null) {
        if (gold == null || pred == null) {
          throw new IllegalArgumentException("--gold and --pred go together");
        }
        TaggerEvaluator.Score s = TaggerEvaluator.compare(ConlluReader.readAll(gold), ConlluReader.readAll(pred));
        System.out.println("| words | n | lemma | UPOS | XPOS |\n|---|---:|---:|---:|---:|");
        System.out.println(s.row(pred.getFileName().toString()));
        return 0;
      }
      List<Path> sets = new ArrayList<>(files);
      if (sets.isEmpty()) {
        Path ud = dataDir(shared).resolve("ud");
        for (String n : List.of("pl_pdb-ud-test.conllu.gz", "pl_lfg-ud-test.conllu.gz", "pl_pud-ud-test.conllu.gz")) {
          sets.add(ud.resolve(n));
        }
      }
      PolishTagger tagger = PolishTagger.load();
      for (Path f : sets) {
        System.out.println(TaggerEvaluator.evaluate(tagger, ConlluReader.readAll(f)).table(f.getFileName().toString()));
        System.out.println();
      }
      return 0;
    }
  }

  /** Duckling's Polish time corpus (value + grain) and PolEval 2018 date/time spans. */
  @Command(name = "time", mixinStandardHelpOptions = true,
      description = "Time expressions: Duckling corpus accuracy, NKJP-1M dev and PolEval 2018 date/time span F1.")
  static final class Time implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--shared", defaultValue = "../shared", description = "The shared folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Override
    public Integer call() throws Exception {
      Path data = dataDir(shared);
      Path dir = data.resolve("time");
      System.out.print(DucklingTimeEval.evaluate(dir.resolve("duckling-pl-time.tsv"),
          dir.resolve("duckling-pl-time-negative.txt")).report());
      System.out.println();
      System.out.print(NkjpTimeEval.evaluate(data.resolve("ner/nkjp1m-ner.iob.gz"), "dev", null));
      System.out.println();
      System.out.print(PolEvalTimeEval.evaluate(data.resolve("ner/poleval2018-ner-gold.json.gz")));
      return 0;
    }
  }

  /**
   * PolEval 2018 and KPWr test: precision, recall and F1 per type, exact and overlap, for our model
   * and OpenNLP's default name finder trained on the same NKJP data, side by side.
   */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "NER on PolEval 2018 and KPWr test (exact and overlap P/R/F1 per type), beside OpenNLP's default name finder.")
  static final class Ner implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--shared", defaultValue = "../shared", description = "The shared folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--no-baseline", description = "Skip the OpenNLP baseline (its first run trains it: minutes).")
    boolean noBaseline;

    @Override
    public Integer call() throws Exception {
      Path data = dataDir(shared);
      org.kronika.train.ner.NerEvaluator.main(new String[] {
          "--data", data.toString(), "--baseline", Boolean.toString(!noBaseline)});
      return 0;
    }
  }
}
