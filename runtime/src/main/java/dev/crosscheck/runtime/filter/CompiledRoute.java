package dev.crosscheck.runtime.filter;

/**
 * A route ready for requests: its HTTP method, which is also its preflight's
 * {@code Access-Control-Allow-Methods}, and its policy (null when not open cross-origin).
 *
 * @param closed why a preflight gets no grant here, when {@code policy} is null: the route is not
 *     open cross-origin, or it has a policy that a preflight cannot be answered with (two policies
 *     it cannot tell apart, or a locator that may return a subclass with another, {@link
 *     Refusal#PREFLIGHT_AMBIGUOUS})
 * @param resourceMethod {@code NotesResource.update()}, for the log; null where two methods share the route
 */
record CompiledRoute(String httpMethod, CompiledPolicy policy, Refusal closed, String resourceMethod) {

  CompiledRoute(String httpMethod, CompiledPolicy policy, String resourceMethod) {
    this(httpMethod, policy, policy == null ? Refusal.NO_POLICY : null, resourceMethod);
  }

  static CompiledRoute refused(String httpMethod) {
    return new CompiledRoute(httpMethod, null, Refusal.PREFLIGHT_AMBIGUOUS, null);
  }

  /** Whether a preflight is refused here although the route has a policy. */
  boolean refused() {
    return closed == Refusal.PREFLIGHT_AMBIGUOUS;
  }
}
