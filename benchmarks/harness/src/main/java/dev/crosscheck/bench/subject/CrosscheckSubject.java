package dev.crosscheck.bench.subject;

import dev.crosscheck.runtime.config.ConfigurationLookup;
import dev.crosscheck.runtime.filter.CorsEngine;
import dev.crosscheck.runtime.filter.CorsEngineFactory;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * The generated filter: its engine, built from that scale's generated table only
 * ({@code GeneratedCorsFilter.Routes().routes()} with {@link CorsEngineFactory#start(java.util.List,
 * ConfigurationLookup)}), behind the same two one-line delegations the generated class has.
 */
final class CrosscheckSubject extends JaxRsSubject {

  @Override
  Object filter(int scale) {
    return new EngineFilter(CorsEngineFactory.start(Tables.routes(scale), ConfigurationLookup.SYSTEM));
  }

  @Override
  public String name() {
    return "crosscheck";
  }

  /** What {@code GeneratedCorsFilter} is, minus the constructor that merges every table on the class path. */
  static final class EngineFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private final CorsEngine engine;

    EngineFilter(CorsEngine engine) {
      this.engine = engine;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      engine.onRequest(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      engine.onResponse(request, response);
    }
  }
}
