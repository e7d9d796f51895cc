package dev.crosscheck.runtime.internal.engine;

import dev.crosscheck.runtime.filter.CrosscheckFilter;
import dev.crosscheck.runtime.internal.answer.OneCorsLayer;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What every generated feature does: register its filter on servers only (Jersey also hands
 * service-loaded features to clients), and only if no Crosscheck filter is registered yet, so an
 * application made of several jars, or one that registers the filter itself as well, runs one.
 */
public final class CrosscheckFeatureSupport {

  /** Set while a feature makes its filter: see {@link #isRegistering()}. */
  private static final ThreadLocal<Boolean> REGISTERING = new ThreadLocal<>();
  /** Where Apache CXF's classes are: see {@link #reportsEveryMethod}. */
  private static final String CXF_PACKAGE = "org.apache.cxf.";

  private CrosscheckFeatureSupport() {}

  /**
   * Whether the filter being made is made by a generated feature. Runtimes may run a feature for
   * more configurations than they serve (RESTEasy runs it for its global provider factory, then for
   * the deployment), so such a filter builds its engine when the runtime first uses it; a filter
   * made by hand (Apache CXF, {@code Application#getClasses()}) or by a build-time runtime (Quarkus)
   * builds it at once, so that a bad configuration stops the start there too.
   */
  public static boolean isRegistering() {
    return REGISTERING.get() != null;
  }

  /**
   * Registers a new filter instance, so that it starts, and refuses a bad configuration, while
   * the application starts rather than at its first request.
   *
   * @param filter makes a generated filter: a request filter, a response filter and a dynamic feature
   * @param isGenerated whether a class is a generated filter (of this jar or another)
   * @return whether the filter was registered by this call
   */
  public static boolean register(FeatureContext context, Supplier<?> filter, Predicate<Class<?>> isGenerated) {
    Configuration configuration = context.getConfiguration();
    if (configuration.getRuntimeType() != RuntimeType.SERVER) {
      return false;
    }
    for (Class<?> registered : configuration.getClasses()) {
      if (isGenerated.test(registered) || CrosscheckFilter.class.isAssignableFrom(registered)) {
        return false;
      }
    }
    for (Object registered : configuration.getInstances()) {
      if (isGenerated.test(registered.getClass()) || registered instanceof CrosscheckFilter) {
        return false;
      }
    }
    // Before authentication: preflights carry no credentials and must not be refused for lacking them.
    // Only these contracts: the runtimes that load features report every resource method to the
    // dynamic feature, so the response fallback would only cost them time. Its one use there is for
    // errors the runtime answers before any method runs, which no bound filter sees:
    // LastResponseFilter hands it those alone, and restores the preflight answers after other layers.
    Object instance;
    REGISTERING.set(Boolean.TRUE);
    try {
      instance = filter.get();
    } finally {
      REGISTERING.remove();
    }
    if (!(instance instanceof ContainerRequestFilter && instance instanceof ContainerResponseFilter
        && instance instanceof DynamicFeature && isGenerated.test(instance.getClass()))) {
      throw new IllegalArgumentException(instance.getClass().getName() + " is not a filter Crosscheck generated");
    }
    if (reportsEveryMethod(context)) {
      context.register(instance, Map.of(ContainerRequestFilter.class, Priorities.AUTHENTICATION - 100,
          DynamicFeature.class, Priorities.AUTHENTICATION - 100));
      context.register(new LastResponseFilter((ContainerResponseFilter) instance), OneCorsLayer.LAST);
    } else {
      // Its response side as the last response filter, for the methods the dynamic feature never
      // hears of (a sub-resource's), the errors raised before any method, and the preflights other
      // layers wrote to: what LastResponseFilter does, and more.
      context.register(instance, Map.of(ContainerRequestFilter.class, Priorities.AUTHENTICATION - 100,
          DynamicFeature.class, Priorities.AUTHENTICATION - 100, ContainerResponseFilter.class, OneCorsLayer.LAST));
    }
    return true;
  }

  /**
   * Whether the runtime reports every resource method to a dynamic feature. Jersey and RESTEasy,
   * which load the generated feature as a service, do; Apache CXF (TomEE, where {@code
   * ScannedFeature} runs it) reports only the methods of root resources, not those of the
   * sub-resources its locators return. Asked of the runtime's own feature context class.
   */
  public static boolean reportsEveryMethod(FeatureContext context) {
    return !context.getClass().getName().startsWith(CXF_PACKAGE);
  }
}
