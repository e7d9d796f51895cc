package dev.crosscheck.runtime.internal.config;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.InvalidPlaceholderException;
import dev.crosscheck.runtime.internal.policy.Placeholder;
import dev.crosscheck.runtime.internal.rules.Rule;
import dev.crosscheck.runtime.spi.CorsConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:default}} entries of origins and patterns with the
 * configured values (a comma-separated value is several entries). A placeholder with neither a
 * value nor a default is a start-up error, never an empty allowlist.
 */
public final class PlaceholderResolver {

  private final ConfigurationLookup lookup;

  public PlaceholderResolver(ConfigurationLookup lookup) {
    this.lookup = lookup;
  }

  public static boolean hasPlaceholders(CorsPolicy policy) {
    return policy.origins().stream().anyMatch(Placeholder::looksLikePlaceholder)
        || policy.originPatterns().stream().anyMatch(Placeholder::looksLikePlaceholder);
  }

  /**
   * @throws CorsConfigurationException naming every placeholder without a value
   */
  public ResolvedPolicy resolve(CorsPolicy policy) {
    List<String> problems = new ArrayList<>();
    List<String> originSources = new ArrayList<>();
    List<String> patternSources = new ArrayList<>();
    List<String> origins = expand(policy.origins(), originSources, problems);
    List<String> patterns = expand(policy.originPatterns(), patternSources, problems);
    if (!problems.isEmpty()) {
      throw new CorsConfigurationException(problems);
    }
    CorsPolicy resolved =
        new CorsPolicy(
            origins,
            patterns,
            policy.methods(),
            policy.allowedHeaders(),
            policy.exposedHeaders(),
            policy.allowCredentials(),
            policy.maxAge(),
            policy.allowPrivateNetwork(),
            policy.acceptedRisks(),
            policy.originSource());
    return new ResolvedPolicy(resolved, originSources, patternSources);
  }

  private List<String> expand(List<String> entries, List<String> sources, List<String> problems) {
    List<String> out = new ArrayList<>();
    for (String entry : entries) {
      if (!Placeholder.looksLikePlaceholder(entry)) {
        out.add(entry);
        sources.add(null);
        continue;
      }
      Placeholder placeholder;
      try {
        placeholder = Placeholder.parse(entry);
      } catch (InvalidPlaceholderException e) {
        // The compiler rejects these; only hand-built policies get here.
        problems.add("\"" + entry + "\" is not a valid placeholder: " + e.problem());
        continue;
      }
      Optional<ConfigurationLookup.Found> found = lookup.find(placeholder.name());
      String value;
      String source;
      if (found.isPresent()) {
        value = found.get().value();
        source = found.get().source() + " (" + entry + ")";
      } else if (placeholder.defaultValue().isPresent()) {
        value = placeholder.defaultValue().get();
        source = "the default of " + entry;
      } else {
        problems.add(entry + " has no value: set the system property or environment variable "
            + placeholder.name() + ", or write a default as ${" + placeholder.name() + ":https://app.example.com}");
        continue;
      }
      for (String item : Placeholder.splitList(value)) {
        if (Placeholder.looksLikePlaceholder(item)) {
          problems.add(Rule.INVALID_PLACEHOLDER.message(item, "configured values are used as they are, never resolved again")
              + " (" + source + ")");
          continue;
        }
        out.add(item);
        sources.add(source);
      }
    }
    return out;
  }
}
