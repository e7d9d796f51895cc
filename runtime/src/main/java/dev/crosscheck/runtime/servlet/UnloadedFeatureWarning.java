package dev.crosscheck.runtime.servlet;

import dev.crosscheck.runtime.filter.ListedFilters;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Says at start, in a servlet container whose Jakarta REST runtime is Apache CXF (TomEE), that the
 * generated filter will not deploy itself: CXF loads no {@code Feature} services, so a web
 * application with Crosscheck's tables has no CORS unless it registers the filter, and nothing
 * else would say so. Jersey and RESTEasy load the generated feature; where either is there, or no
 * runtime is visible from the application, this says nothing.
 *
 * <p>Registered by hand, the filter is named in the application's own files, which this reads
 * rather than guess: the class file of an {@code Application} subclass that returns it from {@code
 * getClasses()} or {@code getSingletons()} refers to it by name, and so does {@code
 * WEB-INF/openejb-jar.xml} where TomEE's {@code cxf.jaxrs.providers} lists it. Where neither does,
 * a WARNING names the filter and both ways. Nothing it meets fails the deployment.
 */
@HandlesTypes(Application.class)
public final class UnloadedFeatureWarning implements ServletContainerInitializer {

  static final String CXF = "org.apache.cxf.jaxrs.JAXRSServerFactoryBean";
  /** Runtimes that load the generated feature: Jersey (as a service, or auto-discovered), RESTEasy. */
  static final List<String> FEATURE_LOADERS = List.of("org.glassfish.jersey.server.ResourceConfig",
      "org.jboss.resteasy.core.ResteasyDeploymentImpl");
  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  @Override
  public void onStartup(Set<Class<?>> applications, ServletContext context) {
    try {
      String warning = warning(applications == null ? Set.of() : applications, context);
      if (warning != null) {
        LOG.log(System.Logger.Level.WARNING, warning);
      }
    } catch (RuntimeException | LinkageError unexpected) {
      LOG.log(System.Logger.Level.DEBUG, "Crosscheck could not tell whether " + context.getContextPath()
          + " registers its filter", unexpected);
    }
  }

  /** The warning for a web application on CXF whose files name none of its generated filters, or null. */
  static String warning(Set<Class<?>> applications, ServletContext context) {
    ClassLoader loader = context.getClassLoader();
    if (loader == null || !isPresent(CXF, loader) || FEATURE_LOADERS.stream().anyMatch(name -> isPresent(name, loader))) {
      return null;
    }
    List<String> filters = ListedFilters.of(loader);
    if (filters.isEmpty()) {
      return null;
    }
    List<String> named = new ArrayList<>();
    for (Class<?> application : applications) {
      named.add(classFile(application.getName(), loader));
    }
    named.add(read(context.getResourceAsStream("/WEB-INF/openejb-jar.xml")));
    for (String filter : filters) {
      String internal = filter.replace('.', '/');
      if (named.stream().anyMatch(text -> text.contains(internal) || text.contains(filter))) {
        return null;
      }
    }
    String application = context.getContextPath().isEmpty() ? "the web application at /" : context.getContextPath();
    return "Crosscheck: " + application + " runs on Apache CXF (TomEE), which loads no Feature services, and"
        + " neither its Application classes nor WEB-INF/openejb-jar.xml name " + String.join(" or ", filters)
        + ", so it has no CORS: none of its @CrossOrigin policies answers. Return " + filters.get(0)
        + ".class from your Application's getClasses(), or list it in cxf.jaxrs.providers in"
        + " WEB-INF/openejb-jar.xml; the start then logs \"Crosscheck: N routes\"";
  }

  private static String classFile(String className, ClassLoader loader) {
    // A class file holds the names it refers to as modified UTF-8, which is ASCII for these names.
    return read(loader.getResourceAsStream(className.replace('.', '/') + ".class"));
  }

  private static String read(InputStream in) {
    if (in == null) {
      return "";
    }
    try (InputStream stream = in) {
      return new String(stream.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException unreadable) {
      return "";
    }
  }

  private static boolean isPresent(String name, ClassLoader loader) {
    return loader.getResource(name.replace('.', '/') + ".class") != null;
  }
}
