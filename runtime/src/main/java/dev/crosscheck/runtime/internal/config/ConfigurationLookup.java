package dev.crosscheck.runtime.internal.config;

import java.util.Optional;

/** Where placeholder values come from. */
@FunctionalInterface
public interface ConfigurationLookup {

  /** A value and where it was found, for messages. */
  record Found(String value, String source) {}

  Optional<Found> find(String name);

  /** System properties first, then environment variables. */
  ConfigurationLookup SYSTEM =
      name -> {
        String property = System.getProperty(name);
        if (property != null) {
          return Optional.of(new Found(property, "system property " + name));
        }
        String variable = System.getenv(name);
        if (variable != null) {
          return Optional.of(new Found(variable, "environment variable " + name));
        }
        return Optional.empty();
      };
}
