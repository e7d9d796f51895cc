package dev.crosscheck.runtime.generated;

import dev.crosscheck.runtime.internal.engine.CorsEngine;
import dev.crosscheck.runtime.internal.engine.CorsEngineFactory;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.FeatureContext;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * What a generated filter delegates to: one per filter instance, made in its constructor. Each
 * method is one of the filter's Jakarta REST contracts.
 */
public final class GeneratedFilterSupport {

  private final CorsEngine engine;

  private GeneratedFilterSupport(CorsEngine engine) {
    this.engine = engine;
  }

  /**
   * The engine for {@code table} and the tables of every other compilation on the class path.
   * Stops the start, with the fix, on a contract this runtime does not read or a configuration
   * the rulebook refuses.
   *
   * @param tables makes the filter's own table ({@code Table::new}): a supplier rather than the
   *     table, so that the filter's class names no type of this package where the JVM's verifier
   *     would load it, and loads (and says what it needs) against a runtime without this package
   * @param filter the generated filter class: its class loader finds the other tables
   */
  public static GeneratedFilterSupport start(Supplier<? extends GeneratedTable> tables, Class<?> filter) {
    GeneratedTable table = tables.get();
    Contract.require(table.contract(), table.processorVersion(), filter);
    ClassLoader loader = filter.getClassLoader();
    return new GeneratedFilterSupport(CorsEngineFactory.start(() -> CompilationTables.gather(table, loader), loader));
  }

  /** The pre-matching request filter: answers preflights. */
  public void onRequest(ContainerRequestContext request) {
    engine.onRequest(request);
  }

  /**
   * The response fallback, where the filter is registered by hand with every contract (Apache
   * CXF): the response of a method the runtime never reported to the dynamic feature.
   */
  public void onResponse(ResourceInfo resourceInfo, ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    engine.onResponseOfUnboundMethod(resourceInfo, request, response);
  }

  /** The application the runtime injected: only the resources it deploys count for preflights. */
  public void deployedBy(Application application) {
    engine.deployedBy(application);
  }

  /** The dynamic feature: binds the response filter of a resource method with a policy. */
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    engine.bindActualResponses(resourceInfo, context);
  }
}
