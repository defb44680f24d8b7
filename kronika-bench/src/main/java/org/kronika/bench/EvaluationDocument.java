package org.kronika.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code docs/EVALUATION.md} as a whole from the template {@code EVALUATION.template.md} (this
 * package's resources: static prose only, no figures) and one {@link Bench.Result}. Placeholders:
 * {@code {{run}}} (command, time, machine), {@code {{summary}}} ({@link Summary}), {@code {{bench}}} (the
 * pipeline, peer and JMH tables of {@link BenchReport}) and {@code {{eval:KEY}}} (the evaluator with that
 * {@link Evaluators.Spec#key()}: its command, status and output verbatim). Every number in the output
 * therefore comes from the run; an evaluator that did not run shows why.
 */
public final class EvaluationDocument {
  static final String TEMPLATE = "EVALUATION.template.md";
  private static final Pattern EVAL = Pattern.compile("\\{\\{eval:([a-z0-9-]+)\\}\\}");

  private EvaluationDocument() {}

  public static String render(Bench.Result r, String chartLink) {
    return render(template(), r, chartLink);
  }

  static String render(String template, Bench.Result r, String chartLink) {
    BenchReport report = new BenchReport(r);
    String out = template
        .replace("{{run}}", run(r))
        .replace("{{summary}}", Summary.markdown(Summary.of(r), machineShort()))
        .replace("{{bench}}", report.body(chartLink));
    Matcher m = EVAL.matcher(out);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(evaluator(r.evaluators, m.group(1))));
    }
    m.appendTail(b);
    return b.toString();
  }

  public static void write(Path file, Bench.Result r, String chartLink) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, render(r, chartLink), StandardCharsets.UTF_8);
  }

  static final String RATIOS_BEGIN = "<!-- bench:ratios:begin -->";
  static final String RATIOS_END = "<!-- bench:ratios:end -->";

  /**
   * Rewrites the lines between {@link #RATIOS_BEGIN} and {@link #RATIOS_END} of {@code readme} (when both are
   * there) with the run's ratios and targets ({@link Summary#ratios}), so the README quotes this run's figures
   * and nobody edits them by hand. Returns whether the file changed.
   */
  public static boolean writeRatios(Path readme, Bench.Result r) throws IOException {
    if (!Files.isRegularFile(readme)) {
      return false;
    }
    String old = Files.readString(readme, StandardCharsets.UTF_8);
    int b = old.indexOf(RATIOS_BEGIN);
    int e = old.indexOf(RATIOS_END);
    if (b < 0 || e < b) {
      return false;
    }
    String block = RATIOS_BEGIN + "\n" + Summary.ratios(Summary.of(r), r.started.toString()) + RATIOS_END;
    String text = old.substring(0, b) + block + old.substring(e + RATIOS_END.length());
    Files.writeString(readme, text, StandardCharsets.UTF_8);
    return !text.equals(old);
  }

  static String template() {
    try (InputStream in = EvaluationDocument.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TEMPLATE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cores and JVM, the machine column of the summary. */
  static String machineShort() {
    return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name", "")
        .replace("OpenJDK 64-Bit Server VM", "OpenJDK") + " " + System.getProperty("java.version");
  }

  private static String run(Bench.Result r) {
    StringBuilder md = new StringBuilder();
    md.append("```\n").append(r.command).append("\n```\n\n");
    md.append("- Run: ").append(r.started).append(" → ").append(r.finished)
        .append(r.quick ? " (**--quick**: a smoke run on subsets; not the reference figures)" : "").append('\n');
    md.append("- Machine: ").append(r.machine).append("; load average at end ").append(r.loadAfter).append('\n');
    for (String note : r.notes) {
      md.append("- Note: ").append(note).append('\n');
    }
    return md.toString();
  }

  /** One evaluator's block: status, the command and its quoted output. */
  static String evaluator(List<Evaluators.Run> runs, String key) {
    Evaluators.Run e = runs.stream().filter(x -> x.spec().key().equals(key)).findFirst().orElse(null);
    if (e == null) {
      return "*Not run in this bench run (`--no-eval`, `--only`, or no `../shared`).*\n";
    }
    StringBuilder md = new StringBuilder();
    md.append("`").append(e.spec().className()).append("`, data: ").append(e.spec().split()).append(": ")
        .append(e.ran() ? String.format(Locale.ROOT, "ran (%d s)", e.wallMs() / 1000) : "**" + e.status() + "**")
        .append("\n\n");
    if (!e.command().isEmpty() && e.spec().skipReason() == null) {
      md.append("```\n$ ").append(e.command()).append('\n');
      List<String> lines = e.ran() ? e.headlines() : tail(e.output(), 20);
      lines.forEach(l -> md.append(l.replaceAll("\u001B\\[[0-9;]*m", "")).append('\n')); // no terminal colours
      md.append("```\n");
    }
    return md.toString();
  }

  private static List<String> tail(String output, int n) {
    List<String> l = output.lines().filter(s -> !s.isBlank()).toList();
    return l.subList(Math.max(0, l.size() - n), l.size());
  }
}
