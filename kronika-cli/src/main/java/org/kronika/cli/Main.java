package org.kronika.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code kronika} command: discovers the subcommands and runs one. */
@Command(
    name = "kronika",
    mixinStandardHelpOptions = true,
    version = "kronika 0.1.0",
    description = "Turns news into an evidence-backed chronicle of events.")
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // configuration mistakes (unknown annotator, bad option value) are one clear line, not a trace
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
          || e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
        cmd.getErr().println("kronika " + cmd.getCommandName() + ": " + e.getMessage());
        return 2;
      }
      throw e;
    });
    for (KronikaCommand c : ServiceLoader.load(KronikaCommand.class)) {
      cl.addSubcommand(c);
    }
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
