package dev.crosscheck.bench.subject;

import dev.crosscheck.runtime.internal.config.ConfigurationLookup;
import dev.crosscheck.runtime.internal.engine.CorsEngine;
import dev.crosscheck.runtime.internal.engine.CorsEngineFactory;
import dev.crosscheck.runtime.internal.route.Route;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;

/**
 * The generated filter: its engine, built from that scale's generated table only
 * ({@code GeneratedCorsFilter.Table}, read by {@link Tables#routes}, with {@link CorsEngineFactory#start(java.util.List,
 * ConfigurationLookup)}). The request side is what the generated class runs before matching; the
 * response side is the filter the runtime binds to the resource method the case's request reaches
 * (none for a preflight, which is answered before any method matches, nor for a path no method
 * serves).
 */
final class CrosscheckSubject extends JaxRsSubject {

  @Override
  Object filter(int scale, Case c) {
    CorsEngine engine = CorsEngineFactory.start(Tables.routes(scale), ConfigurationLookup.SYSTEM);
    ContainerResponseFilter responseSide = (request, response) -> {};
    Route route = c.isPreflight() ? null : Tables.route(scale, c.pathKind, c.method);
    if (route != null) {
      ContainerResponseFilter bound = engine.actualResponseFilter(route.resourceClass(), route.javaMethod());
      if (bound != null) {
        responseSide = bound;
      }
    }
    return new EngineFilter(engine, responseSide);
  }

  @Override
  public String name() {
    return "crosscheck";
  }

  /** What the runtime runs of Crosscheck for one request: the generated filter, then the method's bound filter. */
  static final class EngineFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private final CorsEngine engine;
    private final ContainerResponseFilter responseSide;

    EngineFilter(CorsEngine engine, ContainerResponseFilter responseSide) {
      this.engine = engine;
      this.responseSide = responseSide;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      engine.onRequest(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
      responseSide.filter(request, response);
    }
  }
}
