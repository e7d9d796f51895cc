package dev.crosscheck.runtime.internal.servlet;

import dev.crosscheck.runtime.internal.platform.ListedFilters;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Says at start, in a servlet container whose Jakarta REST runtime is Apache CXF (TomEE, or CXF's
 * servlet on its own), when the generated filter will not deploy: CXF loads no {@code Feature}
 * services, so a web application with Crosscheck's tables has no CORS unless something registers
 * the filter, and nothing else would say so. Jersey and RESTEasy load the generated feature; where
 * either is there, or no runtime is visible from the application, this says nothing.
 *
 * <p>What registers it is read from the application's own files rather than guessed: the class
 * file of an {@code Application} subclass that returns it from {@code getClasses()} or {@code
 * getSingletons()} refers to it by name, and so does {@code WEB-INF/openejb-jar.xml} where
 * TomEE's {@code cxf.jaxrs.providers} lists it. On TomEE, the runtime jar's {@link
 * dev.crosscheck.runtime.internal.scan.ScannedFeature} registers it too, wherever TomEE adds the {@code
 * @Provider} classes it scanned: TomEE 9 adds them unless an {@code Application} class of the web
 * application declares a method of its own (it then takes that application's lists as complete),
 * and {@code openejb.jaxrs.providers.auto} (in {@code WEB-INF/application.properties}, or a system
 * property) decides over that. Where none of these registers it, a WARNING names the filter and
 * the ways to register it. Nothing it meets fails the deployment.
 */
@HandlesTypes(Application.class)
public final class UnloadedFeatureWarning implements ServletContainerInitializer {

  static final String CXF = "org.apache.cxf.jaxrs.JAXRSServerFactoryBean";
  /** TomEE's deployer of Jakarta REST applications, which adds scanned providers to them. */
  static final String TOMEE = "org.apache.openejb.server.rest.RESTService";
  /** TomEE's setting: whether scanned {@code @Provider} classes join the applications. */
  static final String PROVIDERS_AUTO = "openejb.jaxrs.providers.auto";
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
    boolean tomee = isPresent(TOMEE, loader);
    String listing = applications.stream().filter(application -> application.getDeclaredMethods().length > 0)
        .map(Class::getName).sorted().findFirst().orElse(null);
    String providersAuto = providersAuto(context);
    if (tomee && ("true".equalsIgnoreCase(providersAuto) || providersAuto == null && listing == null)) {
      return null; // TomEE adds ScannedFeature, which registers the filter
    }
    String application = context.getContextPath().isEmpty() ? "the web application at /" : context.getContextPath();
    String why;
    if (!tomee) {
      why = "neither its Application classes nor WEB-INF/openejb-jar.xml name " + String.join(" or ", filters);
    } else if (providersAuto != null) {
      why = PROVIDERS_AUTO + "=" + providersAuto + " keeps TomEE from adding the @Provider classes it scanned, and"
          + " neither its Application classes nor WEB-INF/openejb-jar.xml name " + String.join(" or ", filters);
    } else {
      why = listing + " declares its own methods, so TomEE adds none of the @Provider classes it scanned to"
          + " the applications (Crosscheck's among them), and neither its Application classes nor"
          + " WEB-INF/openejb-jar.xml name " + String.join(" or ", filters);
    }
    return "Crosscheck: " + application + " runs on Apache CXF" + (tomee ? " (TomEE)" : "")
        + ", which loads no Feature services, and " + why
        + ", so it has no CORS: none of its @CrossOrigin policies answers. Return " + filters.get(0)
        + ".class from your Application's getClasses()" + (tomee ? ", list it in cxf.jaxrs.providers in"
        + " WEB-INF/openejb-jar.xml, or set " + PROVIDERS_AUTO + "=true in WEB-INF/application.properties" : "")
        + "; the start then logs \"Crosscheck: N routes\"";
  }

  /** TomEE's setting for scanned providers: the web application's, else the system property; null where unset. */
  private static String providersAuto(ServletContext context) {
    InputStream in = context.getResourceAsStream("/WEB-INF/application.properties");
    if (in != null) {
      Properties properties = new Properties();
      try (InputStream stream = in) {
        properties.load(stream);
      } catch (IOException | IllegalArgumentException unreadable) {
        // TomEE reads the same file, and says what is wrong with it
      }
      String value = properties.getProperty(PROVIDERS_AUTO);
      if (value != null) {
        return value.strip();
      }
    }
    String value = System.getProperty(PROVIDERS_AUTO);
    return value == null ? null : value.strip();
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
