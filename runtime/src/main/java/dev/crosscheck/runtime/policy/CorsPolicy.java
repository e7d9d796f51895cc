package dev.crosscheck.runtime.policy;

import java.util.List;

/**
 * The policy type a filter generated before the generated-code contract (contract 0) makes when its
 * class loads. Kept only so that such a filter loads and is refused with the fix ({@code
 * dev.crosscheck.runtime.filter.CorsEngineFactory}); it holds nothing. The policy model is {@code
 * dev.crosscheck.runtime.internal.policy.CorsPolicy}.
 *
 * @deprecated for code generated before the contract only
 */
@Deprecated
public final class CorsPolicy {

  /** The constructor contract-0 code calls; its values are never read. */
  public CorsPolicy(List<String> origins, List<String> originPatterns, List<String> methods, List<String> allowedHeaders,
      List<String> exposedHeaders, boolean allowCredentials, long maxAge, boolean allowPrivateNetwork, List<String> acceptedRisks) {}
}
