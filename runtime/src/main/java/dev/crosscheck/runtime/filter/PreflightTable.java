package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.path.InvalidTemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The route table preflights are answered from, kept to what can be known before dispatch: every
 * route at first; once the runtime names the application, only the routes of the root resources
 * it deploys; and never a policy on routes through a locator that may return a subclass with a
 * policy of its own.
 */
final class PreflightTable {

  private final List<Route> routes;
  private final Function<Route, CompiledPolicy> compile;
  private volatile RouteTable table;
  /** The root classes the application deploys; empty until it is known, or when it lists none. */
  private Set<String> deployed = Set.of();
  /** Resource classes whose routes through locators get no policy here. */
  private Set<String> polymorphic = Set.of();

  PreflightTable(List<Route> routes, Function<Route, CompiledPolicy> compile) throws InvalidTemplateException {
    this.routes = List.copyOf(routes);
    this.compile = compile;
    this.table = new RouteTable(this.routes, compile);
  }

  /**
   * A request's raw path, matched from {@code from} on (below the application's base); see {@link
   * RouteTable#match(String, String)}.
   */
  ResourcePath match(String requestPath, int from, String method) {
    return table.match(requestPath, from, method);
  }

  /** Keeps only the routes of these root classes (all of them when the set is empty). */
  synchronized void restrictTo(Set<String> deployedRoots) {
    deployed = Set.copyOf(deployedRoots);
    rebuild();
  }

  /** Takes the policy off the routes that reach these classes through a locator. */
  synchronized void refuseThroughLocatorsTo(Set<String> resourceClasses) {
    polymorphic = Set.copyOf(resourceClasses);
    rebuild();
  }

  private void rebuild() {
    List<Route> kept = new ArrayList<>();
    for (Route route : routes) {
      if (deployed.isEmpty() || deployed.contains(route.rootClass())) {
        kept.add(route);
      }
    }
    Set<String> refusedClasses = polymorphic;
    try {
      table = new RouteTable(kept, compile, route -> route.policy() != null && !route.locatorTemplates().isEmpty()
          && refusedClasses.contains(route.resourceClass()));
    } catch (InvalidTemplateException e) {
      throw new IllegalStateException("a generated route has a malformed template: " + e.getMessage(), e);
    }
  }
}
