package dev.crosscheck.runtime.filter;

import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_CREDENTIALS;
import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_HEADERS;
import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_METHODS;
import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_ORIGIN;
import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.filter.CorsHeaders.MAX_AGE;
import static dev.crosscheck.runtime.filter.CorsHeaders.ORIGIN;
import static dev.crosscheck.runtime.filter.CorsHeaders.REQUEST_HEADERS;
import static dev.crosscheck.runtime.filter.CorsHeaders.REQUEST_METHOD;
import static dev.crosscheck.runtime.filter.CorsHeaders.REQUEST_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.filter.CorsHeaders.VARY;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CORS protocol on the server side (Fetch Standard, "CORS protocol"). Generated filters
 * delegate to one engine, built when the filter starts.
 *
 * <p>Preflights (pre-matching): a preflight ({@code OPTIONS} with {@code Origin} and {@code
 * Access-Control-Request-Method}) on a path with a policy is answered here and never reaches a
 * resource method: 204 (200 where configured) with the precomputed headers, or 403 without CORS
 * headers. It is answered before the runtime matches anything, so the route table finds the
 * resource method the actual request will reach. Everything else goes on untouched.
 *
 * <p>Actual requests: their responses are decided after matching, by the response filter the
 * runtime bound to the resource method that ran ({@link #bindActualResponses}), never by matching
 * the path again.
 *
 * <p>A request that is not a preflight costs a header lookup and a comparison here.
 */
public final class CorsEngine {

  private final PreflightTable table;
  private final ResponseBindings bindings;
  private final int preflightStatus;
  private final Refusals refusals;
  private final DecisionListeners listeners;

  /**
   * @param preflightStatus 204, or 200 where configured (for clients that mishandle 204)
   */
  CorsEngine(PreflightTable table, ResponseBindings bindings, int preflightStatus, Refusals refusals,
      DecisionListeners listeners) {
    this.table = table;
    this.bindings = bindings;
    this.preflightStatus = preflightStatus;
    this.refusals = refusals;
    this.listeners = listeners;
  }

  /**
   * Keeps in the preflight table only the routes of the root resources {@code application}
   * deploys (its classes and singletons, or a superclass of one; every one when both are empty,
   * as a scanned application's are). A resource compiled beside the application but not deployed
   * by it must not lend its policy to a path another resource serves; two applications of one
   * module may each have their own policy on one template. Runtimes inject the application when
   * the filter starts or at the latest before its first request; until then the table holds every
   * route, and refuses preflights where two of them conflict.
   */
  public void deployedBy(Application application) {
    Set<String> deployed = new HashSet<>();
    List<Object> components = new ArrayList<>(application.getClasses());
    components.addAll(application.getSingletons());
    for (Object component : components) {
      Class<?> type = component instanceof Class<?> c ? c : component.getClass();
      for (; type != null && type != Object.class; type = type.getSuperclass()) {
        deployed.add(type.getName());
      }
    }
    if (!deployed.isEmpty()) {
      table.restrictTo(deployed);
    }
  }

  /**
   * Refuses preflights on the routes that reach {@code resourceClasses} through a locator: a
   * locator declared to return one of them may return a subclass with a policy of its own, from
   * another compilation, and a preflight is answered before the locator runs.
   */
  void refusePreflightsThroughLocatorsTo(Set<String> resourceClasses) {
    table.refuseThroughLocatorsTo(resourceClasses);
  }

  /** Names the classes that carry a policy of their own, so no subclass a locator returns gets its superclass's. */
  void knowClassesWithPolicies(Set<String> names) {
    bindings.knowClassesWithPolicies(names);
  }

  public void onRequest(ContainerRequestContext request) {
    MultivaluedMap<String, String> headers = request.getHeaders();
    String origin = RequestOrigin.of(headers);
    if (origin == null || !request.getMethod().equals("OPTIONS")) {
      return;
    }
    String requestedMethod = headers.getFirst(REQUEST_METHOD);
    if (requestedMethod == null) {
      return; // a plain OPTIONS request: the application's to answer
    }
    String requestPath = request.getUriInfo().getRequestUri().getRawPath();
    int below = RequestPaths.startBelowBase(requestPath, request.getUriInfo().getBaseUri().getRawPath());
    ResourcePath path = below < 0 ? null : table.match(requestPath, below, requestedMethod);
    if (path == null || !path.hasPolicy()) {
      return; // not ours: CORS leaves paths without a policy alone (AMBIGUOUS has one, and is refused below)
    }
    CompiledRoute route = path.route(requestedMethod);
    CompiledPolicy policy = route == null ? null : route.policy();
    Refusal refusal = path == ResourcePath.AMBIGUOUS ? Refusal.PREFLIGHT_AMBIGUOUS
        : route == null ? Refusal.METHOD_NOT_ALLOWED
        : policy == null ? route.closed()
        : !policy.origins.allows(origin) ? Refusal.ORIGIN_NOT_ALLOWED
        : !policy.requestHeaders.allowAll(headers.get(REQUEST_HEADERS)) ? Refusal.HEADER_NOT_ALLOWED
        : !policy.allowPrivateNetwork && "true".equals(headers.getFirst(REQUEST_PRIVATE_NETWORK))
            ? Refusal.PRIVATE_NETWORK_NOT_ENABLED
        : null;
    if (refusal != null) {
      boolean explains = refusals.explains();
      if (refusal == Refusal.ORIGIN_NOT_ALLOWED && (explains || refusals.logs() || listeners.any())) {
        refusal = Refusals.ofOrigin(origin); // parsing the origin costs more than refusing it: only when said
      }
      String detail = explains || refusals.logs()
          ? Refusals.detail(refusal, requestedMethod, policy, headers.get(REQUEST_HEADERS)) : null;
      Response.ResponseBuilder answer = explains
          ? refusals.debugAnswer(refusal, detail, origin, route, policy, preflightStatus)
          : Response.status(Response.Status.FORBIDDEN);
      if (policy == null || policy.variesByOrigin) {
        answer.header(VARY, ORIGIN);
      }
      if (refusals.logs()) {
        refusals.log("the preflight for " + requestedMethod, request, path, route, origin, refusal, detail);
      }
      if (listeners.any()) {
        listeners.tell(new CorsDecision(true, requestedMethod, path == ResourcePath.AMBIGUOUS ? null : path.template(),
            route == null ? null : route.resourceMethod(), refusal));
      }
      request.abortWith(answer.build());
      return;
    }
    Response.ResponseBuilder answer = Response.status(preflightStatus).header(ALLOW_ORIGIN, policy.allowOrigin(origin));
    if (policy.allowCredentials) {
      answer.header(ALLOW_CREDENTIALS, "true");
    }
    answer.header(ALLOW_METHODS, route.httpMethod());
    if (policy.allowHeaders != null && headers.containsKey(REQUEST_HEADERS)) {
      answer.header(ALLOW_HEADERS, policy.allowHeaders);
    }
    if (policy.maxAge != null) {
      answer.header(MAX_AGE, policy.maxAge);
    }
    if (policy.allowPrivateNetwork && "true".equals(headers.getFirst(REQUEST_PRIVATE_NETWORK))) {
      answer.header(ALLOW_PRIVATE_NETWORK, "true");
    }
    if (policy.variesByOrigin) {
      answer.header(VARY, ORIGIN);
    }
    if (listeners.any()) {
      listeners.tell(new CorsDecision(true, requestedMethod, path.template(), route.resourceMethod(), null));
    }
    request.abortWith(answer.build());
  }

  /**
   * The response filter of the resource method {@code javaMethod} ({@code update(long,java.lang.String)})
   * of the class named {@code resourceClass}, exactly as the table names them; null when it has no
   * policy. For tools that drive the engine without a runtime (benchmarks).
   */
  public ContainerResponseFilter actualResponseFilter(String resourceClass, String javaMethod) {
    return bindings.filterFor(resourceClass, javaMethod);
  }

  /**
   * What a generated filter does as a {@link DynamicFeature}: asks the runtime which resource
   * methods it deploys, and binds to each one that has a policy the response filter of that very
   * method (see {@link ResponseBindings}): the ground truth that a table of path templates could
   * only model.
   */
  public void bindActualResponses(ResourceInfo resourceInfo, FeatureContext context) {
    bindings.bind(resourceInfo, context);
  }

  /**
   * The response of a method the runtime never reported to {@link #bindActualResponses} (a
   * sub-resource method on Apache CXF) gets the headers of its policy here; the response of a
   * reported method was handled by the filter bound to it.
   *
   * @param resourceInfo what the runtime says ran, or null where it injected nothing
   */
  public void onResponseOfUnboundMethod(ResourceInfo resourceInfo, ContainerRequestContext request,
      ContainerResponseContext response) throws IOException {
    if (resourceInfo == null) {
      return;
    }
    Method method = resourceInfo.getResourceMethod();
    Class<?> resourceClass = resourceInfo.getResourceClass();
    if (method == null || resourceClass == null || bindings.wasReported(method)) {
      return;
    }
    ContainerResponseFilter filter = bindings.filterFor(resourceClass, method);
    if (filter != null) {
      filter.filter(request, response);
    }
  }
}
