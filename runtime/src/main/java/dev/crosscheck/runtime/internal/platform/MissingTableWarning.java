package dev.crosscheck.runtime.internal.platform;

import dev.crosscheck.runtime.filter.CorsRouteSource;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Optional;

/**
 * Says so when an application has crosscheck-runtime but no table: the processor never ran (an
 * old {@code maven-compiler-plugin} ignores {@code annotationProcessorPaths}; a Gradle build
 * without {@code annotationProcessor}), and no request gets CORS headers. It is a {@code Feature}
 * service of the runtime jar itself, so it starts wherever the runtime loads services, whether or
 * not anything was generated; it registers nothing.
 */
public final class MissingTableWarning implements Feature {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");
  public static final String TABLES = ListedFilters.TABLES;
  /** Where code generated before the contract listed it: such a table's start says what to do. */
  public static final String EARLIER_TABLES = "META-INF/services/" + CorsRouteSource.class.getName();

  @Override
  public boolean configure(FeatureContext context) {
    if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER) {
      problem(MissingTableWarning.class.getClassLoader(), Thread.currentThread().getContextClassLoader())
          .ifPresent(message -> LOG.log(System.Logger.Level.WARNING, message));
    }
    return false;
  }

  /** The warning, unless one of the class loaders sees a generated table. */
  public static Optional<String> problem(ClassLoader... loaders) {
    for (ClassLoader loader : loaders) {
      if (loader != null && (loader.getResource(TABLES) != null || loader.getResource(EARLIER_TABLES) != null)) {
        return Optional.empty();
      }
    }
    return Optional.of("crosscheck-runtime is on the class path, but no compilation generated a Crosscheck table ("
        + TABLES + " is missing), so no request gets CORS headers: the annotation processor did not run. Likely "
        + "causes: maven-compiler-plugin older than 3.5 (Maven 3.8 uses 3.1 unless the version is pinned), which "
        + "ignores annotationProcessorPaths; crosscheck-processor missing from annotationProcessorPaths (Maven) or "
        + "from the annotationProcessor configuration (Gradle); JDK 23 or later with crosscheck-processor as a plain "
        + "dependency (these JDKs run no processor found on the class path: list it in annotationProcessorPaths, or "
        + "compile with -proc:full); or -proc:none");
  }
}
