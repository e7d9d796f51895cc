package dev.crosscheck.processor.policy;

import dev.crosscheck.processor.jaxrs.Endpoint;
import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.http.HttpMethods;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.util.List;
import java.util.Optional;

/** An endpoint and the policy in force for it, if any: one row of the table the filter is generated from. */
public record GovernedEndpoint(Endpoint endpoint, Optional<MergedPolicy> policy) {

  /** The policy, where it opens the endpoint's HTTP method: what the table and the exposure report grant. */
  public Optional<CorsPolicy> openPolicy() {
    return policy.map(MergedPolicy::policy).filter(p -> opens(p, endpoint.httpMethod()));
  }

  /** Why the endpoint is not open cross-origin; empty where it is. */
  public Optional<Route.Closed> closed() {
    if (openPolicy().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(policy.isPresent() ? Route.Closed.METHODS_EXCLUDE
        : endpoint.policySites().stream().anyMatch(PolicyMerger::optsOut) ? Route.Closed.OPTED_OUT
        : Route.Closed.NO_POLICY);
  }

  /** Whether the policy opens the method: empty methods (every declared one) or {@code "*"} do. */
  public static boolean opens(CorsPolicy policy, String method) {
    List<String> methods = policy.methods();
    String instead = HttpMethods.answeredInsteadBy(method);
    return methods.isEmpty() || methods.contains("*") || methods.contains(method)
        || (instead != null && methods.contains(instead));
  }
}
