package dev.crosscheck.runtime.internal.answer;

import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.match.CompiledRoute;
import dev.crosscheck.runtime.internal.match.RequestPaths;
import dev.crosscheck.runtime.internal.match.ResourcePath;
import dev.crosscheck.runtime.internal.match.RouteTable;
import dev.crosscheck.runtime.internal.route.Route;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_CREDENTIALS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_ORIGIN;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.EXPOSE_HEADERS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ORIGIN;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.REQUEST_METHOD;

import dev.crosscheck.runtime.internal.http.HttpMethods;
import dev.crosscheck.runtime.internal.path.InvalidTemplateException;
import dev.crosscheck.runtime.spi.CorsDecision;
import dev.crosscheck.runtime.spi.Refusal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The response side of CORS for one resource method, bound to that method by the runtime itself
 * ({@link ResponseBindings}), so that a response gets the headers of the policy of the method
 * that actually ran: whatever the runtime's matching rules, nothing here guesses which method
 * that was, and responses of methods no policy reaches never reach a Crosscheck filter at all (a
 * method the user closed has one, which removes other layers' grants).
 *
 * <p>An allowed origin gets {@code Access-Control-Allow-Origin} (and credentials and exposed
 * headers where the policy says so); every response of a policy whose answer depends on the
 * origin gets {@code Vary: Origin} appended, allowed or not, with or without an {@code Origin}.
 * A disallowed origin gets nothing more: CORS protects readers, not servers, so the request ran
 * and the browser withholds its answer. A public {@code "*"} policy without credentials answers
 * {@code Access-Control-Allow-Origin: *} on every response, with or without an {@code Origin},
 * and never varies.
 */
@Priority(OneCorsLayer.LAST) // Jersey takes a filter's priority from its class, not from its registration
public final class ActualResponseFilter implements ContainerResponseFilter {

  /** A route of the method, which names it for the log and listeners when they ask. */
  private final Route named;
  /**
   * The policy per HTTP method, when every route of the method agrees on it (nearly always): a
   * Java method has one HTTP method, held in the two fields, unless the table gives it several.
   */
  private final Map<String, CompiledPolicy> byHttpMethod;
  private final String onlyHttpMethod;
  private final CompiledPolicy onlyPolicy;
  private final boolean agree;
  /**
   * The method's own routes, when a sub-resource class is reached by two locators whose policies
   * differ for it: the path then tells which locator led here.
   */
  private final RouteTable paths;
  /**
   * A route of the method that the user's own annotations close ({@code @NoCrossOrigin}, or a
   * policy whose {@code methods} leave its HTTP method out), or null: another layer's grant on its
   * responses would be looser than what the user wrote, so it is removed.
   */
  private final Route closedByUser;
  private final boolean anyVaries;
  private final Refusals refusals;
  private final DecisionListeners listeners;
  private final OneCorsLayer layers;

  /**
   * @param routes every route of one Java method of one resource class, at least one with a policy
   *     or {@linkplain Route#closedByUser() closed by the user's annotations}
   */
  public ActualResponseFilter(List<Route> routes, Function<Route, CompiledPolicy> compile, Refusals refusals,
      DecisionListeners listeners, OneCorsLayer layers) {
    this.named = routes.get(0);
    this.layers = layers;
    this.refusals = refusals;
    this.listeners = listeners;
    if (routes.size() == 1) {
      // Nearly every method: one route, so nothing to agree on and no map to build (20,000 at start).
      Route only = routes.get(0);
      CompiledPolicy policy = only.policy() == null ? null : compile.apply(only);
      this.anyVaries = policy != null && policy.variesByOrigin;
      this.closedByUser = only.closedByUser() ? only : null;
      this.agree = true;
      this.onlyHttpMethod = only.httpMethod();
      this.onlyPolicy = policy;
      this.byHttpMethod = null;
      this.paths = null;
      return;
    }
    Map<String, Route> byMethod = new HashMap<>();
    Map<String, CompiledPolicy> policies = new HashMap<>();
    boolean agree = true;
    boolean varies = false;
    Route closed = null;
    for (Route route : routes) {
      closed = closed == null && route.closedByUser() ? route : closed;
      Route earlier = byMethod.putIfAbsent(route.httpMethod(), route);
      agree &= earlier == null || Objects.equals(earlier.policy(), route.policy());
      CompiledPolicy policy = route.policy() == null ? null : compile.apply(route);
      policies.putIfAbsent(route.httpMethod(), policy);
      varies |= policy != null && policy.variesByOrigin;
    }
    this.anyVaries = varies;
    this.closedByUser = closed;
    this.agree = agree;
    boolean one = agree && policies.size() == 1;
    this.onlyHttpMethod = one ? policies.keySet().iterator().next() : null;
    this.onlyPolicy = one ? policies.values().iterator().next() : null;
    this.byHttpMethod = agree && !one ? policies : null;
    try {
      this.paths = agree ? null : new RouteTable(routes, compile);
    } catch (InvalidTemplateException e) {
      throw new IllegalStateException("a generated route has a malformed template: " + e.getMessage(), e);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, String> requestHeaders = request.getHeaders();
    String origin = RequestOrigin.of(requestHeaders);
    String method = request.getMethod();
    MultivaluedMap<String, Object> headers = response.getHeaders();
    if (origin != null && method.equals("OPTIONS") && requestHeaders.getFirst(REQUEST_METHOD) != null) {
      // A preflight the table left to the application (an @OPTIONS method of its own): never grant one here.
      if (anyVaries) {
        VaryOrigin.appendTo(headers);
      }
      return;
    }
    CompiledPolicy policy;
    if (agree) {
      policy = policyOf(method);
      String instead = policy == null ? HttpMethods.answeredInsteadBy(method) : null;
      if (instead != null) {
        policy = policyOf(instead);
      }
    } else {
      policy = policyByPath(request, method);
      if (policy == null && anyVaries) {
        clearIfClosedByUser(headers);
        VaryOrigin.appendTo(headers); // which locator led here is unknown: the answer may vary, grant nothing
        return;
      }
    }
    if (policy == null) {
      clearIfClosedByUser(headers);
      return;
    }
    if (!answer(policy, origin, headers, layers, named, null)) {
      // The request ran (CORS protects readers, not servers); the browser withholds the answer.
      refuse(request, headers, origin);
    } else if (origin != null && listeners.any()) {
      listeners.tell(new CorsDecision(false, method, null, named.resourceMethod(), null));
    }
  }

  /**
   * The CORS headers of a response under {@code policy} for a request from {@code origin} (null:
   * none): {@code Vary: Origin} where the answer depends on it; for an origin the policy allows,
   * or none, the grant (a public {@code "*"} policy answers {@code *} whether or not the request
   * had an Origin). The one place every response of a governed route gets its headers, and
   * nothing else's: another layer's CORS headers are removed first ({@link OneCorsLayer}).
   *
   * @param layers the engine's, which removes and reports another layer's CORS headers
   * @param route the route the response answers, for the warning about another layer, or null
   * @param described what the response answers, where no route names it
   * @return false when the request has an Origin the policy does not allow: it got no grant
   */
  public static boolean answer(CompiledPolicy policy, String origin, MultivaluedMap<String, Object> headers,
      OneCorsLayer layers, Route route, String described) {
    layers.clearOthers(headers, route, described);
    if (policy.variesByOrigin) {
      VaryOrigin.appendTo(headers);
      if (origin == null) {
        return true;
      }
    }
    if (origin != null && !policy.origins.allows(origin)) {
      return false;
    }
    // Fetch, "CORS protocol and HTTP caches": a public answer is the same for every request, so it
    // is sent without an Origin too; a response cached from a navigation or a CDN fill is then
    // readable by the cross-origin fetch it is later served to.
    headers.putSingle(ALLOW_ORIGIN, policy.variesByOrigin ? origin : "*");
    if (policy.allowCredentials) {
      headers.putSingle(ALLOW_CREDENTIALS, "true");
    }
    if (policy.exposeHeaders != null) {
      headers.putSingle(EXPOSE_HEADERS, policy.exposeHeaders);
    }
    return true;
  }

  /** On a route the user closed, no other layer's grant: the answer is never looser than what was written. */
  private void clearIfClosedByUser(MultivaluedMap<String, Object> headers) {
    if (closedByUser != null) {
      layers.clearOthers(headers, closedByUser, null);
    }
  }

  private CompiledPolicy policyOf(String httpMethod) {
    return byHttpMethod != null ? byHttpMethod.get(httpMethod) : httpMethod.equals(onlyHttpMethod) ? onlyPolicy : null;
  }

  /** Where two locators lead here with different policies: the path tells which one did. */
  private CompiledPolicy policyByPath(ContainerRequestContext request, String method) {
    String requestPath = request.getUriInfo().getRequestUri().getRawPath();
    int below = RequestPaths.startBelowBase(requestPath, request.getUriInfo().getBaseUri().getRawPath());
    ResourcePath path = below < 0 ? null : paths.match(requestPath, below, method);
    CompiledRoute route = path == null ? null : path.route(method);
    return route == null ? null : route.policy();
  }

  /** Says why the origin got nothing, where a log, the debug header or a listener wants to know. */
  private void refuse(ContainerRequestContext request, MultivaluedMap<String, Object> headers, String origin) {
    if (!refusals.explains() && !listeners.any() && !refusals.logs()) {
      return;
    }
    Refusal refusal = Refusals.ofOrigin(origin);
    if (refusals.explains()) {
      headers.putSingle(Refusals.HEADER, refusal.label());
    }
    if (refusals.logs()) {
      refusals.log("the response of " + named.resourceMethod(), request, null, null, origin, refusal, null);
    }
    if (listeners.any()) {
      listeners.tell(new CorsDecision(false, request.getMethod(), null, named.resourceMethod(), refusal));
    }
  }

  @Override
  public String toString() {
    return "CORS response filter of " + named.resourceMethod();
  }
}
