package dev.crosscheck.runtime.internal.servlet;

import dev.crosscheck.runtime.internal.platform.ListedFilters;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names, at the start of a web application that has Crosscheck's tables, each CORS filter the
 * servlet container has registered in it (Tomcat's, Jetty's, Spring's, any filter named like
 * one). Such a filter runs before Jakarta REST: it answers preflights Crosscheck never sees and
 * writes CORS headers on the servlet response, outside what a Jakarta REST filter can replace, so
 * the one way to a single answer is to remove it; the warning says which and how.
 *
 * <p>A {@link ServletContainerInitializer} listed in the runtime jar's {@code META-INF/services},
 * which servlet containers run for every web application (Tomcat, TomEE, Jetty with annotations,
 * Undertow and WildFly, Payara, Open Liberty); an embedded container that runs no initializers
 * from jars (Spring Boot's) shows nothing here. It looks when it runs, after {@code web.xml} and
 * {@code @WebFilter} registered their filters (the servlet specification, section 4.4, lets only
 * an initializer or a declared listener list them; a filter another initializer adds after this
 * one is not seen), and only where the web application has a generated table: a runtime jar in a
 * container's shared {@code lib} says nothing about applications without Crosscheck. Nothing it
 * meets fails the deployment.
 */
public final class ServletCorsFilters implements ServletContainerInitializer {

  /** Filter classes known to be CORS layers, with what turns each off. */
  private static final Map<String, String> KNOWN = Map.of(
      "org.apache.catalina.filters.CorsFilter", "Tomcat's CorsFilter",
      "org.eclipse.jetty.servlets.CrossOriginFilter", "Jetty's CrossOriginFilter",
      "org.eclipse.jetty.ee10.servlets.CrossOriginFilter", "Jetty's CrossOriginFilter",
      "org.eclipse.jetty.ee9.servlets.CrossOriginFilter", "Jetty's CrossOriginFilter",
      "org.springframework.web.filter.CorsFilter", "Spring's CorsFilter",
      "com.thetransactioncompany.cors.CORSFilter", "the CORS Filter (com.thetransactioncompany)");

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    try {
      if (context.getClassLoader() != null && !ListedFilters.of(context.getClassLoader()).isEmpty()) {
        for (String warning : warnings(context)) {
          LOG.log(System.Logger.Level.WARNING, warning);
        }
      }
    } catch (RuntimeException | LinkageError unexpected) {
      // A container that refuses the question, or an older servlet API: never fail a deployment for a warning.
      LOG.log(System.Logger.Level.DEBUG, "Crosscheck could not list the servlet filters of " + context.getContextPath(),
          unexpected);
    }
  }

  /** One warning per CORS filter registered in the web application. */
  static List<String> warnings(ServletContext context) {
    List<String> warnings = new ArrayList<>();
    String application = context.getContextPath().isEmpty() ? "the web application at /" : context.getContextPath();
    for (Map.Entry<String, ? extends FilterRegistration> filter : context.getFilterRegistrations().entrySet()) {
      String className = filter.getValue().getClassName();
      if (className == null) {
        continue;
      }
      String known = KNOWN.get(className);
      if (known == null && !looksLikeCors(className)) {
        continue;
      }
      warnings.add("Crosscheck: the servlet filter '" + filter.getKey() + "' (" + className + ") in " + application
          + ", mapped to " + mappings(filter.getValue()) + ", is " + (known != null ? known : "a CORS filter by its name")
          + ": it runs before Jakarta REST, answers preflights Crosscheck never sees and writes CORS headers"
          + " Crosscheck cannot replace, so a browser may get two answers or one looser than the @CrossOrigin"
          + " policies. Remove its <filter> and <filter-mapping> from web.xml (or its registration in code) and"
          + " let the policies answer (docs/migration.md says how its settings map to @CrossOrigin)");
    }
    return warnings;
  }

  private static boolean looksLikeCors(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return simple.contains("cors") || simple.contains("crossorigin");
  }

  private static String mappings(FilterRegistration registration) {
    List<String> mappings = new ArrayList<>(registration.getUrlPatternMappings());
    for (String servlet : registration.getServletNameMappings()) {
      mappings.add("servlet " + servlet);
    }
    return mappings.isEmpty() ? "nothing yet" : String.join(", ", mappings);
  }
}
