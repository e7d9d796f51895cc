package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.internal.route.Route;
import java.util.List;

/**
 * How code generated before the generated-code contract (contract 0) gave its routes, and the
 * service it listed them as ({@code META-INF/services/dev.crosscheck.runtime.filter.CorsRouteSource}).
 * Kept only so that such code loads and reports the mismatch: this runtime refuses it with the
 * fix ({@link CorsEngineFactory}). Contract 1 code lists a {@code GeneratedTable}.
 *
 * @deprecated for code generated before the contract only
 */
@Deprecated
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
