package dev.crosscheck.runtime.filter;

/**
 * A route ready for requests: its HTTP method, which is also its preflight's
 * {@code Access-Control-Allow-Methods}, and its policy (null when not open cross-origin).
 *
 * @param refused whether the route has a policy that a preflight cannot be answered with (two
 *     policies it cannot tell apart, or a locator that may return a subclass with another): the
 *     preflight is refused, rather than left to the application as on a route without a policy
 */
record CompiledRoute(String httpMethod, CompiledPolicy policy, boolean refused) {

  CompiledRoute(String httpMethod, CompiledPolicy policy) {
    this(httpMethod, policy, false);
  }

  static CompiledRoute refused(String httpMethod) {
    return new CompiledRoute(httpMethod, null, true);
  }
}
