package dev.crosscheck.runtime.spi;

import java.util.List;

/**
 * A policy whose configured values break the rules, or whose placeholders have no value: thrown
 * while the filter starts, so that the application does not start with a policy the compiler
 * would have rejected.
 */
public final class CorsConfigurationException extends RuntimeException {

  private final List<String> problems;

  public CorsConfigurationException(List<String> problems) {
    super("Crosscheck refuses the configured CORS values:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem, each starting with its rule code when a rule was broken. */
  public List<String> problems() {
    return problems;
  }
}
