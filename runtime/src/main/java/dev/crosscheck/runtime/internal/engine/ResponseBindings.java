package dev.crosscheck.runtime.internal.engine;

import dev.crosscheck.runtime.internal.answer.ActualResponseFilter;
import dev.crosscheck.runtime.internal.answer.DecisionListeners;
import dev.crosscheck.runtime.internal.answer.OneCorsLayer;
import dev.crosscheck.runtime.internal.answer.Refusals;
import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.route.RouteClaims;
import dev.crosscheck.runtime.spi.CorsConfigurationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
public final class ResponseBindings {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  private static final Map<Class<?>, Integer> AS_RESPONSE_FILTER = Map.of(ContainerResponseFilter.class, OneCorsLayer.LAST);

  /**
   * Resource class to its resource methods (every one, with or without a policy) and their
   * response filters. The route's own strings are the keys: a table of 20,000 methods adds no copy
   * of them.
   */
  private final Map<String, ClassMethods> byClass;
  private final Map<String, List<Route>> routesByRoot;
  private final Set<String> claimedRoots = ConcurrentHashMap.newKeySet();
  /**
   * The methods whose response filter the runtime was given: only those (a method without one gets
   * no headers either way, and a runtime reports as many methods of its own as the application's).
   */
  private final Set<Method> bound;
  private final RouteClaims deployedClaims = new RouteClaims();
  private volatile Set<String> classesWithPolicies = Set.of();
  /** Set once the runtime refused a registration with its contract named: see {@link #register}. */
  private volatile boolean contractsRefused;

  /**
   * The resource methods of one class, as the table spells them ({@code update(long,java.lang.String)}),
   * sorted, with the response filter of each (null: no policy).
   */
  private record ClassMethods(String[] javaMethods, ActualResponseFilter[] filters) {

    ActualResponseFilter exact(String javaMethod) {
      int found = Arrays.binarySearch(javaMethods, javaMethod);
      return found < 0 ? null : filters[found];
    }

    /**
     * The filter of the method with this name and arity, if no other method of the class has them:
     * generic parameters erase differently on an interface than the processor wrote them.
     */
    ActualResponseFilter byNameAndArity(String name, int arity) {
      int match = -1;
      for (int i = 0; i < javaMethods.length; i++) {
        String javaMethod = javaMethods[i];
        if (javaMethod.startsWith(name) && javaMethod.charAt(name.length()) == '(' && arity(javaMethod) == arity) {
          if (match >= 0) {
            return null;
          }
          match = i;
        }
      }
      return match < 0 ? null : filters[match];
    }
  }

  public ResponseBindings(List<Route> routes, Function<Route, CompiledPolicy> compile, Refusals refusals,
      DecisionListeners listeners, OneCorsLayer layers) {
    Map<String, List<Route>> byResourceClass = new HashMap<>();
    Map<String, List<Route>> byRoot = new HashMap<>();
    // Rows come grouped by class: a class's list is looked up again only where the class changes.
    String resourceClass = null;
    String rootClass = null;
    List<Route> ofResourceClass = null;
    List<Route> ofRoot = null;
    for (Route route : routes) {
      if (!route.resourceClass().equals(resourceClass)) {
        resourceClass = route.resourceClass();
        ofResourceClass = byResourceClass.computeIfAbsent(resourceClass, k -> new ArrayList<>());
      }
      ofResourceClass.add(route);
      if (!route.rootClass().equals(rootClass)) {
        rootClass = route.rootClass();
        ofRoot = byRoot.computeIfAbsent(rootClass, k -> new ArrayList<>());
      }
      ofRoot.add(route);
    }
    Map<String, ClassMethods> classes = new HashMap<>();
    byResourceClass.forEach((name, classRoutes) -> classes.put(name, methodsOf(classRoutes, compile, refusals, listeners, layers)));
    Map<String, List<Route>> roots = new HashMap<>();
    byRoot.forEach((root, rootRoutes) -> roots.put(root, List.copyOf(rootRoutes)));
    // Sized for every route at once: resizing while the runtime binds thousands costs more than the room.
    this.bound = ConcurrentHashMap.newKeySet(routes.size());
    this.byClass = Map.copyOf(classes);
    this.routesByRoot = Map.copyOf(roots);
  }

