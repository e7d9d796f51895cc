package dev.crosscheck.runtime.internal.config;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.List;
import java.util.Optional;

/**
 * A policy with its placeholders replaced, remembering for each origin and pattern entry where
 * its value came from, so that a broken rule names the property to fix.
 *
 * @param originSources for each entry of {@code policy.origins()}: where it came from, or null if written in code
 * @param patternSources the same for {@code policy.originPatterns()}
 */
public record ResolvedPolicy(CorsPolicy policy, List<String> originSources, List<String> patternSources) {

  /** Where the value at this position came from, when configuration supplied it. */
  public Optional<String> sourceOf(PolicyAttribute attribute, int index) {
    List<String> sources =
        attribute == PolicyAttribute.ORIGINS ? originSources
            : attribute == PolicyAttribute.ORIGIN_PATTERNS ? patternSources : List.of();
    return index >= 0 && index < sources.size() ? Optional.ofNullable(sources.get(index)) : Optional.empty();
  }
}
