package dev.crosscheck.runtime.internal.scan;

import dev.crosscheck.runtime.internal.platform.ListedFilters;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.InvocationTargetException;

/**
 * Deploys the generated features where the runtime finds providers by scanning the application's
 * jars for {@code @Provider} rather than by loading {@code Feature} services: TomEE (Apache CXF)
 * adds every {@code @Provider} class of a web application to an {@code Application} that declares
 * no methods of its own. This class sits in the runtime jar, which is in the application, so the
 * scan finds it; it runs each generated feature it finds listed beside a table, which registers
 * one filter for the application.
 *
 * <p>Runtimes that load the generated feature as a service (Jersey, RESTEasy) and also scan (a
 * servlet container's {@code @HandlesTypes}, WildFly, Payara) run this too; the generated
 * feature registers a filter only if none is registered yet, so whichever runs first registers
 * it and the others change nothing. A generated feature's failure (a refused configuration)
 * is not caught: it stops the start, as it does where the feature is loaded as a service.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public final class ScannedFeature implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    ClassLoader loader = ListedFilters.applicationLoader(ScannedFeature.class);
    boolean registered = false;
    for (String filter : ListedFilters.of(loader)) {
      Feature feature = generatedFeature(ListedFilters.featureOf(filter), loader);
      if (feature != null) {
        registered |= feature.configure(context);
      }
    }
    return registered;
  }

  /** The generated feature of that name, or null where its class is not there. */
  private static Feature generatedFeature(String name, ClassLoader loader) {
    Class<?> type;
    try {
      type = Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError notThere) {
      return null; // a table listed without its feature: the table's own start says what is wrong
    }
    if (!Feature.class.isAssignableFrom(type)) {
      return null;
    }
    try {
      return (Feature) type.getDeclaredConstructor().newInstance();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Crosscheck could not make " + name, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Crosscheck could not make " + name, e);
    }
  }
}