  /**
   * The methods of one class, sorted, each with the response filter of its routes (in table order)
   * where one of them has a policy or is closed by the user.
   */
  private static ClassMethods methodsOf(List<Route> classRoutes, Function<Route, CompiledPolicy> compile,
      Refusals refusals, DecisionListeners listeners, OneCorsLayer layers) {
    Route[] sorted = classRoutes.toArray(new Route[0]);
    Arrays.sort(sorted, BY_JAVA_METHOD); // stable: a method's routes stay in table order
    List<String> javaMethods = new ArrayList<>(sorted.length);
    List<ActualResponseFilter> filters = new ArrayList<>(sorted.length);
    for (int start = 0, end; start < sorted.length; start = end) {
      String javaMethod = sorted[start].javaMethod();
      boolean governed = false;
      for (end = start; end < sorted.length && sorted[end].javaMethod().equals(javaMethod); end++) {
        governed |= sorted[end].policy() != null || sorted[end].closedByUser();
      }
      javaMethods.add(javaMethod);
      filters.add(governed
          ? new ActualResponseFilter(Arrays.asList(sorted).subList(start, end), compile, refusals, listeners, layers)
          : null);
    }
    return new ClassMethods(javaMethods.toArray(new String[0]), filters.toArray(new ActualResponseFilter[0]));
  }

  private static final Comparator<Route> BY_JAVA_METHOD = Comparator.comparing(Route::javaMethod);

  /** {@code update(long,java.lang.String)} has 2. */
  private static int arity(String javaMethod) {
    int open = javaMethod.indexOf('(');
    if (javaMethod.length() - open == 2) {
      return 0;
    }
    int arity = 1;
    for (int i = open + 1; i < javaMethod.length(); i++) {
      arity += javaMethod.charAt(i) == ',' ? 1 : 0;
    }
    return arity;
  }

  /** Names the classes that carry a policy of their own, every compilation's. */
  public void knowClassesWithPolicies(Set<String> names) {
    classesWithPolicies = Set.copyOf(names);
  }

  /**
   * Binds the response filter of the method the runtime reports, and claims its root's routes
   * where {@code claimRoot}: a root resource reported at start claims them; a sub-resource that a
   * locator returns, reported when it first serves a request, serves none of its own root
   * templates there, so it claims nothing (and no conflict is ever found at request time).
   */
  public void bind(ResourceInfo resourceInfo, FeatureContext context, boolean claimRoot) {
    Class<?> resourceClass = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resourceClass == null || method == null) {
      return;
    }
    if (claimRoot) {
      claimDeployedRoot(resourceClass);
    }
    ContainerResponseFilter filter = filterFor(resourceClass, method);
    if (filter != null) {
      // Lowest number, so it runs last among response filters and appends to the Vary others set.
      // After every other response filter: its answer is the last word on the response's CORS headers.
      register(context, filter);
      bound.add(method);
    }
  }

  /**
   * Registers the filter with its contract named, not left to the runtime to find: Jersey would
   * look up the filter's interfaces and annotations again for each of thousands of methods. Quarkus
   * REST's feature context refuses that form ({@code UnsupportedOperationException}); there, and
   * from then on, the filter is registered with its priority alone.
   */
  private void register(FeatureContext context, ContainerResponseFilter filter) {
    if (!contractsRefused) {
      try {
        context.register(filter, AS_RESPONSE_FILTER);
        return;
      } catch (UnsupportedOperationException refused) {
        contractsRefused = true;
      }
    }
    context.register(filter, OneCorsLayer.LAST);
  }

  /**
   * The response filter of a resource method, or null when no policy reaches it (its responses are
   * then none of Crosscheck's business; a method {@code @NoCrossOrigin} closes has one, which keeps
   * other layers' grants off its responses). The class is the one the runtime invokes the method on: a root
   * resource, or the object a locator returned (a subclass of its declared type, a container's
   * proxy), so the rows of the nearest class up its superclass chain that has any apply, unless a
   * class on the way writes a policy of its own. A method is known by name and erased parameter
   * types, or by name and arity where that is unique (generic parameters erase differently on an
   * interface).
   */
  public ContainerResponseFilter filterFor(Class<?> resourceClass, Method method) {
    for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
      ClassMethods ofClass = byClass.get(type.getName());
      if (ofClass != null) {
        // Spelled only here: a runtime reports methods of its own too (Jersey's OPTIONS and HEAD), as many as the application's.
        StringBuilder signature = new StringBuilder(method.getName()).append('(');
        Class<?>[] parameters = method.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
          signature.append(i == 0 ? "" : ",").append(parameters[i].getName());
        }
        int exact = Arrays.binarySearch(ofClass.javaMethods(), signature.append(')').toString());
        return exact >= 0 ? ofClass.filters()[exact] : ofClass.byNameAndArity(method.getName(), parameters.length);
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

  /** Whether the runtime reported the method to the dynamic feature and was given its response filter. */
  public boolean wasBound(Method method) {
    return bound.contains(method);
  }

  /** The response filter of a method as the table names it, or null: for tools that run no runtime. */
  public ContainerResponseFilter filterFor(String resourceClass, String javaMethod) {
    ClassMethods ofClass = byClass.get(resourceClass);
    return ofClass == null ? null : ofClass.exact(javaMethod);
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
