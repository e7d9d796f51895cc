package dev.crosscheck.runtime.filter;

import java.util.List;

/**
 * The routes one compilation contributes, as a service ({@code
 * META-INF/services/dev.crosscheck.runtime.filter.CorsRouteSource}), so that one filter can serve
 * the resources of every jar of an application.
 */
public interface CorsRouteSource {
  List<Route> routes();

  /**
   * Binary names of the classes of the compilation that carry {@code @CrossOrigin} or {@code
   * @NoCrossOrigin} (on the class or a member). A sub-resource locator may return an instance of
   * a class the table has no routes for; its policy is its nearest superclass's only if it writes
   * none of its own, and these are the classes that do.
   */
  default List<String> classesWithPolicies() {
    return List.of();
  }
}
