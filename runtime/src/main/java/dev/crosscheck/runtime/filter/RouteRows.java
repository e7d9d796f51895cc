package dev.crosscheck.runtime.filter;

import java.util.List;

/**
 * What a filter generated before the generated-code contract (contract 0) reads its table with when
 * its class loads. Kept only so that such a filter loads and is refused with the fix ({@link
 * CorsEngineFactory}): nothing reads what it returns. The table's text form is {@code
 * dev.crosscheck.runtime.internal.route.RouteRows}.
 *
 * @deprecated for code generated before the contract only
 */
@Deprecated
public final class RouteRows {

  private RouteRows() {}

  /** No routes: the filter that asks is refused before any route would count. */
  public static List<Object> parse(List<?> policies, String... chunks) {
    return List.of();
  }

  /** No lines, likewise. */
  public static List<String> lines(String... chunks) {
    return List.of();
  }
}
