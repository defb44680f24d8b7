package org.kronika.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a class's {@code main} in a fresh JVM with this JVM's class path, and records each line it
 * prints with the milliseconds since the process was spawned. Standard error is passed through.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** One line of the child's standard output and when it arrived, ms after spawn. */
  public record Line(long atMs, String text) {}

  /** Exit code (-1 if killed at the timeout), output lines, and the wall time of the whole run. */
  public record Result(int exitCode, List<Line> lines, long wallMs, boolean timedOut) {
    public String output() {
      StringBuilder sb = new StringBuilder();
      lines.forEach(l -> sb.append(l.text()).append('\n'));
      return sb.toString();
    }

    public Line first(String prefix) {
      return lines.stream().filter(l -> l.text().startsWith(prefix)).findFirst().orElse(null);
    }
  }

  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public static Result run(List<String> jvmArgs, String mainClass, List<String> args, long timeoutSeconds)
      throws IOException, InterruptedException {
    return run(jvmArgs, System.getProperty("java.class.path"), null, Map.of(), mainClass, args, timeoutSeconds);
  }

  /**
   * As {@link #run(List, String, List, long)} with an explicit class path, working directory (null: this
   * JVM's) and extra environment variables.
   */
  public static Result run(List<String> jvmArgs, String classPath, Path workDir, Map<String, String> env,
      String mainClass, List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    if (workDir != null) {
      pb.directory(workDir.toFile());
    }
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    Process p = pb.start();
    List<Line> lines = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l = r.readLine(); l != null; l = r.readLine()) {
          long at = (System.nanoTime() - t0) / 1_000_000;
          synchronized (lines) {
            lines.add(new Line(at, l));
          }
        }
      } catch (IOException ignored) {
        // process ended
      }
    }, "child-output");
    reader.setDaemon(true);
    reader.start();
    boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    reader.join(5000);
    long wall = (System.nanoTime() - t0) / 1_000_000;
    synchronized (lines) {
      return new Result(done ? p.exitValue() : -1, List.copyOf(lines), wall, !done);
    }
  }
}
