package dev.crosscheck.runtime.internal.platform;

import dev.crosscheck.runtime.filter.CrosscheckFilter;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Application;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The other CORS layers an application's start shows, each named once with the setting that
 * turns it off: on a route a policy governs, Crosscheck's answer replaces theirs ({@link
 * OneCorsLayer}), but a layer that refuses before Jakarta REST runs, or answers the routes without
 * a policy, is one the application should not keep by accident. Quarkus's own layer is {@link
 * QuarkusHttpCors}.
 */
public final class OtherCorsLayers {

  public static final String RESTEASY_CORS_FILTER = "org.jboss.resteasy.plugins.interceptors.CorsFilter";
  /** Helidon MP's CORS, which a CDI extension turns on when its jar is there; {@code cors.enabled} turns it off. */
  public static final String HELIDON_CORS = "io.helidon.microprofile.cors.CorsCdiExtension";
  private static final String GENERATED_MARK = "dev.crosscheck.runtime.generated.CrosscheckGenerated";

  private OtherCorsLayers() {}

  /** The warnings for what {@code application} registers and the class path holds. */
  public static List<String> warnings(Application application, ClassLoader loader) {
    return warnings(application, loader, name -> ApplicationSettings.microProfileBool(name, loader));
  }

  /** @param settings a boolean setting of the application's MicroProfile configuration, by name */
  public static List<String> warnings(Application application, ClassLoader loader, Function<String, Optional<Boolean>> settings) {
    List<String> warnings = new ArrayList<>();
    String app = application.getClass().getName();
    Set<Class<?>> registered = new LinkedHashSet<>(application.getClasses());
    application.getSingletons().forEach(s -> registered.add(s.getClass()));
    for (Class<?> type : registered) {
      if (type.getName().equals(RESTEASY_CORS_FILTER)) {
        warnings.add("Crosscheck: RESTEasy's CorsFilter is registered in " + app + ": it answers every preflight and"
            + " refuses (403) the origins it does not list before Crosscheck sees the request, on every route, and grants"
            + " its own origins on routes without a policy. Remove it from " + app + " to let the @CrossOrigin policies"
            + " answer (on routes with a policy, Crosscheck's answer replaces its headers)");
      } else if (isFilter(type) && type.getSimpleName().toLowerCase(Locale.ROOT).contains("cors") && !isGenerated(type)) {
        warnings.add("Crosscheck: " + type.getName() + ", registered in " + app + ", looks like a CORS filter of its"
            + " own: on routes with a @CrossOrigin policy Crosscheck's answer replaces the CORS headers it writes, and"
            + " it answers the others alone. Remove it once its routes have policies (docs/migration.md)");
      }
    }
    if (isPresent(HELIDON_CORS, loader) && settings.apply("cors.enabled").orElse(true)) {
      warnings.add("Crosscheck: Helidon's CORS (helidon-microprofile-cors) is on the class path and on: it answers"
          + " preflights and cross-origin requests with its own cors.* settings and @io.helidon...CrossOrigin"
          + " annotations, beside Crosscheck. Set cors.enabled=false in the application's configuration"
          + " (microprofile-config.properties), or remove the dependency");
    }
    return warnings;
  }

  private static boolean isFilter(Class<?> type) {
    return ContainerRequestFilter.class.isAssignableFrom(type) || ContainerResponseFilter.class.isAssignableFrom(type);
  }

  private static boolean isGenerated(Class<?> type) {
    if (CrosscheckFilter.class.isAssignableFrom(type)) {
      return true;
    }
    for (Annotation annotation : type.getAnnotations()) {
      if (annotation.annotationType().getName().equals(GENERATED_MARK)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPresent(String name, ClassLoader loader) {
    return loader != null && loader.getResource(name.replace('.', '/') + ".class") != null;
  }
}
