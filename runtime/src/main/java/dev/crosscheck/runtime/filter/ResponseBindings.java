package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.config.CorsConfigurationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
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
 * The response side, bound by the runtime: for each resource method it deploys, the runtime
 * reports the class and method it will invoke (a {@code DynamicFeature} call: root resources' when
 * the application starts, sub-resources' when a locator first returns them), and gets the response
 * filter of that method's policy. Also claims the routes of each root resource reported, so that a
 * conflict among what one application deploys stops its start.
 */
final class ResponseBindings {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  private final Map<String, ActualResponseFilter> byJavaMethod;
  private final Map<String, ActualResponseFilter> byNameAndArity;
  private final Set<String> knownClasses;
  private final Map<String, List<Route>> routesByRoot;
  private final Set<String> claimedRoots = ConcurrentHashMap.newKeySet();
  /** Every method the runtime reported, with or without a policy. */
  private final Set<Method> reported = ConcurrentHashMap.newKeySet();
  private final RouteClaims deployedClaims = new RouteClaims();
  private volatile Set<String> classesWithPolicies = Set.of();

  ResponseBindings(List<Route> routes, Function<Route, CompiledPolicy> compile, Refusals refusals,
      DecisionListeners listeners) {
    Map<String, List<Route>> byMethod = new LinkedHashMap<>();
    Map<String, Set<String>> signaturesByNameAndArity = new HashMap<>();
    Set<String> classes = new HashSet<>();
    Map<String, List<Route>> byRoot = new HashMap<>();
    for (Route route : routes) {
      byMethod.computeIfAbsent(route.javaMethodKey(), k -> new ArrayList<>()).add(route);
      signaturesByNameAndArity.computeIfAbsent(route.resourceClass() + "#" + nameAndArity(route.javaMethod()),
          k -> new HashSet<>()).add(route.javaMethodKey());
      classes.add(route.resourceClass());
      byRoot.computeIfAbsent(route.rootClass(), k -> new ArrayList<>()).add(route);
    }
    Map<String, ActualResponseFilter> filters = new HashMap<>();
    byMethod.forEach((key, methodRoutes) -> {
      if (methodRoutes.stream().anyMatch(r -> r.policy() != null)) {
        filters.put(key, new ActualResponseFilter(methodRoutes, compile, refusals, listeners));
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
    this.routesByRoot = Map.copyOf(byRoot);
  }

  /** {@code update(long,java.lang.String)} becomes {@code update/2}. */
  private static String nameAndArity(String javaMethod) {
    int open = javaMethod.indexOf('(');
    String parameters = javaMethod.substring(open + 1, javaMethod.length() - 1);
    int arity = parameters.isEmpty() ? 0 : parameters.split(",", -1).length;
    return javaMethod.substring(0, open) + "/" + arity;
  }

  /** Names the classes that carry a policy of their own, every compilation's. */
  void knowClassesWithPolicies(Set<String> names) {
    classesWithPolicies = Set.copyOf(names);
  }

  /** Binds the response filter of the method the runtime reports, and claims its root's routes. */
  void bind(ResourceInfo resourceInfo, FeatureContext context) {
    Class<?> resourceClass = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resourceClass == null || method == null) {
      return;
    }
    reported.add(method);
    claimDeployedRoot(resourceClass);
    ContainerResponseFilter filter = filterFor(resourceClass, method);
    if (filter != null) {
      // Lowest number, so it runs last among response filters and appends to the Vary others set.
      context.register(filter, Priorities.AUTHENTICATION - 100);
    }
  }

  /**
   * The response filter of a resource method, or null when it has no policy (its responses are
   * then none of CORS's business). The class is the one the runtime invokes the method on: a root
   * resource, or the object a locator returned (a subclass of its declared type, a container's
   * proxy), so the rows of the nearest class up its superclass chain that has any apply, unless a
   * class on the way writes a policy of its own. A method is known by name and erased parameter
   * types, or by name and arity where that is unique (generic parameters erase differently on an
   * interface).
   */
  ContainerResponseFilter filterFor(Class<?> resourceClass, Method method) {
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
      if (classesWithPolicies.contains(type.getName())) {
        // A class with a policy of its own that no route reaches: a locator returns it in place of
        // its declared type, from another compilation than the locator's (in one, it is CORS078).
        LOG.log(System.Logger.Level.WARNING, "[CORS078] " + type.getName() + "." + method.getName() + "() is "
            + "served through a sub-resource locator declared to return a superclass, and has a CORS policy of "
            + "its own that the locator's compilation did not see, so it gets no CORS headers: compile it with "
            + "the locator, and Crosscheck will check the two policies against each other");
        return null;
      }
    }
    return null;
  }

  /** Whether the runtime reported the method to the dynamic feature (and bound its filter, if any). */
  boolean wasReported(Method method) {
    return reported.contains(method);
  }

  /** The response filter of a method as the table names it, or null: for tools that run no runtime. */
  ContainerResponseFilter filterFor(String resourceClass, String javaMethod) {
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
}
