package dev.crosscheck.it;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A feature that does nothing but count how often a server configured it, listed in this
 * test-jar's {@code META-INF/services/jakarta.ws.rs.core.Feature}: it shows whether the runtime
 * loaded Feature services for the application just started, so a test of the fallbacks can prove
 * that Crosscheck was not deployed through the ordinary service file after all.
 *
 * <p>The priority is deliberate: RESTEasy 6.2.16 and 7.0.1 load Feature services through a
 * {@code PriorityServiceLoader} that keeps one service per priority value (RESTEASY-3754, fixed in
 * 6.2.17 and 7.0.3), so without a priority of its own this probe would be dropped in favour of
 * Crosscheck's feature, which comes first on the class path, and would count nothing there.
 */
@Priority(4242)
public final class ServiceLoadingProbe implements Feature {

  private static final AtomicInteger SERVER_CONFIGURATIONS = new AtomicInteger();

  /** Forgets earlier starts; call before starting the application of interest. */
  static void reset() {
    SERVER_CONFIGURATIONS.set(0);
  }

  static int serverConfigurations() {
    return SERVER_CONFIGURATIONS.get();
  }

  @Override
  public boolean configure(FeatureContext context) {
    if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER) {
      SERVER_CONFIGURATIONS.incrementAndGet();
    }
    return true;
  }
}
