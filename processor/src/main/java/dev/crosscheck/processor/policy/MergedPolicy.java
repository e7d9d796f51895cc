package dev.crosscheck.processor.policy;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy that governs an endpoint: attribute by attribute, the value written by the most
 * specific annotation that wrote it, else the default.
 *
 * @param contributors the annotations merged, general first; two endpoints with equal
 *     contributors share one policy
 * @param writers for each written attribute, the annotation that wrote the value in force
 */
public record MergedPolicy(
    CorsPolicy policy, List<WrittenPolicy> contributors, Map<PolicyAttribute, WrittenPolicy> writers) {

  /** The most specific annotation, where problems of the policy as a whole are reported. */
  public WrittenPolicy mostSpecific() {
    return contributors.get(contributors.size() - 1);
  }

  /** The annotation that wrote the attribute in force, if one did. */
  public Optional<WrittenPolicy> writer(PolicyAttribute attribute) {
    return Optional.ofNullable(writers.get(attribute));
  }
}
