package dev.crosscheck.runtime.generated;

import dev.crosscheck.runtime.internal.engine.CrosscheckFeatureSupport;
import jakarta.ws.rs.core.FeatureContext;
import java.util.function.Supplier;

/** What a generated feature does: registers its filter, once per application, on servers only. */
public final class GeneratedFeatureSupport {

  private GeneratedFeatureSupport() {}

  /**
   * Registers a new filter instance unless a generated filter (of any jar of the application) is
   * registered already, so that it starts, and refuses a bad configuration, while the application
   * starts.
   *
   * @param filter makes the generated filter, a class marked {@link CrosscheckGenerated}
   * @return whether the filter was registered by this call
   */
  public static boolean registerOnce(FeatureContext context, Supplier<?> filter) {
    return CrosscheckFeatureSupport.register(context, filter, type -> type.isAnnotationPresent(CrosscheckGenerated.class));
  }
}
