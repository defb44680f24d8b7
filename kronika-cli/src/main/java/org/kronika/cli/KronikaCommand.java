package org.kronika.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand of {@code kronika}. Implementations are picocli {@code @Command} classes registered
 * in {@code META-INF/services/org.kronika.cli.KronikaCommand}; {@link Main} discovers them, so a
 * module adds a command without editing a central list.
 */
public interface KronikaCommand extends Callable<Integer> {}
