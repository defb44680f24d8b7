package org.kronika.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accuracy evaluators owned by other parts of the project, run as they are (each in its own JVM,
 * its output kept verbatim) so the bench reproduces their figures in the same run as the speeds.
 * They are found by class name: one that is not on the class path yet (e.g. NER before its branch is
 * merged) is reported as "not available yet", never a failure. Nothing here re-implements scoring.
 */
public final class Evaluators {
  private Evaluators() {}

  public static final String NER = "org.kronika.train.ner.NerEvaluator";
  public static final String DUCKLING = "org.kronika.train.time.DucklingTimeEval";
  public static final String POLEVAL_TIME = "org.kronika.train.time.PolEvalTimeEval";

  /** One evaluator to run: a title, the class, its arguments, and which output lines to quote. */
  public record Spec(String title, String className, List<String> args, long timeoutSeconds, Pattern headline) {}

  /** What one evaluator run gave. {@code status}: ran, not available yet, failed (…), timed out, skipped. */
  public record Run(Spec spec, String status, String command, String output, List<String> headlines, long wallMs) {
    public boolean ran() {
      return status.equals("ran");
    }
  }

  public static List<Spec> specs(String dataDir, String sharedDir, boolean quick) {
    List<Spec> s = new ArrayList<>();
    s.add(new Spec("NER: Kronika vs OpenNLP default name finder (PolEval 2018 test, KPWr n82 test)", NER,
        List.of("--data", dataDir), 540,
        Pattern.compile("^(== .*|PolEval.*|KPWr.*|ALL \\(micro\\).*|throughput:.*)$")));
    s.add(new Spec("Time: Duckling Polish time corpus (development set)", DUCKLING, List.of(sharedDir), 300,
        Pattern.compile("^(Duckling.*|value\\+grain correct:.*|negative examples.*)$")));
    s.add(new Spec("Time: PolEval 2018 date/time spans (test set)", POLEVAL_TIME, List.of(sharedDir), 300,
        Pattern.compile("^(type .*|date +overlap .*|time +overlap .*|named expressions.*)$")));
    return s;
  }

  public static boolean present(String className) {
    try {
      Class.forName(className, false, Evaluators.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  public static Run run(Spec spec) {
    String command = "java -cp \"kronika-bench/target/kronika-bench-0.1.0-SNAPSHOT.jar:kronika-bench/target/lib/*\" "
        + spec.className() + " " + String.join(" ", spec.args());
    if (!present(spec.className())) {
      return new Run(spec, "not available yet (" + spec.className() + " is not on the class path)", command, "",
          List.of(), 0);
    }
    try {
      ChildJvm.Result r = ChildJvm.run(List.of("-Xmx3g"), spec.className(), spec.args(), spec.timeoutSeconds());
      List<String> head = new ArrayList<>();
      for (String line : r.output().split("\n")) {
        if (spec.headline().matcher(line).matches()) {
          head.add(line);
        }
      }
      String status = r.timedOut() ? "timed out after " + spec.timeoutSeconds() + " s"
          : r.exitCode() != 0 ? "failed (exit " + r.exitCode() + ")" : "ran";
      return new Run(spec, status, command, r.output(), head, r.wallMs());
    } catch (Exception e) {
      return new Run(spec, "failed (" + e + ")", command, "", List.of(), 0);
    }
  }

  /** NER figures for one system, parsed from {@code NerEvaluator}'s output. NaN where absent. */
  public record NerFigures(String system, double tokensPerSecond, double polevalExactF1, double polevalOverlapF1,
      double kpwrExactF1) {}

  private static final Pattern ALL = Pattern.compile(
      "^ALL \\(micro\\)\\s+\\d+\\s+\\d+\\s+\\|\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+\\|\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s*$");
  private static final Pattern THROUGHPUT = Pattern.compile("^throughput: .*= ([\\d.]+) tokens/s.*$");

  /**
   * Splits the NER evaluator's output at {@code == title} lines; in each block, the first
   * {@code ALL (micro)} row after a {@code PolEval} table gives exact and overlap F1, one after a
   * {@code KPWr} table the KPWr exact F1, and the {@code throughput:} line the speed.
   */
  public static Map<String, NerFigures> parseNer(String output) {
    Map<String, NerFigures> out = new LinkedHashMap<>();
    String system = null;
    String table = "";
    double tps = Double.NaN, pe = Double.NaN, po = Double.NaN, kp = Double.NaN;
    for (String line : (output + "\n== end").split("\n")) {
      if (line.startsWith("== ")) {
        if (system != null) {
          out.put(system, new NerFigures(system, tps, pe, po, kp));
        }
        system = line.substring(3).strip();
        tps = pe = po = kp = Double.NaN;
        continue;
      }
      if (line.startsWith("PolEval")) {
        table = "poleval";
      } else if (line.startsWith("KPWr")) {
        table = "kpwr";
      }
      Matcher m = ALL.matcher(line);
      if (m.matches()) {
        if (table.equals("poleval") && Double.isNaN(pe)) {
          pe = Double.parseDouble(m.group(3));
          po = Double.parseDouble(m.group(6));
        } else if (table.equals("kpwr") && Double.isNaN(kp)) {
          kp = Double.parseDouble(m.group(3));
        }
      }
      Matcher t = THROUGHPUT.matcher(line);
      if (t.matches()) {
        tps = Double.parseDouble(t.group(1));
      }
    }
    return out;
  }
}
