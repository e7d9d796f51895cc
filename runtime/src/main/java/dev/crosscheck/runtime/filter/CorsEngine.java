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

import dev.crosscheck.runtime.config.CorsConfigurationException;
import dev.crosscheck.runtime.path.InvalidTemplateException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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

  /** The preflight table: every route at first, then those of the application's resources. */
  private volatile RouteTable table;
  private final List<Route> routes;
  private final Function<Route, CompiledPolicy> compile;
  private final int preflightStatus;
  private final Map<String, ActualResponseFilter> byJavaMethod;
  private final Map<String, ActualResponseFilter> byNameAndArity;
  private final Set<String> knownClasses;
  private final Map<String, List<Route>> routesByRoot;
  private final Set<String> claimedRoots = ConcurrentHashMap.newKeySet();
  private final RouteClaims deployedClaims = new RouteClaims();

  /**
   * @param routes every route of the table
   * @param compile the compiled policy of a route with a policy
   * @param preflightStatus 204, or 200 where configured (for clients that mishandle 204)
   */
  CorsEngine(RouteTable table, List<Route> routes, Function<Route, CompiledPolicy> compile, int preflightStatus) {
    this.table = table;
    this.routes = List.copyOf(routes);
    this.compile = compile;
    this.preflightStatus = preflightStatus;
    Map<String, List<Route>> byMethod = new LinkedHashMap<>();
    Map<String, Set<String>> signaturesByNameAndArity = new HashMap<>();
    Set<String> classes = new HashSet<>();
    for (Route route : routes) {
      byMethod.computeIfAbsent(route.javaMethodKey(), k -> new ArrayList<>()).add(route);
      signaturesByNameAndArity.computeIfAbsent(route.resourceClass() + "#" + nameAndArity(route.javaMethod()),
          k -> new HashSet<>()).add(route.javaMethodKey());
      classes.add(route.resourceClass());
    }
    Map<String, ActualResponseFilter> filters = new HashMap<>();
    byMethod.forEach((key, methodRoutes) -> {
      if (methodRoutes.stream().anyMatch(r -> r.policy() != null)) {
        filters.put(key, new ActualResponseFilter(methodRoutes, compile));
      }
    });
    Map<String, ActualResponseFilter> unique = new HashMap<>();
    signaturesByNameAndArity.forEach((nameAndArity, keys) -> {
      if (keys.size() == 1 && filters.containsKey(keys.iterator().next())) {
        unique.put(nameAndArity, filters.get(keys.iterator().next()));
      }
    });
    this.byJavaMethod = Map.copyOf(filters);
    this.byNameAndArity = Map.copyOf(unique);
    this.knownClasses = Set.copyOf(classes);
    Map<String, List<Route>> byRoot = new HashMap<>();
    routes.forEach(r -> byRoot.computeIfAbsent(r.rootClass(), k -> new ArrayList<>()).add(r));
    this.routesByRoot = Map.copyOf(byRoot);
  }

  /** {@code update(long,java.lang.String)} becomes {@code update/2}. */
  private static String nameAndArity(String javaMethod) {
    int open = javaMethod.indexOf('(');
    String parameters = javaMethod.substring(open + 1, javaMethod.length() - 1);
    int arity = parameters.isEmpty() ? 0 : parameters.split(",", -1).length;
    return javaMethod.substring(0, open) + "/" + arity;
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
    if (deployed.isEmpty()) {
      return;
    }
    try {
      table = new RouteTable(routes.stream().filter(r -> deployed.contains(r.rootClass())).toList(), compile);
    } catch (InvalidTemplateException e) {
      throw new IllegalStateException("a generated route has a malformed template: " + e.getMessage(), e);
    }
  }

  public void onRequest(ContainerRequestContext request) {
    MultivaluedMap<String, String> headers = request.getHeaders();
    String origin = headers.getFirst(ORIGIN);
    if (origin == null || !request.getMethod().equals("OPTIONS")) {
      return;
    }
    String requestedMethod = headers.getFirst(REQUEST_METHOD);
    if (requestedMethod == null) {
      return; // a plain OPTIONS request: the application's to answer
    }
    ResourcePath path = table.match(request.getUriInfo().getPath(false), requestedMethod);
    if (path == null || !path.hasPolicy()) {
      return; // not ours: CORS leaves paths without a policy alone (AMBIGUOUS has one, and is refused below)
    }
    CompiledRoute route = path.route(requestedMethod);
    CompiledPolicy policy = route == null ? null : route.policy();
    if (policy == null
        || !policy.origins.allows(origin)
        || !policy.requestHeaders.allowAll(headers.get(REQUEST_HEADERS))
        || (!policy.allowPrivateNetwork && "true".equals(headers.getFirst(REQUEST_PRIVATE_NETWORK)))) {
      Response.ResponseBuilder refusal = Response.status(Response.Status.FORBIDDEN);
      if (policy == null || policy.variesByOrigin) {
        refusal.header(VARY, ORIGIN);
      }
      request.abortWith(refusal.build());
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
    request.abortWith(answer.build());
  }

  /**
   * The response filter of a resource method the runtime deploys, or null when the method has no
   * policy (its responses are then none of CORS's business). The class is the one the runtime
   * will invoke the method on: a root resource, the object a locator returned (a subclass of its
   * declared type, a container's proxy), so the rows of the nearest class up its superclass
   * chain that has any apply. A method is known by name and erased parameter types, or by name
   * and arity where that is unique (generic parameters erase differently on an interface).
   */
  public ContainerResponseFilter actualResponseFilter(Class<?> resourceClass, Method method) {
    StringBuilder signature = new StringBuilder(method.getName()).append('(');
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      signature.append(i == 0 ? "" : ",").append(parameters[i].getName());
    }
    String javaMethod = signature.append(')').toString();
    String nameAndArity = method.getName() + "/" + parameters.length;
    for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
      if (knownClasses.contains(type.getName())) {
        ActualResponseFilter exact = byJavaMethod.get(type.getName() + "#" + javaMethod);
        return exact != null ? exact : byNameAndArity.get(type.getName() + "#" + nameAndArity);
      }
    }
    return null;
  }

  /**
   * The response filter of the resource method {@code javaMethod} ({@code update(long,java.lang.String)})
   * of the class named {@code resourceClass}, exactly as the table names them; null when it has no
   * policy. For tools that drive the engine without a runtime (benchmarks).
   */
  public ContainerResponseFilter actualResponseFilter(String resourceClass, String javaMethod) {
    return byJavaMethod.get(resourceClass + "#" + javaMethod);
  }

  /**
   * Claims the routes of a root resource the runtime deploys, the first time one of its methods
   * is reported: a conflict among the root resources one application deploys stops its start.
   */
  private void claimDeployedRoot(Class<?> resourceClass) {
    for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
      List<Route> rootRoutes = routesByRoot.get(type.getName());
      if (rootRoutes != null) {
        if (claimedRoots.add(type.getName())) {
          List<String> conflicts = deployedClaims.claim(rootRoutes);
          if (!conflicts.isEmpty()) {
            throw new CorsConfigurationException(conflicts);
          }
        }
        return;
      }
    }
  }

  /**
   * What a generated filter does as a {@link DynamicFeature}: asks the runtime which resource
   * methods it deploys, and binds to each one that has a policy the response filter of that very
   * method. Runtimes call a dynamic feature for every resource method they build (root resources'
   * when the application starts, sub-resources' when a locator first returns them) with the class
   * and method they will invoke: the ground truth that a table of path templates could only model.
   */
  public void bindActualResponses(ResourceInfo resourceInfo, FeatureContext context) {
    Class<?> resourceClass = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resourceClass == null || method == null) {
      return;
    }
    claimDeployedRoot(resourceClass);
    ContainerResponseFilter filter = actualResponseFilter(resourceClass, method);
    if (filter != null) {
      // Lowest number, so it runs last among response filters and appends to the Vary others set.
      context.register(filter, Priorities.AUTHENTICATION - 100);
    }
  }
}
