package dev.crosscheck.runtime.internal.engine;

import dev.crosscheck.runtime.internal.answer.ActualResponseFilter;
import dev.crosscheck.runtime.internal.answer.DecisionListeners;
import dev.crosscheck.runtime.internal.answer.OneCorsLayer;
import dev.crosscheck.runtime.internal.answer.PreflightTable;
import dev.crosscheck.runtime.internal.answer.Refusals;
import dev.crosscheck.runtime.internal.answer.RequestOrigin;
import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.match.CompiledRoute;
import dev.crosscheck.runtime.internal.match.RequestPaths;
import dev.crosscheck.runtime.internal.match.ResourcePath;
import dev.crosscheck.runtime.internal.platform.OtherCorsLayers;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_CREDENTIALS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_HEADERS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_METHODS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_ORIGIN;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.MAX_AGE;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ORIGIN;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.REQUEST_HEADERS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.REQUEST_METHOD;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.REQUEST_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.VARY;
import static dev.crosscheck.runtime.internal.answer.OneCorsLayer.grant;

import dev.crosscheck.runtime.spi.CorsConfigurationException;
import dev.crosscheck.runtime.internal.path.InvalidTemplateException;
import dev.crosscheck.runtime.spi.CorsDecision;
import dev.crosscheck.runtime.spi.Refusal;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

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

  private final Supplier<EngineParts> build;
  private volatile EngineParts parts;
  private final PreflightTable table = new PreflightTable();
  /** Set by the first request: the runtime's reports of methods after it are sub-resources found lazily. */
  private final AtomicBoolean serving = new AtomicBoolean();
  /** What binding the root resources' methods took, before the first request: the debug log says it then. */
  private final LongAdder bindingNanos = new LongAdder();
  private final LongAdder reportedBeforeServing = new LongAdder();
  /** Whether the other CORS layers the application registers were named (once per start). */
  private volatile boolean layersSaid;
  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  /**
   * An engine built at its first use ({@link #build}, the runtime's report of the first resource
   * method, or its word on what the application deploys). Runtimes may make more filters than they
   * use (RESTEasy makes one for its global provider factory, then one for the deployment): only
   * the one in use pays for the engine, and says so once.
   */
  public CorsEngine(Supplier<EngineParts> build) {
    this.build = build;
  }

  /** An engine for tools that run no runtime: built now, every route deployed. */
  public CorsEngine(EngineParts parts) {
    this.build = () -> parts;
    this.parts = parts;
    deploy(parts, Set.of());
  }

  /** Builds the engine now, if it is not built yet: its configuration is checked, and refused, here. */
  public void build() {
    parts();
  }

  private EngineParts parts() {
    EngineParts built = parts;
    if (built == null) {
      synchronized (this) {
        built = parts;
        if (built == null) {
          long started = System.nanoTime();
          parts = built = build.get(); // before the table: a request that finds the table reads it
          LOG.log(System.Logger.Level.DEBUG, "Crosscheck: engine built in " + millisSince(started) + " ms");
          if (built.deploysEveryRoute()) {
            deploy(built, Set.of());
          }
        }
      }
    }
    return built;
  }

  /**
   * Builds the preflight table from the routes of the root resources {@code application} deploys
   * (its classes and singletons, or a superclass of one; every one when both are empty, as a
   * scanned application's are). A resource compiled beside the application but not deployed by it
   * must not lend its policy to a path another resource serves; two applications of one module
   * may each have their own policy on one template. Runtimes inject the application when the
   * filter starts or at the latest at its first request; until then no preflight is granted
   * ({@link PreflightTable}).
   */
  public void deployedBy(Application application) {
    if (!layersSaid) {
      layersSaid = true;
      OtherCorsLayers.warnings(application, application.getClass().getClassLoader())
          .forEach(warning -> LOG.log(System.Logger.Level.WARNING, warning));
    }
    Set<String> deployed = new HashSet<>();
    List<Object> components = new ArrayList<>(application.getClasses());
    components.addAll(application.getSingletons());
    for (Object component : components) {
      Class<?> type = component instanceof Class<?> c ? c : component.getClass();
      for (; type != null && type != Object.class; type = type.getSuperclass()) {
        deployed.add(type.getName());
      }
    }
    deploy(parts(), deployed);
  }

  /** Builds the preflight table of the routes of these root classes (every one: empty). */
  private void deploy(EngineParts built, Set<String> deployedRoots) {
    try {
      long started = System.nanoTime();
      int kept = table.deploy(built.routes(), deployedRoots, built.polymorphic(), built.compile());
      LOG.log(System.Logger.Level.DEBUG, "Crosscheck: preflight table of " + kept + " routes built in "
          + millisSince(started) + " ms");
    } catch (InvalidTemplateException e) {
      throw new CorsConfigurationException(List.of("a generated route has a malformed template: " + e.getMessage()));
    }
  }

  /** What a start-up step took, as the debug log says it: whole milliseconds are enough. */
  private static long millisSince(long nanoTime) {
    return Math.round((System.nanoTime() - nanoTime) / 1e6);
  }

  /** Names the classes that carry a policy of their own, so no subclass a locator returns gets its superclass's. */
  public void knowClassesWithPolicies(Set<String> names) {
    parts().bindings().knowClassesWithPolicies(names);
  }

  public void onRequest(ContainerRequestContext request) {
    if (!serving.get()) {
      startedServing();
    }
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
    if (path == ResourcePath.DEPLOYMENT_UNKNOWN) {
      refuseBeforeDeployment(request, origin, requestedMethod, requestPath);
      return;
    }
    EngineParts built = parts; // set before the table was: the table is built from it
    Refusals refusals = built.refusals();
    DecisionListeners listeners = built.listeners();
    Response.Status preflightStatus = built.preflightStatus();
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
      String[] noted = explains ? OneCorsLayer.newNote() : OneCorsLayer.NOTHING_GRANTED;
      Response.ResponseBuilder answer = explains
          ? refusals.debugAnswer(refusal, detail, origin, route, policy, preflightStatus, noted)
          : Response.status(Response.Status.FORBIDDEN);
      if (policy == null || policy.variesByOrigin) {
        answer.header(VARY, ORIGIN);
      }
      if (refusals.logs()) {
        refusals.log("the preflight for " + requestedMethod, request, path, route, origin, refusal, detail);
      }
      if (listeners.any()) {
        listeners.tell(new CorsDecision(true, requestedMethod, path.namesNoTemplate() ? null : path.template(),
            route == null ? null : route.resourceMethod(), refusal));
      }
      request.abortWith(built.layers().noted(request, requestedMethod, path, requestPath, answer.build(), noted));
      return;
    }
    // Noted as written, so that the answer can be put back after other layers (OneCorsLayer).
    String[] noted = OneCorsLayer.newNote();
    Response.ResponseBuilder answer = grant(Response.status(preflightStatus), noted, ALLOW_ORIGIN, policy.allowOrigin(origin));
    if (policy.allowCredentials) {
      grant(answer, noted, ALLOW_CREDENTIALS, "true");
    }
    grant(answer, noted, ALLOW_METHODS, route.httpMethod());
    if (policy.allowHeaders != null && headers.containsKey(REQUEST_HEADERS)) {
      grant(answer, noted, ALLOW_HEADERS, policy.allowHeaders);
    }
    if (policy.maxAge != null) {
      grant(answer, noted, MAX_AGE, policy.maxAge);
    }
    if (policy.allowPrivateNetwork && "true".equals(headers.getFirst(REQUEST_PRIVATE_NETWORK))) {
      grant(answer, noted, ALLOW_PRIVATE_NETWORK, "true");
    }
    if (policy.variesByOrigin) {
      answer.header(VARY, ORIGIN);
    }
    if (listeners.any()) {
      listeners.tell(new CorsDecision(true, requestedMethod, path.template(), route.resourceMethod(), null));
    }
    request.abortWith(built.layers().noted(request, requestedMethod, path, requestPath, answer.build(), noted));
  }

  /**
   * An error the runtime answered before any resource method ran (a 400 for an unparseable {@code
   * Content-Type}, a 406, a 415): no filter bound to a method sees it, so without this the browser
   * would report a CORS error instead of the status. It gets the grant the preflight of its path
   * and method would get from its origin, when the table gives one without ambiguity; nothing
   * where the table refuses, is ambiguous, matches nothing, or no method serves the request's
   * method there (a 405: no policy governs it).
   */
  private void onErrorBeforeAnyMethod(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, String> headers = request.getHeaders();
    String method = request.getMethod();
    if (method.equals("OPTIONS") && headers.getFirst(REQUEST_METHOD) != null) {
      return; // a preflight: answered (or left alone) by onRequest
    }
    String origin = RequestOrigin.of(headers);
    String requestPath = request.getUriInfo().getRequestUri().getRawPath();
    int below = RequestPaths.startBelowBase(requestPath, request.getUriInfo().getBaseUri().getRawPath());
    ResourcePath path = below < 0 ? null : table.matchIfDeployed(requestPath, below, method);
    if (path == null || path.namesNoTemplate()) {
      return;
    }
    CompiledRoute route = path.route(method);
    CompiledPolicy policy = route == null ? null : route.policy();
    if (policy == null) {
      return;
    }
    ActualResponseFilter.answer(policy, origin, response.getHeaders(), parts().layers(), null,
        method + " /" + path.template());
  }

  /** A preflight before the runtime said what it deploys: refused, and said why where a log or a listener asks. */
  private void refuseBeforeDeployment(ContainerRequestContext request, String origin, String requestedMethod,
      String requestPath) {
    Response.ResponseBuilder answer = Response.status(Response.Status.FORBIDDEN).header(VARY, ORIGIN);
    EngineParts built = parts;
    if (built != null) {
      if (built.refusals().explains()) {
        built.refusals().explain(answer, Refusal.DEPLOYMENT_UNKNOWN, null);
      }
      if (built.refusals().logs()) {
        built.refusals().log("the preflight for " + requestedMethod, request, ResourcePath.DEPLOYMENT_UNKNOWN, null,
            origin, Refusal.DEPLOYMENT_UNKNOWN, null);
      }
      if (built.listeners().any()) {
        built.listeners().tell(new CorsDecision(true, requestedMethod, null, null, Refusal.DEPLOYMENT_UNKNOWN));
      }
    }
    Response refused = answer.build();
    request.abortWith(built == null ? refused
        : built.layers().noted(request, requestedMethod, ResourcePath.DEPLOYMENT_UNKNOWN, requestPath, refused,
            OneCorsLayer.NOTHING_GRANTED)); // refused with no CORS header, in debug mode too
  }

  /**
   * The response filter of the resource method {@code javaMethod} ({@code update(long,java.lang.String)})
   * of the class named {@code resourceClass}, exactly as the table names them; null when it has no
   * policy. For tools that drive the engine without a runtime (benchmarks).
   */
  public ContainerResponseFilter actualResponseFilter(String resourceClass, String javaMethod) {
    return parts().bindings().filterFor(resourceClass, javaMethod);
  }

  /**
   * What a generated filter does as a {@link DynamicFeature}: asks the runtime which resource
   * methods it deploys, and binds to each one that has a policy the response filter of that very
   * method (see {@link ResponseBindings}): the ground truth that a table of path templates could
   * only model.
   */
  public void bindActualResponses(ResourceInfo resourceInfo, FeatureContext context) {
    // Before the first request, the runtime reports the root resources it deploys, whose routes
    // are claimed; after it, the sub-resources that locators return, which claim no root routes.
    ResponseBindings bindings = parts().bindings();
    if (serving.get()) {
      bindings.bind(resourceInfo, context, false);
      return;
    }
    long started = System.nanoTime();
    bindings.bind(resourceInfo, context, true);
    bindingNanos.add(System.nanoTime() - started);
    reportedBeforeServing.increment();
  }

  /** Once, at the first request: the runtime's reports of methods after it are sub-resources. */
  private void startedServing() {
    if (serving.compareAndSet(false, true)) {
      if (reportedBeforeServing.sum() == 0) {
        return; // nothing was reported to bind: nothing to say
      }
      LOG.log(System.Logger.Level.DEBUG, "Crosscheck: response filters bound for " + reportedBeforeServing.sum()
          + " resource methods the runtime reported before its first request, in "
          + Math.round(bindingNanos.sum() / 1e6) + " ms");
    }
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
    if (OneCorsLayer.restorePreflight(request, response)) {
      return; // a preflight this filter answered: its answer, whatever other layers added
    }
    if (resourceInfo == null) {
      // Quarkus REST injects no ResourceInfo into the filter: there a response of status 400 or
      // above with no resource matched is an error raised before any method could run.
      if (response.getStatus() >= 400 && request.getUriInfo().getMatchedResources().isEmpty()) {
        onErrorBeforeAnyMethod(request, response);
      }
      return;
    }
    Method method = resourceInfo.getResourceMethod();
    if (method == null && response.getStatus() >= 400) {
      onErrorBeforeAnyMethod(request, response);
      return;
    }
    Class<?> resourceClass = resourceInfo.getResourceClass();
    if (method == null || resourceClass == null) {
      return;
    }
    ResponseBindings bindings = parts().bindings();
    if (bindings.wasBound(method)) {
      return;
    }
    ContainerResponseFilter filter = bindings.filterFor(resourceClass, method);
    if (filter != null) {
      filter.filter(request, response);
    }
  }
}
