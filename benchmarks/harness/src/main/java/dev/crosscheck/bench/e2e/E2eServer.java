package dev.crosscheck.bench.e2e;

import dev.crosscheck.examples.notes.GeneratedCorsFilter;
import dev.crosscheck.examples.notes.NotesApplication;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;

/**
 * The notes API of the examples on Jersey + Grizzly, on loopback, in variants that differ only in
 * the filter registered: none, one that does nothing, the generated one, or RESTEasy's CorsFilter.
 * Service loading is off in all three (so the generated feature does not deploy itself and the
 * applications are otherwise identical), and so is Jersey's WADL.
 *
 * <p>As a program: {@code E2eServer <none|noop-filter|crosscheck|resteasy> <port>} prints {@code READY <port>}
 * and serves until its standard input closes.
 */
public final class E2eServer {

  /**
   * No filter; a pre-matching filter pair that does nothing (what merely having a filter costs in
   * Jersey); the generated filter; RESTEasy's.
   */
  public static final String[] VARIANTS = {"none", "noop-filter", "crosscheck", "resteasy"};

  private E2eServer() {}

  /** The application for a variant. */
  static final class BenchApplication extends Application {
    private final Object filter;

    BenchApplication(String variant) {
      this.filter = switch (variant) {
        case "none" -> null;
        case "noop-filter" -> new NoopFilter();
        case "crosscheck" -> new GeneratedCorsFilter();
        case "resteasy" -> resteasyFilter();
        default -> throw new IllegalArgumentException("unknown variant " + variant);
      };
    }

    @Override
    public Set<Class<?>> getClasses() {
      return new NotesApplication().getClasses();
    }

    @Override
    public Set<Object> getSingletons() {
      return filter == null ? Set.of() : Set.of(filter);
    }

    @Override
    public Map<String, Object> getProperties() {
      return Map.of("jakarta.ws.rs.loadServices", false, "jersey.config.server.wadl.disableWadl", true);
    }
  }

  /** Registered like the CORS filters, does nothing: the cost of Jersey running a filter pair. */
  @PreMatching
  public static final class NoopFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request) {}

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {}
  }

  /**
   * RESTEasy's one global policy, as close to the notes API's as it goes: the app's origin, with
   * credentials, its headers, methods and max-age. (The public stats policy, "*", cannot be
   * expressed beside it.)
   */
  static CorsFilter resteasyFilter() {
    CorsFilter filter = new CorsFilter();
    filter.getAllowedOrigins().add(Mix.APP_ORIGIN);
    filter.setAllowCredentials(true);
    filter.setAllowedMethods("GET, HEAD, POST, PUT");
    filter.setAllowedHeaders("Content-Type, X-Request-Id");
    filter.setExposedHeaders("X-Total-Count");
    filter.setCorsMaxAge(600);
    return filter;
  }

  public static SeBootstrap.Instance start(String variant, int port) throws Exception {
    if (System.getProperty("DEMO_APP_ORIGIN") == null && System.getenv("DEMO_APP_ORIGIN") == null) {
      System.setProperty("DEMO_APP_ORIGIN", Mix.APP_ORIGIN);
    }
    // RESTEasy's RuntimeDelegate is on the class path too (for its CorsFilter): pick Jersey's.
    RuntimeDelegate.setInstance(new org.glassfish.jersey.server.internal.RuntimeDelegateImpl());
    SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
        .protocol("HTTP").host("127.0.0.1").port(port).rootPath("/").build();
    return SeBootstrap.start(new BenchApplication(variant), configuration).toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  public static void main(String[] args) throws Exception {
    SeBootstrap.Instance instance = start(args[0], Integer.parseInt(args[1]));
    System.out.println("READY " + instance.configuration().port());
    System.out.flush();
    try (InputStream in = System.in) {
      while (in.read() >= 0) {
        // Serve until whoever started us closes our standard input (or kills us).
      }
    }
    instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    System.exit(0);
  }
}
