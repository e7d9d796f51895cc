package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.spi.Refusal;

/**
 * A route ready for requests: its HTTP method, which is also its preflight's
 * {@code Access-Control-Allow-Methods}, and its policy (null when not open cross-origin).
 *
 * @param closed why a preflight gets no grant here, when {@code policy} is null: the route is not
 *     open cross-origin, or it has a policy that a preflight cannot be answered with (two policies
 *     it cannot tell apart, or a locator that may return a subclass with another, {@link
 *     Refusal#PREFLIGHT_AMBIGUOUS})
 * @param source the route it was compiled from, which names the resource method for the log and
 *     listeners (named only then: a table of 20,000 routes keeps no name it is not asked for); null
 *     where two methods share the route
 */
public record CompiledRoute(String httpMethod, CompiledPolicy policy, Refusal closed, Route source) {

  public CompiledRoute(String httpMethod, CompiledPolicy policy, Route source) {
    this(httpMethod, policy, policy == null ? Refusal.NO_POLICY : null, source);
  }

  /** {@code NotesResource.update()}; null where two methods share the route. */
  public String resourceMethod() {
    return source == null ? null : source.resourceMethod();
  }

  public static CompiledRoute refused(String httpMethod) {
    return new CompiledRoute(httpMethod, null, Refusal.PREFLIGHT_AMBIGUOUS, null);
  }

  /** Whether a preflight is refused here although the route has a policy. */
  public boolean refused() {
    return closed == Refusal.PREFLIGHT_AMBIGUOUS;
  }
}
