package dev.crosscheck.runtime.filter;

import java.util.List;

/**
 * The routes one compilation contributes, as a service ({@code
 * META-INF/services/dev.crosscheck.runtime.filter.CorsRouteSource}), so that one filter can serve
 * the resources of every jar of an application.
 */
public interface CorsRouteSource {
  List<Route> routes();
}
